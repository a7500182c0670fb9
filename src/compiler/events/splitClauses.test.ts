import { describe, expect, it } from 'vitest';
import { splitClauses } from './splitClauses.ts';
import { tokenize } from './tokenize.ts';

function clauses(s: string) {
  const tokens = tokenize(s);
  return splitClauses(s, tokens).map((c) => [c.relation, tokens.slice(c.from, c.to).map((t) => t.text).join(' ')]);
}

describe('splitClauses', () => {
  it('splits a perfect participle off as an earlier action', () => {
    expect(clauses('She met the mayor in Tunis on Friday, having met the governor the day before.')).toEqual([
      ['main', 'She met the mayor in Tunis on Friday'],
      ['prior', 'having met the governor the day before'],
    ]);
  });

  it('treats "as" and "while" clauses as simultaneous', () => {
    expect(clauses('Troops withdrew on Monday, as talks opened in Cairo.')).toEqual([
      ['main', 'Troops withdrew on Monday'],
      ['simultaneous', 'as talks opened in Cairo'],
    ]);
  });

  it('separates reported content from the report', () => {
    expect(clauses('A panel heard on Tuesday how guards had beaten detainees.')).toEqual([
      ['main', 'A panel heard on Tuesday'],
      ['reported', 'how guards had beaten detainees'],
    ]);
  });
});
