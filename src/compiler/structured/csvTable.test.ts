import { describe, expect, it } from 'vitest';
import { lineStarts, normalizeText, positionOf, readCsvTable } from './csvTable.ts';

const values = (text: string) => readCsvTable(text).rows.map((r) => r.cells.map((c) => c.value));

describe('readCsvTable', () => {
  it('reads RFC 4180: quotes, doubled quotes, commas and line breaks in quotes, an empty last cell', () => {
    expect(values('a,b,c\n1,"x, ""y""",\n"two\nlines",,3')).toEqual([['a', 'b', 'c'], ['1', 'x, "y"', ''], ['two\nlines', '', '3']]);
  });

  it('counts a quoted line break: each row knows the line it starts on', () => {
    const rows = readCsvTable('h1,h2\n"a\nb\nc",1\nnext,2\n\n  \nlast,3').rows;
    expect(rows.map((r) => r.line)).toEqual([1, 2, 5, 8]);
  });

  it('gives each cell the span of its content, inside the quotes, so a quote can be sliced from the text', () => {
    const text = 'id,notes\n7,"He said ""no""."';
    const notes = readCsvTable(text).rows[1]!.cells[1]!;
    expect(text.slice(notes.start, notes.end)).toBe('He said ""no"".');
    expect(notes.value).toBe('He said "no".');
  });

  it('reports an unclosed quote and text after a closing quote at their line and column', () => {
    expect(readCsvTable('a,b\n1,"open\n2,3').problems).toEqual([{ line: 2, column: 3, message: expect.stringContaining('never closed') }]);
    const late = readCsvTable('a,b\n1,"x"y\n');
    expect(late.problems).toEqual([{ line: 2, column: 6, message: expect.stringContaining('after a closing quote') }]);
    expect(late.rows[1]!.cells[1]!.value).toBe('xy');
  });

  it('normalizes CRLF, lone CR and the byte order mark before reading', () => {
    expect(values(normalizeText('\uFEFFa,b\r\n1,2\r3,4\r\n'))).toEqual([['a', 'b'], ['1', '2'], ['3', '4']]);
  });
});

describe('positionOf', () => {
  it('finds the 1-based line and column of an offset', () => {
    const starts = lineStarts('ab\ncd\n\nef');
    expect([0, 1, 3, 6, 7, 8].map((o) => positionOf(starts, o))).toEqual([
      { line: 1, column: 1 }, { line: 1, column: 2 }, { line: 2, column: 1 }, { line: 3, column: 1 }, { line: 4, column: 1 }, { line: 4, column: 2 },
    ]);
  });
});
