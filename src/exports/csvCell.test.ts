import { describe, expect, it } from 'vitest';
import { csvCell, csvRows } from './csvCell.ts';
import { parseCsv } from './parseCsv.ts';

describe('csvCell', () => {
  it('quotes commas, quotes, line breaks and edge spaces (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded')).toBe('" padded"');
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(csvCell(s).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });

  it('writes numbers as numbers, negative ones included, and empties as nothing', () => {
    expect(csvCell(-32.5)).toBe('-32.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('round-trips through a CSV reader', () => {
    const rows = [['a', 'b,c', 'd"e', 'f\r\ng']];
    expect(parseCsv(csvRows(rows))).toEqual(rows);
  });
});
