// Types the virtual module once; src/data/dataset.ts is its only importer.
declare module 'virtual:events' {
  /** The dev server and the single-file build: the dataset itself, texts included. */
  export const dataset: import('../compiler/schema.ts').Dataset | undefined;
  /** Other builds: where the dataset's JSON file is, to fetch at start (src/node/datasetAssets.ts). */
  export const datasetUrl: string | undefined;
}
