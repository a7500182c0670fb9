/**
 * RFC 4180 CSV with positions. The repository has no CSV library (src/exports/parseCsv.ts is a test helper
 * that knows only CRLF rows and keeps no positions), and what the structured readers need is not just the
 * cells but where each one is: a bad row's diagnostic names its real line (a quoted line break counts),
 * and a row's source quotes its `notes` cell by offsets into the file's text. Both are a few lines on top
 * of a tokenizer, and none of the small parsers on npm return offsets per cell, so this is our own.
 *
 * Input is the document text as the compiler keeps it: line breaks already `\n`, no byte order mark
 * (see `normalizeText`). Quoted cells may hold commas, `""` and line breaks. A blank (or all-space) line is no row.
 */

/** One cell: its value (quotes undone) and the span of its content in the text (inside the quotes). */
export interface CsvCell {
  value: string;
  start: number;
  end: number;
}

export interface CsvRow {
  /** 1-based line of the row's first character. */
  line: number;
  /** The row's span in the text, without its line break. */
  start: number;
  end: number;
  cells: CsvCell[];
}

export interface CsvProblem {
  line: number;
  column: number;
  message: string;
}

export interface CsvTable {
  rows: CsvRow[];
  problems: CsvProblem[];
}

/** The text the compiler reads and cites: `\r\n` and `\r` as `\n`, without a byte order mark. */
export const normalizeText = (raw: string): string => raw.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');

export function readCsvTable(text: string): CsvTable {
  const rows: CsvRow[] = [];
  const problems: CsvProblem[] = [];
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const rowStart = i;
    const rowLine = line;
    const cells: CsvCell[] = [];
    for (;;) {
      // One cell from i.
      if (text[i] === '"') {
        const openLine = line;
        const openColumn = i - lineStart + 1;
        let value = '';
        let j = i + 1;
        let closed = false;
        while (j < n) {
          const c = text[j]!;
          if (c === '"') {
            if (text[j + 1] === '"') { value += '"'; j += 2; continue; }
            closed = true;
            break;
          }
          if (c === '\n') { line++; lineStart = j + 1; }
          value += c;
          j++;
        }
        if (!closed) {
          problems.push({ line: openLine, column: openColumn, message: 'a quoted cell is never closed: the rest of the file is in it' });
          cells.push({ value, start: i + 1, end: n });
          i = n;
          break;
        }
        cells.push({ value, start: i + 1, end: j });
        i = j + 1;
        // Text between a closing quote and the next comma is not RFC 4180: keep it, and say so.
        if (i < n && text[i] !== ',' && text[i] !== '\n') {
          problems.push({ line, column: i - lineStart + 1, message: 'text after a closing quote: a quote inside a quoted cell is written twice ("")' });
          const stop = nextDelimiter(text, i);
          cells[cells.length - 1]!.value += text.slice(i, stop);
          i = stop;
        }
      } else {
        const stop = nextDelimiter(text, i);
        cells.push({ value: text.slice(i, stop), start: i, end: stop });
        i = stop;
      }
      if (i < n && text[i] === ',') { i++; if (i === n) cells.push({ value: '', start: n, end: n }); continue; }
      break;
    }
    const rowEnd = Math.min(i, n);
    if (text.slice(rowStart, rowEnd).trim() !== '') rows.push({ line: rowLine, start: rowStart, end: rowEnd, cells });
    if (i < n && text[i] === '\n') { i++; line++; lineStart = i; }
  }
  return { rows, problems };
}

function nextDelimiter(text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    const c = text[j];
    if (c === ',' || c === '\n') return j;
  }
  return text.length;
}

/** 1-based line and column of an offset, from a list of line starts (see `lineStarts`). */
export function positionOf(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

/** Offsets at which each line of the text starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
