export { compile, type CompileOptions, type CompileResult, type InputFile } from './compile.ts';
export * from './schema.ts';
export type { ReviewDocument, ReviewEvent, ReviewPayload, ReviewStatus, ReviewSummary } from './review/reviewTypes.ts';
export { isProjectFile, type PublishPolicy } from './project/readProjectFile.ts';
export { sidecarPathFor } from './overrides/sidecarPath.ts';
