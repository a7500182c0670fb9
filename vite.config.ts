import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { contentSecurityPolicy } from './src/node/contentSecurityPolicy.ts';
import { eventsPlugin } from './src/node/vitePlugin.ts';

// `vite build --mode single` writes dist-single/index.html with everything inlined (scripts, styles, data,
// basemap, images): one file that works from file:// (a USB stick) and requests nothing outside itself.
export default defineConfig(({ mode }) => ({
  // Relative base: dist/ works from any sub-path of a static host. ATLAS_SEEDS builds another corpus
  // (the e2e suite builds a hostile one).
  base: './',
  // The policy goes last: it hashes what the single-file plugin inlined.
  plugins: [
    react(),
    eventsPlugin({ seeds: process.env.ATLAS_SEEDS ?? 'seeds', inline: mode === 'single' }),
    ...(mode === 'single' ? [viteSingleFile()] : []),
    contentSecurityPolicy({ inline: mode === 'single' }),
  ],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 700,
    ...(mode === 'single' && {
      outDir: 'dist-single',
      // file:// blocks module chunks and assets fetched beside the page: inline every asset, however large,
      // and leave public/ (robots.txt is for hosts) out of a build that is one file.
      assetsInlineLimit: () => true,
      chunkSizeWarningLimit: 5000,
      copyPublicDir: false,
    }),
    rolldownOptions: {
      output: {
        // Vendor chunks change less often than the app and the data: split so a new dataset or app
        // release does not re-download ~270 KB gzip of libraries.
        // One file cannot load chunks, so the single build does not split at all.
        codeSplitting: mode === 'single' ? false : {
          groups: [
            { name: 'vis', test: /node_modules[\\/](vis-timeline|vis-data|vis-util|moment|xss|cssfilter|keycharm|propagating-hammerjs|@egjs|uuid|component-emitter)[\\/]/ },
            { name: 'leaflet', test: /node_modules[\\/](leaflet|react-leaflet|@react-leaflet)[\\/]/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|zustand)[\\/]/ },
            { name: 'basemap', test: /node_modules[\\/]topojson-client[\\/]|worldCountries\.generated\.json/ },
          ],
        },
      },
    },
  },
}));
