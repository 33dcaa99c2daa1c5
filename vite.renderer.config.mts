// The renderer build used by browser mode and the end-to-end tests (the same output
// electron-vite produces for the desktop app: out/renderer).
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { rendererOptions } from './renderer.shared';

export default defineConfig({
  ...rendererOptions,
  root: resolve(__dirname, 'src/renderer'),
  plugins: [react()],
  build: { ...rendererOptions.build, outDir: resolve(__dirname, 'out/renderer'), emptyOutDir: true },
});
