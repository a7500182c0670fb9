import type { LineKind } from './classifyLine.ts';

/** A run of consecutive non-blank lines of one kind; `start`/`end` index into `ParsedDocument.text`. */
export interface Paragraph {
  kind: LineKind;
  start: number;
  end: number;
  /** 1-based line of the paragraph's first line in the file. */
  line: number;
}
