import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is a plain web bundle: it reaches main only through window.voicedrill (see electron/contract.ts).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
  },
});
