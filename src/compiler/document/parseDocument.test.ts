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

describe('parseDocument: datelines in the body', () => {
  const kinds = (doc: ReturnType<typeof parseDocument>) => doc.paragraphs.map((p) => [p.kind, doc.text.slice(p.start, p.end)]);

  it('cuts a wire dateline off the first paragraph and dates the story by it', () => {
    const doc = parseDocument('a.txt', 'Clinic stormed\n\nSIRTE, March 9 2016 (Reuters) - Gunmen stormed a clinic. Two guards died.\n\nThe town was quiet later.');
    expect(doc.published).toBe('2016-03-09');
    expect(doc.dateline).toEqual({ place: 'SIRTE', date: '2016-03-09', line: 3, start: 16, end: 47 });
    expect(kinds(doc).slice(1, 3)).toEqual([
      ['dateline', 'SIRTE, March 9 2016 (Reuters) -'],
      ['body', 'Gunmen stormed a clinic. Two guards died.'],
    ]);
    expect(doc.diagnostics).toEqual([]);
  });

  it('lends the year of a separate date line to a dateline without one, and keeps the date line as publication date', () => {
    const doc = parseDocument('a.txt', 'Clinic stormed\n\n10 March 2016\n\nSIRTE, March 9 (Reuters) - Gunmen stormed a clinic.');
    expect(doc.published).toBe('2016-03-10');
    expect(doc.dateline).toMatchObject({ place: 'SIRTE', date: '2016-03-09' });
  });

  it('reads a dateline alone on its line, and one without a date', () => {
    const alone = parseDocument('a.txt', 'Clinic stormed\n\nParis, 3 March 2019:\n\nGunmen stormed a clinic.');
    expect(alone).toMatchObject({ published: '2019-03-03', dateline: { place: 'Paris', date: '2019-03-03', line: 3 } });
    const undated = parseDocument('a.txt', 'Clinic stormed\n\nKhartoum — Gunmen stormed a clinic.');
    expect(undated.published).toBeNull();
    expect(undated.dateline).toMatchObject({ place: 'Khartoum' });
    expect(kinds(undated)[2]).toEqual(['body', 'Gunmen stormed a clinic.']);
  });

  it('trusts capitals before a colon only at the start of the story, not a speaker further down', () => {
    expect(parseDocument('a.txt', 'Clinic stormed\n\nDUBAI: Gunmen stormed a clinic.').dateline).toMatchObject({ place: 'DUBAI' });
    const interview = parseDocument('a.txt', 'An interview\n\nThe general spoke to us in his office.\n\nHAFTAR: We will take the capital.');
    expect(interview.dateline).toBeUndefined();
    expect(interview.paragraphs.map((p) => p.kind)).toEqual(['headline', 'body', 'body']);
  });

  it('leaves an ordinary first sentence whole', () => {
    const doc = parseDocument('a.txt', 'Clinic stormed\n\nHaftar — whose forces hold the east — denied any role.');
    expect(doc.dateline).toBeUndefined();
    expect(kinds(doc)[1]).toEqual(['body', 'Haftar — whose forces hold the east — denied any role.']);
  });
});

describe('parseDocument: the header', () => {
  const kinds = (raw: string) => {
    const doc = parseDocument('a.txt', raw);
    return doc.paragraphs.map((p) => [p.kind, doc.text.slice(p.start, p.end)]);
  };

  it('labels a short summary that the lead retells as the standfirst', () => {
    expect(kinds('Port shelled\n\nRebel guns shelled the port of Zuwara, killing four dockers.\n\nRebel guns shelled the port of Zuwara on Monday, killing four dockers and sinking a tug, officials said.')).toEqual([
      ['headline', 'Port shelled'],
      ['standfirst', 'Rebel guns shelled the port of Zuwara, killing four dockers.'],
      ['body', 'Rebel guns shelled the port of Zuwara on Monday, killing four dockers and sinking a tug, officials said.'],
    ]);
  });

  it('keeps a first paragraph that says something the lead does not', () => {
    const raw = 'Port shelled\n\nThe mayor has long warned of the risk to the harbour.\n\nRebel guns shelled the port of Zuwara on Monday, killing four dockers.';
    expect(kinds(raw)[1]).toEqual(['body', 'The mayor has long warned of the risk to the harbour.']);
  });

  it('labels a paragraph printed twice, and what sits above a dateline', () => {
    const lead = 'Rebel guns shelled the port of Zuwara on Monday, killing four dockers.';
    expect(kinds(`Port shelled\n\n${lead}\n\nZUWARA (AP) — ${lead}\n\nThe port reopened.`).map(([k]) => k)).toEqual(['headline', 'standfirst', 'dateline', 'body', 'body']);
    expect(kinds('Port shelled\n\nA long night for the dockers.\n\nZUWARA (AP) — Rebel guns shelled the port.')[1]).toEqual(['standfirst', 'A long night for the dockers.']);
  });

  it('keeps credited captions, agency names and bylines out of the body, but not sentences that open with "By"', () => {
    const raw = [
      'Port shelled',
      '',
      'Dockers watch the fire in Zuwara on 2 May 2016. (Reuters)',
      '',
      'The quay after the strike © Jane Doe',
      '',
      'The quay after the strikeImage: picture-agency/xyz',
      '',
      'AFP',
      '',
      'By Jane Doe.',
      '',
      'By December 2016, the port had reopened.',
      '',
      'FILE PHOTO: Dockers at the port of Zuwara, Libya, May 2, 2016. REUTERS/Jane Doe/File Photo',
      '',
      'Reporting by Jane Doe in Zuwara and John Roe in Tripoli; Writing by Ann Poe; Editing by Bob Loe',
    ].join('\n');
    expect(kinds(raw).map(([k]) => k)).toEqual(['headline', 'caption', 'caption', 'caption', 'meta', 'meta', 'body', 'caption', 'meta']);
  });

  it('keeps short encyclopedia paragraphs that end in citation marks in the body', () => {
    expect(kinds('Siege of Zuwara\n\nThe siege began on 4 May 2016.[1] It ended in June.[2]')[1]).toEqual(['body', 'The siege began on 4 May 2016.[1] It ended in June.[2]']);
  });

  it('leaves a timeline bullet out of the sentence it opens', () => {
    expect(kinds('Timeline\n\n* March 2011 - Protests spread across the country.')[1]).toEqual(['body', 'March 2011 - Protests spread across the country.']);
  });
});

describe('implausible publication dates (issue 16.4)', () => {
  it('warns on a year before 1900 or far ahead, at its line, and does not anchor on it', () => {
    for (const date of ['0099-03-01', '2099-01-01']) {
      const doc = parseDocument('seeds/a.md', `---\ntitle: T\npublished: ${date}\n---\n\nRebels attacked on Monday.\n`);
      expect(doc.published).toBeNull();
      expect(doc.diagnostics).toEqual([expect.objectContaining({ line: 3, message: expect.stringContaining(`implausible publication date ${date}`) })]);
    }
    expect(parseDocument('seeds/a.md', '---\ntitle: T\npublished: 2019-03-01\n---\n\nText.\n').diagnostics).toEqual([]);
  });
});

describe('front matter that gives no title (issue 16.8)', () => {
  const body = 'Forces clashed with rebels in Tripoli on Monday.\n\nTalks resumed in Geneva on Tuesday.\n';
  it('keeps a first sentence as text when the front matter has no title, and says so', () => {
    const doc = parseDocument('seeds/a.md', `---\npublished: 2019-03-20\n---\n\n${body}`);
    expect(doc.paragraphs.map((p) => p.kind)).toEqual(['body', 'body']);
    expect(doc.title).toBe('seeds/a.md');
    expect(doc.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', line: 5, message: expect.stringContaining('no title') })]);
  });

  it('reports front matter that fails to parse, and still reads the first paragraph', () => {
    const doc = parseDocument('seeds/a.md', `---\ntitle: [unclosed\npublished: 2019-03-20\n---\n\n${body}`);
    expect(doc.paragraphs[0]!.kind).toBe('body');
    expect(doc.diagnostics.map((d) => d.line)).toEqual(expect.arrayContaining([3, 6]));
  });

  it('reports front matter with no closing fence', () => {
    const doc = parseDocument('seeds/a.md', `---\ntitle: T\npublished: 2019-03-20\n\n${body}`);
    expect(doc.diagnostics).toContainEqual(expect.objectContaining({ line: 1, message: expect.stringContaining('front matter is not closed') }));
  });

  it('takes a headline-like first line as the title, with a warning', () => {
    const doc = parseDocument('seeds/a.md', `---\npublished: 2019-03-20\n---\n\nClashes in Tripoli\n\n${body}`);
    expect(doc.title).toBe('Clashes in Tripoli');
    expect(doc.diagnostics).toEqual([expect.objectContaining({ line: 5, message: expect.stringContaining('taken as the title') })]);
  });
});
