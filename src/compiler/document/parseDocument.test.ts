import { describe, expect, it } from 'vitest';
import { parseDocument } from './parseDocument.ts';

const article = [
  'Rebels shell port city as talks stall',
  '',
  'Rebels shell port city as talks stall',
  'A standfirst that sums up the story in one sentence.',
  '3 min read',
  'By Jane Reporter',
  '14 March, 2016',
  'Smoke rises over the harbour on 2 March [Reuters]',
  '',
  'Shells hit the harbour on Monday. Nobody was hurt.',
  '',
  'Read more: Another story from 2015',
].join('\n');

describe('parseDocument (.txt)', () => {
  const doc = parseDocument('seeds/port.txt', article);

  it('takes the first line as title and the dateline as publication date', () => {
    expect(doc).toMatchObject({ id: 'port', file: 'seeds/port.txt', title: 'Rebels shell port city as talks stall', published: '2016-03-14' });
    expect(doc.diagnostics).toEqual([]);
  });

  it('keeps captions, bylines, read times and links out of the body', () => {
    const kinds = doc.paragraphs.map((p) => [p.kind, doc.text.slice(p.start, p.end)]);
    expect(kinds).toEqual([
      ['headline', 'Rebels shell port city as talks stall'],
      ['headline', 'Rebels shell port city as talks stall'],
      ['body', 'A standfirst that sums up the story in one sentence.'],
      ['meta', '3 min read'],
      ['meta', 'By Jane Reporter'],
      ['dateline', '14 March, 2016'],
      ['caption', 'Smoke rises over the harbour on 2 March [Reuters]'],
      ['body', 'Shells hit the harbour on Monday. Nobody was hurt.'],
      ['meta', 'Read more: Another story from 2015'],
    ]);
    expect(doc.paragraphs.find((p) => p.kind === 'caption')?.line).toBe(8);
  });

  it('compiles without a dateline and says relative dates cannot be anchored', () => {
    const bare = parseDocument('seeds/bare.txt', 'A headline\n\nSomething happened on Monday.');
    expect(bare.published).toBeNull();
    expect(bare.diagnostics).toEqual([
      { severity: 'warning', file: 'seeds/bare.txt', line: 1, message: 'no dateline found: relative dates cannot be anchored' },
    ]);
  });
});

describe('parseDocument (.md)', () => {
  const md = ['---', 'title: "Talks in Geneva"', 'published: 2020-02-03', 'source: https://example.org/a', 'place: Libya', '---', '', '# Ignored heading', '', 'Delegates **met** in [Geneva](https://example.org) on', 'Monday.'].join('\n');

  it('reads front matter and strips markup without moving lines', () => {
    const doc = parseDocument('seeds/talks.md', md);
    expect(doc).toMatchObject({ title: 'Talks in Geneva', published: '2020-02-03', source: 'https://example.org/a', place: 'Libya' });
    const body = doc.paragraphs.filter((p) => p.kind === 'body');
    expect(body.map((p) => [doc.text.slice(p.start, p.end), p.line])).toEqual([['Delegates met in Geneva on\nMonday.', 10]]);
  });

  it('reports bad front matter with its line and still compiles', () => {
    const doc = parseDocument('seeds/bad.md', '---\ntitle: ok\nauthor: me\npublished: [1\n---\nText.');
    expect(doc.diagnostics[0]).toMatchObject({ severity: 'warning', file: 'seeds/bad.md' });
    expect(doc.diagnostics[0]!.message).toMatch(/front matter/);
  });
});
