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

  it('defuses formulas behind leading blanks and in full-width or small forms (OWASP; issue 16.9)', () => {
    const hidden = [' =1+1', '\u00A0=1+1', '\n=1+1', '\u3000+1', ' \u200B@SUM(A1)', '\u2028-1', '＝1+1', '＋1', '－1', '＠SUM(A1)',
      ' ＝1+1', '﹦1', '﹢1', '﹣1', '﹫x', '\nplain'];
    for (const s of hidden) expect(csvCell(s).replace(/^"/, ''), JSON.stringify(s)).toMatch(/^'/);
    expect(csvCell('\u00A0=1')).toBe("'\u00A0=1");
  });

  it('leaves ordinary text alone, leading blanks included', () => {
    for (const s of ['a = b', 'x-ray', 'mail@example.org', '１２', '\u00A0plain']) expect(csvCell(s)).not.toMatch(/^"?'/);
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
