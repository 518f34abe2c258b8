import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import path from 'node:path';

// One renderer build serves both the desktop app (Forge, mode "production"/"development") and the
// development-only browser preview (mode "preview", output in dist-preview/, see main/preview/server.ts).
export default defineConfig(({ mode }) => ({
  root: path.resolve(__dirname, 'renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: mode === 'preview' ? path.resolve(__dirname, 'dist-preview') : undefined,
    emptyOutDir: true,
    sourcemap: false,
    // No inline scripts or data: URLs for scripts: the Content-Security-Policy forbids them.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
}));
