import type { UserConfig } from 'vite';

/** Settings both renderer builds share (electron-vite's and browser mode's). */
export const rendererOptions: UserConfig = {
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    sourcemap: false,
  },
};
