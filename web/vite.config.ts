import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `npm run build` runs from the repository root; resolve everything from this folder instead.
const root = import.meta.dirname;

export default defineConfig({
  root,
  plugins: [react()],
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
