import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { serviceWorkerPlugin } from './service-worker-plugin.ts';

// `npm run build` runs from the repository root; resolve everything from this folder instead.
const root = import.meta.dirname;

export default defineConfig({
  root,
  plugins: [react(), serviceWorkerPlugin({ entry: path.join(root, 'src/offline/service-worker.ts') })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
});
