// Types the virtual module once; src/data/dataset.ts is its only importer.
declare module 'virtual:events' {
  const dataset: import('../compiler/schema.ts').Dataset;
  export default dataset;
}
