import { defineConfig } from 'vite';

// The SQLite binding is a native module: Vite must not bundle it. forge.config.ts ships it beside the bundle.
export default defineConfig({
  build: {
    rollupOptions: {
      external: ['better-sqlite3-multiple-ciphers'],
    },
  },
});
