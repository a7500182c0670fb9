import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../node/gazetteer/loadGazetteer.ts';
import { compile, type InputFile } from './compile.ts';
import { Dataset } from './schema.ts';

/**
 * Random news-like documents (issues 13.3, 15.4): whatever the words, dates, places, whitespace and front
 * matter, the compiler does not throw, its dataset keeps the contract, every source's quote is the exact
 * slice of its document, and the same files in another order give the same bytes. Seeded, so a failure is
 * reproducible; bounded to a few seconds.
 */
const gazetteer = loadGazetteer();

const place = fc.constantFrom('Misrata', 'Tripoli', 'Benghazi', 'Sirte', 'Aleppo', 'Idlib', 'Gao', 'Zamzam', 'Nowhereville', 'the city');
const actor = fc.constantFrom('rebels', 'government forces', 'the Libyan National Army', 'militias', 'protesters', 'UN envoy Ghassan Salame');
const verb = fc.constantFrom('clashed with', 'shelled', 'attacked', 'met', 'protested against', 'captured', 'withdrew from', 'killed');
const when = fc.oneof(
  fc.constantFrom('on Monday', 'last week', 'the day previous', 'in March', 'recently', 'since 2014', 'two years ago', 'on 3 March 2019', ''),
  fc.integer({ min: 0, max: 99_999_999 }).map((n) => `${n} days ago`),
  fc.integer({ min: 0, max: 99_999 }).map((n) => `${n} years ago`),
  fc.integer({ min: -3000, max: 12_000 }).map((y) => `in ${y}`),
  fc.tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 0, max: 99_999 })).map(([d, y]) => `on ${d} May ${y}`),
);
const space = fc.constantFrom(' ', ' ', ' ', '  ', '\n', '\u00a0', ' \t');
const sentence = fc.tuple(actor, verb, actor, place, when, fc.constantFrom('.', '.', '!', ', witnesses said.', '."', '…'), space)
  .map(([a, v, b, p, w, end, gap]) => `${a[0]!.toUpperCase()}${a.slice(1)} ${v} ${b} in${gap}${p} ${w}`.trimEnd() + end);
const noise = fc.string({ maxLength: 40 });
const paragraph = fc.array(fc.oneof({ weight: 5, arbitrary: sentence }, { weight: 1, arbitrary: noise }), { minLength: 1, maxLength: 5 })
  .chain((parts) => fc.array(space, { minLength: parts.length, maxLength: parts.length }).map((gaps) => parts.map((p, i) => p + gaps[i]).join('')));
const published = fc.oneof(
  fc.constantFrom('2019-03-20', '0099-03-01', '2099-01-01', 'yesterday', '2019-02-30'),
  fc.date({ min: new Date('1800-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
const frontMatter = fc.oneof(
  fc.constant(''),
  fc.tuple(fc.option(fc.constantFrom('Clashes', 'title: [', 'A: b: c')), published, fc.boolean())
    .map(([title, date, closed]) => `---\n${title === null ? '' : `title: ${title}\n`}published: ${date}\n${closed ? '---\n' : ''}\n`),
);
const dateline = fc.oneof(fc.constant(''), fc.constantFrom('TRIPOLI, Libya (AP) — ', 'BENGHAZI, March 12, 2019 — ', '14 March, 2016\n\n'));
const article = fc.tuple(frontMatter, fc.constantFrom('Fighting flares', 'Talks stall.', ''), dateline, fc.array(paragraph, { minLength: 1, maxLength: 6 }))
  .map(([fm, title, line, paragraphs]) => `${fm}${title}\n\n${line}${paragraphs.join('\n\n')}\n`);
const name = fc.constantFrom('a', 'b', 'zeta', 'ärende', 'تقرير', 'Ørsted notes', 'x y');
const corpus = fc.uniqueArray(fc.tuple(name, fc.constantFrom('.txt', '.md'), article), { minLength: 1, maxLength: 3, selector: ([n, ext]) => n + ext })
  .map((docs) => docs.map(([n, ext, text]): InputFile => ({ path: `seeds/${n}${ext}`, text })));

describe('compiling random news-like documents', () => {
  it('never throws, keeps the contract, quotes exact slices and is deterministic', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(corpus, (files) => {
        const { dataset } = compile(files, { gazetteer });
        const contract = Dataset.safeParse(dataset);
        expect(contract.success ? [] : contract.error.issues).toEqual([]);
        const texts = new Map(dataset.documents.map((d) => [d.id, d.text!]));
        for (const e of dataset.events) {
          for (const s of [...e.sources, e.inferred?.date?.source, e.inferred?.place?.source]) {
            if (s) expect(texts.get(s.document)!.slice(s.start, s.end)).toBe(s.quote);
          }
        }
        expect(JSON.stringify(compile([...files].reverse(), { gazetteer }).dataset)).toBe(JSON.stringify(dataset));
      }),
      // 40 seeded runs, about a second; PROPERTY_RUNS=2000 npx vitest run compile.property searches further.
      { numRuns: Number(process.env.PROPERTY_RUNS) || 40, seed: 16_15 },
    );
  });
});
