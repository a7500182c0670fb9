export { compile, type CompileOptions, type CompileResult, type InputFile } from './compile.ts';
export * from './schema.ts';
