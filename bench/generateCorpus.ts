import type { InputFile } from '../src/compiler/compile.ts';

/**
 * A deterministic synthetic corpus for the benchmark: news-shaped articles (headline, dateline, caption,
 * paragraphs) mixing event sentences, attributions and filler. Its purpose is throughput, not realism:
 * every sentence goes through every stage of the pipeline.
 */
const places = ['Tripoli', 'Benghazi', 'Misrata', 'Sirte', 'Derna', 'Tobruk', 'Sabha', 'Zawiya', 'Gharyan', 'Ajdabiya', 'Aleppo', 'Homs', 'Idlib', 'Hodeidah', 'Aden', 'Mosul', 'Cairo', 'Tunis', 'Geneva', 'Rome'];
const actors = ['Khalifa Haftar', 'the Libyan National Army', 'forces loyal to the GNA', 'Islamic State fighters', 'the UN envoy', 'rebel groups', 'government troops', 'local militias'];
const events = [
  '{a} clashed with rival fighters in {p} on {d}, killing at least {n} people.',
  'Airstrikes hit the outskirts of {p} on {d}, according to residents.',
  '{a} allegedly shelled a residential district of {p} in {m}.',
  'Hundreds of families were evacuated from {p} on {d}, officials said.',
  'Protesters gathered in central {p} on {d} to demand an end to the fighting.',
  '{a} met officials in {p} on {d} to discuss a ceasefire.',
  'A car bomb exploded near a checkpoint in {p} on {d}.',
  '{a} captured the airport of {p} in {m} after a two-month offensive.',
  'The envoy said on {d} that talks would resume in {p} next week.',
  'Analysts say the conflict has no military solution.',
  'The group does not recognise the authority of the government in {p}.',
];
const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0) / 2 ** 32;
}

export function generateCorpus(count: number, seed = 1): InputFile[] {
  const rnd = random(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const files: InputFile[] = [];
  for (let i = 0; i < count; i++) {
    const year = 2011 + Math.floor(rnd() * 10);
    const month = pick(months);
    const day = 1 + Math.floor(rnd() * 28);
    const lines = [`Fighting and talks around ${pick(places)}`, '', `${day} ${month}, ${year}`, `Smoke over ${pick(places)} [AFP]`, ''];
    const paragraphs = 6 + Math.floor(rnd() * 8);
    for (let p = 0; p < paragraphs; p++) {
      const sentences = 1 + Math.floor(rnd() * 3);
      const text = Array.from({ length: sentences }, () =>
        pick(events)
          .replace('{a}', pick(actors))
          .replace('{p}', pick(places))
          .replace('{d}', pick(weekdays))
          .replace('{m}', pick(months))
          .replace('{n}', String(2 + Math.floor(rnd() * 40))),
      ).join(' ');
      lines.push(text.charAt(0).toUpperCase() + text.slice(1), '');
    }
    files.push({ path: `bench/corpus/article-${String(i).padStart(5, '0')}.txt`, text: lines.join('\n') });
  }
  return files;
}
