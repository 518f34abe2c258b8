import { defineConfig } from 'vite';

// The preload runs sandboxed: everything it needs (the contract's call names) is bundled into one file.
export default defineConfig({});
