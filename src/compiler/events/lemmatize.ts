/**
 * The dictionary forms a word may be an inflection of: "seized" → seize, "retook" → retake, "shelling" →
 * shell, "cities" → city. The lexicon is written in lemmas, so "seizes", "seized" and "seizing" need no
 * entries of their own. It over-generates on purpose ("seized" also yields "seiz"): only candidates that
 * are lexicon entries matter, and the lexicon holds no non-words.
 *
 * Hand-written rather than wink-nlp's lemmatiser: it costs nothing per token, and wink tags an unfamiliar
 * past tense as a noun and keeps it whole ("retook" → retook), which is exactly the vocabulary of war news.
 */

/** How a word is inflected, which says whether it can be a verb of a finished action. */
export type Inflection = 'base' | 's' | 'ed' | 'ing' | 'past' | 'participle';

export interface Lemma {
  lemma: string;
  inflection: Inflection;
}

/** Irregular verbs that news about conflict uses, as [lemma, past, participle]. */
const IRREGULAR: [string, string, string][] = [
  ['take', 'took', 'taken'], ['retake', 'retook', 'retaken'], ['overtake', 'overtook', 'overtaken'],
  ['undertake', 'undertook', 'undertaken'], ['fight', 'fought', 'fought'], ['fall', 'fell', 'fallen'],
  ['flee', 'fled', 'fled'], ['lose', 'lost', 'lost'], ['overrun', 'overran', 'overrun'], ['run', 'ran', 'run'],
  ['drive', 'drove', 'driven'], ['shoot', 'shot', 'shot'], ['hit', 'hit', 'hit'], ['break', 'broke', 'broken'],
  ['meet', 'met', 'met'], ['leave', 'left', 'left'], ['withdraw', 'withdrew', 'withdrawn'], ['begin', 'began', 'begun'],
  ['hold', 'held', 'held'], ['send', 'sent', 'sent'], ['win', 'won', 'won'], ['blow', 'blew', 'blown'],
  ['strike', 'struck', 'struck'], ['beat', 'beat', 'beaten'], ['rise', 'rose', 'risen'], ['spread', 'spread', 'spread'],
  ['set', 'set', 'set'], ['put', 'put', 'put'], ['seek', 'sought', 'sought'], ['bring', 'brought', 'brought'],
  ['throw', 'threw', 'thrown'], ['give', 'gave', 'given'], ['go', 'went', 'gone'], ['come', 'came', 'come'],
  ['lead', 'led', 'led'], ['find', 'found', 'found'], ['tell', 'told', 'told'], ['say', 'said', 'said'],
  ['fly', 'flew', 'flown'], ['forsake', 'forsook', 'forsaken'], ['swear', 'swore', 'sworn'], ['shake', 'shook', 'shaken'],
  ['sink', 'sank', 'sunk'], ['burn', 'burnt', 'burnt'], ['hang', 'hung', 'hung'], ['wage', 'waged', 'waged'],
  ['arise', 'arose', 'arisen'], ['lay', 'laid', 'laid'], ['mislay', 'mislaid', 'mislaid'], ['bear', 'bore', 'borne'],
  ['wake', 'woke', 'woken'], ['freeze', 'froze', 'frozen'], ['steal', 'stole', 'stolen'], ['tear', 'tore', 'torn'],
  ['upset', 'upset', 'upset'], ['overthrow', 'overthrew', 'overthrown'], ['shut', 'shut', 'shut'],
  ['cut', 'cut', 'cut'], ['quit', 'quit', 'quit'], ['sweep', 'swept', 'swept'], ['keep', 'kept', 'kept'],
  ['flood', 'flooded', 'flooded'], ['dig', 'dug', 'dug'], ['speak', 'spoke', 'spoken'], ['rebuild', 'rebuilt', 'rebuilt'],
  ['hear', 'heard', 'heard'], ['make', 'made', 'made'], ['see', 'saw', 'seen'], ['know', 'knew', 'known'],
  ['get', 'got', 'got'], ['do', 'did', 'done'], ['have', 'had', 'had'], ['pay', 'paid', 'paid'], ['feel', 'felt', 'felt'],
  ['stand', 'stood', 'stood'], ['write', 'wrote', 'written'], ['catch', 'caught', 'caught'], ['think', 'thought', 'thought'],
  ['build', 'built', 'built'], ['sell', 'sold', 'sold'], ['buy', 'bought', 'bought'], ['spend', 'spent', 'spent'],
  ['hide', 'hid', 'hidden'], ['light', 'lit', 'lit'], ['ride', 'rode', 'ridden'], ['choose', 'chose', 'chosen'],
  ['forbid', 'forbade', 'forbidden'], ['mistake', 'mistook', 'mistaken'], ['outlaw', 'outlawed', 'outlawed'],
  ['shed', 'shed', 'shed'], ['bleed', 'bled', 'bled'], ['feed', 'fed', 'fed'], ['slay', 'slew', 'slain'],
];

const irregular = new Map<string, Lemma>();
const BE: [string, Inflection][] = [['is', 's'], ['are', 'base'], ['am', 'base'], ['was', 'past'], ['were', 'past'], ['been', 'participle'], ['being', 'ing']];
for (const [form, inflection] of BE) irregular.set(form, { lemma: 'be', inflection });
for (const [lemma, past, participle] of IRREGULAR) {
  irregular.set(past, { lemma, inflection: 'past' });
  if (participle !== past) irregular.set(participle, { lemma, inflection: 'participle' });
}

/** Nouns whose plural is not a suffix away. */
const IRREGULAR_PLURAL = new Map([['people', 'person'], ['men', 'man'], ['women', 'woman'], ['children', 'child'], ['casualties', 'casualty']]);

const cache = new Map<string, Lemma[]>();
const CACHE_LIMIT = 50_000;

/** Every lemma `word` (lower case) may be a form of, itself first. */
export function lemmas(word: string): Lemma[] {
  const cached = cache.get(word);
  if (cached) return cached;
  const out = compute(word);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, out);
  return out;
}

function compute(w: string): Lemma[] {
  const out: Lemma[] = [{ lemma: w, inflection: 'base' }];
  const known = irregular.get(w);
  if (known) out.push(known);
  const plural = IRREGULAR_PLURAL.get(w);
  if (plural) out.push({ lemma: plural, inflection: 's' });
  if (w.length < 4) return out;
  const add = (lemma: string, inflection: Inflection) => {
    if (lemma.length >= 2) out.push({ lemma, inflection });
  };
  if (w.endsWith('ies')) add(`${w.slice(0, -3)}y`, 's');
  else if (w.endsWith('es')) {
    add(w.slice(0, -2), 's');
    add(w.slice(0, -1), 's');
  } else if (w.endsWith('s') && !w.endsWith('ss')) add(w.slice(0, -1), 's');
  if (w.endsWith('ied')) add(`${w.slice(0, -3)}y`, 'ed');
  else if (w.endsWith('ed')) stems(w.slice(0, -2)).forEach((s) => add(s, 'ed'));
  if (w.endsWith('ing')) stems(w.slice(0, -3)).forEach((s) => add(s, 'ing'));
  return out;
}

/** A stem after "-ed"/"-ing" is removed: as is, with its silent e back, or with a doubled consonant undone. */
function stems(stem: string): string[] {
  const out = [stem, `${stem}e`];
  if (/([bdgklmnprtz])\1$/.test(stem)) out.push(stem.slice(0, -1));
  return out;
}
