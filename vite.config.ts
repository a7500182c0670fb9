import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { eventsPlugin } from './src/node/vitePlugin.ts';

export default defineConfig({
  // Relative base: dist/ works from any sub-path of a static host.
  base: './',
  plugins: [react(), eventsPlugin({ seeds: 'seeds' })],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 700,
  },
});
