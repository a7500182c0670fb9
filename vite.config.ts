import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { eventsPlugin } from './src/node/vitePlugin.ts';

export default defineConfig({
  // Relative base: dist/ works from any sub-path of a static host. ATLAS_SEEDS builds another corpus
  // (the e2e suite builds a hostile one).
  base: './',
  plugins: [react(), eventsPlugin({ seeds: process.env.ATLAS_SEEDS ?? 'seeds' })],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        // Vendor chunks change less often than the app and the data: split so a new dataset or app
        // release does not re-download ~270 KB gzip of libraries.
        codeSplitting: {
          groups: [
            { name: 'vis', test: /node_modules[\\/](vis-timeline|vis-data|vis-util|moment|xss|cssfilter|keycharm|propagating-hammerjs|@egjs|uuid|component-emitter)[\\/]/ },
            { name: 'leaflet', test: /node_modules[\\/](leaflet|react-leaflet|@react-leaflet)[\\/]/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|zustand)[\\/]/ },
            { name: 'basemap', test: /node_modules[\\/](world-atlas|topojson-client)[\\/]/ },
          ],
        },
      },
    },
  },
});
