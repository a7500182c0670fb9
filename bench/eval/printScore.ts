import { EXTRA_CLASSES, MISS_CLASSES, ratio, totals, type ArticleScore, type CorpusScore } from './Score.ts';

const f3 = (x: number) => x.toFixed(3);

/** Per-article detail: every miss with what was read instead, every extra. */
export function printArticle(a: ArticleScore): void {
  console.log(`\n== ${a.name}: found ${a.found}/${a.gold}  correct ${a.correct}/${a.predicted}`);
  if (a.error) console.log(`  ERROR: ${a.error}`);
  for (const m of a.misses) {
    console.log(`  MISS [${m.class}] "${m.evidence}"`);
    console.log(`       gold: ${m.gold.date} @ ${m.gold.place}`);
    for (const g of m.got) console.log(`       got:  ${g.date} @ ${g.place}`);
  }
  for (const x of a.extras) console.log(`  EXTRA [${x.class}] ${x.date} @ ${x.place}  "${x.quote}"`);
}

/** The summary of one corpus: totals, the error breakdown, the worst documents. */
/** The bar both corpora must clear (issue 9): recall ≥ 0.85, precision ≥ 0.80. */
export const TARGETS = { recall: 0.85, precision: 0.8 };

export function printCorpus(score: CorpusScore, worst = 5): void {
  const t = totals(score);
  console.log(`\n### ${score.corpus}`);
  console.log(`rule: ${score.rule}`);
  for (const w of score.warnings) console.log(`WARNING (annotation) ${w}`);
  for (const a of score.articles.filter((x) => x.error)) console.log(`ERROR ${a.name}: ${a.error}`);
  console.log(`${score.articles.length} articles, ${t.gold} gold events, ${t.predicted} predicted`);
  console.log(`recall ${f3(t.recall)} (${t.found}/${t.gold})  precision ${f3(t.precision)} (${t.correct}/${t.predicted})`);
  const met = t.recall >= TARGETS.recall && t.precision >= TARGETS.precision;
  console.log(`targets (recall ≥ ${TARGETS.recall}, precision ≥ ${TARGETS.precision}): ${met ? 'met' : 'NOT met'}`);

  const misses = score.articles.flatMap((a) => a.misses);
  const extras = score.articles.flatMap((a) => a.extras);
  console.log('error breakdown:');
  for (const c of MISS_CLASSES) {
    const n = misses.filter((m) => m.class === c).length;
    if (n > 0 || c !== 'taken') console.log(`  missed, ${c.padEnd(26)} ${String(n).padStart(4)}`);
  }
  for (const c of EXTRA_CLASSES) console.log(`  ${c.padEnd(34)} ${String(extras.filter((x) => x.class === c).length).padStart(4)}`);

  const errors = (a: ArticleScore) => a.misses.length + a.extras.length;
  const ranked = [...score.articles].sort((a, b) => errors(b) - errors(a) || a.name.localeCompare(b.name)).slice(0, worst);
  console.log(`worst documents (missed + extra):`);
  for (const a of ranked) {
    console.log(`  ${a.name.padEnd(44)} missed ${a.misses.length}/${a.gold}  extra ${a.extras.length}/${a.predicted}  ` +
      `recall ${f3(ratio(a.found, a.gold))}  precision ${f3(ratio(a.correct, a.predicted))}`);
  }
}
