import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { compile, type InputFile } from '../compiler/compile.ts';
import { loadGazetteer } from './gazetteer/loadGazetteer.ts';

/**
 * Same seeds, same atlas, on every machine (issue 16.1). Two articles telling the same clash (their events
 * are numbered `-2` by file order), names whose order differs between locales ("ärende" sorts after "zeta"
 * in Swedish, before it in English) and two actor lists naming one actor differently.
 */
const sentence = 'Forces clashed with rebels of the Misrata Brigade in Misrata on Monday, witnesses said.';
const corpus: InputFile[] = [
  { path: 'seeds/zeta.txt', text: `Clashes in Misrata\n\nMISRATA, Libya, June 20, 2019\n\n${sentence}\n` },
  { path: 'seeds/ärende.txt', text: `Clashes in Misrata\n\nMISRATA, Libya, March 12, 2019\n\n${sentence}\n` },
  { path: 'seeds/arende.txt', text: `Fighting in Misrata\n\nMISRATA, Libya, March 12, 2019\n\n${sentence}\n` },
  { path: 'seeds/b/actors.yaml', text: '- id: misrata-brigade\n  name: Misrata Brigade (B)\n  kind: armed-group\n  aliases: [Misrata Brigade]\n' },
  { path: 'seeds/a/actors.yaml', text: '- id: misrata-brigade\n  name: Misrata Brigade (A)\n  kind: armed-group\n  aliases: [Misrata Brigade]\n' },
];

const bytes = (files: InputFile[]) => JSON.stringify(compile(files, { gazetteer: loadGazetteer() }).dataset);

/** The dataset compiled in a fresh Node with `LANG` set, so `Intl` and `localeCompare` take that locale. */
async function bytesUnder(lang: string): Promise<string> {
  const script = `
    import { compile } from ${JSON.stringify(new URL('../compiler/compile.ts', import.meta.url).pathname)};
    import { loadGazetteer } from ${JSON.stringify(new URL('./gazetteer/loadGazetteer.ts', import.meta.url).pathname)};
    const files = JSON.parse(process.env.CORPUS);
    process.stdout.write(new Intl.Collator().resolvedOptions().locale + '\\n' + JSON.stringify(compile(files, { gazetteer: loadGazetteer() }).dataset));
  `;
  const { stdout: out } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    env: { ...process.env, LANG: lang, LC_ALL: lang, CORPUS: JSON.stringify(corpus) },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const [locale, dataset] = [out.slice(0, out.indexOf('\n')), out.slice(out.indexOf('\n') + 1)];
  return `${locale.slice(0, 2)}\n${dataset}`;
}

describe('a deterministic compile', () => {
  it('gives the same bytes whatever the order of the input files', () => {
    const forward = bytes(corpus);
    expect(bytes([...corpus].reverse())).toBe(forward);
    expect(bytes([corpus[2]!, corpus[4]!, corpus[0]!, corpus[3]!, corpus[1]!])).toBe(forward);
  });

  // The two processes run side by side: each spends a second or two starting (tsx, chrono-node, the gazetteer).
  it('gives the same bytes under an English and a Swedish locale', { timeout: 60_000 }, async () => {
    const [english, swedish] = await Promise.all([bytesUnder('en_US.UTF-8'), bytesUnder('sv_SE.UTF-8')]);
    // The locales did take effect, so the comparison below means something.
    expect([english.slice(0, 2), swedish.slice(0, 2)]).toEqual(['en', 'sv']);
    expect(swedish.slice(3)).toBe(english.slice(3));
    expect(english.slice(3)).toBe(bytes(corpus));
  });
});
