/**
 * The killed and injured counts one sentence reports, with their hedges, saying no more than the text
 * (docs/EXTRACTION.md, "Casualties"). Pure: a sentence in, `Casualties` (or undefined) out.
 *
 * A count belongs to a kind only in one of these shapes (Q is a count, NP up to four words naming who):
 * - Q NP (were|have been|…) killed/dead/died/wounded/injured/hurt — "three guards were wounded", "9 dead";
 * - killing/killed/wounding/injuring/shot dead Q NP — "an airstrike killed 12 fighters";
 * - left/leaving Q NP dead/wounded — "the blast left 4 dead";
 * - the (death) toll … Q — "the toll rose to 31";
 * - the death(s)/injury/injuries of Q NP; claimed the lives of Q; cost Q lives;
 * - Q NP deaths/fatalities/injuries.
 * Counts of the killed and wounded together ("dozens dead and wounded", "Q casualties") are no figure: they
 * do not say how many died. A subset ("21 of whom", "including 5 children") is not a count of its own. A
 * sentence giving two different counts of one kind ("killing 5 soldiers and 3 civilians", a day's dead and a
 * war's toll) gives none of that kind: which belongs to the event is not said.
 */
import type { Casualties, CasualtyFigure } from '../schema.ts';
import { readQuantity, tokenize, type Quantity, type Token } from './quantities.ts';

type Kind = 'killed' | 'injured';

const KILLED_WORDS = new Set(['killed', 'dead', 'died', 'perished', 'slain', 'murdered', 'executed']);
const INJURED_WORDS = new Set(['wounded', 'injured', 'hurt']);
const ACTIVE: Record<string, Kind> = {
  killing: 'killed', killed: 'killed', kills: 'killed', kill: 'killed', slaying: 'killed', executing: 'killed', executed: 'killed',
  wounding: 'injured', wounded: 'injured', wounds: 'injured', injuring: 'injured', injured: 'injured', injures: 'injured',
};
/** Between the count's NP and the participle: "were", "have reportedly been", "had been confirmed". */
const AUX = new Set(['were', 'was', 'have', 'has', 'had', 'been', 'are', 'is', 'be', 'being', 'reportedly', 'reported', 'confirmed',
  'also', 'now', 'all', 'later', 'so', 'far', 'believed', 'feared', 'said', 'to', 'thought', 'left', 'found', 'shot']);
/** Words that end the NP naming who: a verb, a preposition, a clause. */
const NOT_IN_NP = new Set([...AUX, 'and', 'or', 'in', 'on', 'at', 'by', 'from', 'after', 'when', 'while', 'as', 'who', 'which', 'that',
  'with', 'during', 'since', 'for', 'into', 'near', 'than', 'but', 'the', 'a', 'an', 'this', 'their', 'his', 'her', 'its',
  'may', 'might', 'could', 'would', 'will', 'should', 'can', 'must', 'did', 'do', 'not', 'without', 'across', 'against', 'inside',
  'outside', 'over', 'under', 'through', 'including', 'among', 'amid', 'despite', 'before', 'until', 'because', 'so', 'according']);
/** What a count of things, not people, names. */
const UNIT_NOUNS = new Set(['vehicles', 'vehicle', 'tanks', 'tank', 'battalions', 'battalion', 'brigades', 'brigade', 'rockets', 'missiles',
  'shells', 'drones', 'aircraft', 'planes', 'jets', 'helicopters', 'trucks', 'cars', 'buildings', 'houses', 'homes', 'villages', 'towns',
  'tonnes', 'tons', 'barrels', 'dollars', 'euros', 'rounds', 'bombs', 'mines', 'weapons', 'guns', 'ships', 'boats', 'units', 'positions',
  'sites', 'targets', 'checkpoints', 'bases', 'camps', 'schools', 'hospitals', 'kilometres', 'kilometers', 'miles', 'hectares', 'percent']);
const SUBSET_BEFORE = new Set(['including', 'among', 'whom', 'them', 'those']);

interface Hit {
  kind: Kind;
  q: Quantity;
  /** Token index just past the words of the count (NP included). */
  end: number;
  /** Joined to a count before it that has no participle of its own ("3 guards and 2 drivers were killed"). */
  joined?: boolean;
}

/** The NP after a count: up to four words naming who, ending before a verb or preposition. Null if it names things. */
function readNp(t: Token[], from: number): number | null {
  let i = from;
  // "dozens of people", "hundreds of civilians"
  if (t[i]?.w === 'of') i++;
  const start = i;
  while (i < t.length && i - start < 4 && /^[a-z]/.test(t[i]!.w) && !NOT_IN_NP.has(t[i]!.w)
    && !KILLED_WORDS.has(t[i]!.w) && !INJURED_WORDS.has(t[i]!.w) && !['deaths', 'fatalities', 'injuries', 'casualties', 'lives'].includes(t[i]!.w)) {
    if (UNIT_NOUNS.has(t[i]!.w)) return null;
    i++;
  }
  // "hundreds of lives": the count's own noun comes after the NP; "one of the soldiers" names no count.
  if (i === start && t[from]?.w === 'of') return ['lives', 'deaths'].includes(t[i]?.w ?? '') ? from : null;
  return i;
}

function kindOfWord(w: string | undefined): Kind | null {
  if (w === undefined) return null;
  if (KILLED_WORDS.has(w)) return 'killed';
  if (INJURED_WORDS.has(w)) return 'injured';
  return null;
}

/** "killed and wounded", "dead or injured": both kinds in one count. */
function bothKinds(t: Token[], i: number): boolean {
  const a = kindOfWord(t[i]?.w);
  const b = (t[i + 1]?.w === 'and' || t[i + 1]?.w === 'or') ? kindOfWord(t[i + 2]?.w) : null;
  return a !== null && b !== null && a !== b;
}

function hitsOf(t: Token[]): Hit[] {
  const hits: Hit[] = [];
  // Where the last count that counted nobody's dead or wounded ended: "Three guards and two drivers were
  // killed" gives the two drivers' participle to the three guards too.
  let bareEnd = -1;
  for (let i = 0; i < t.length; i++) {
    const q = readQuantity(t, i);
    if (!q) continue;
    const hit = hitAt(t, i, q);
    if (hit) {
      if (bareEnd === i - 1 && (t[i - 1]?.w === 'and' || t[i - 1]?.w === ',')) hit.joined = true;
      hits.push(hit);
    } else bareEnd = readNp(t, q.to) ?? -1;
    i = q.to - 1;
  }
  return hits;
}

/** The kind a count at token i counts, read from the words around it, or null. */
function hitAt(t: Token[], i: number, q: Quantity): Hit | null {
  const prev = t[i - 1]?.w ?? '';
  const prev2 = t[i - 2]?.w ?? '';
  // A part of a count told before: "including 5 children", "among them 3 medics", "21 of whom".
  if (SUBSET_BEFORE.has(prev) || (prev === 'of' && SUBSET_BEFORE.has(prev2))) return null;
  if (t[q.to]?.w === 'of' && SUBSET_BEFORE.has(t[q.to + 1]?.w ?? '')) return null;
  const np = readNp(t, q.to);
  if (np === null) return null;
  const after = t[np]?.w;
  const hit = (kind: Kind | null, end = np): Hit | null => (kind ? { kind, q, end } : null);

  // "Q NP (were …) killed", "… with 98 injured"
  let k = np;
  while (k < t.length && k - np < 4 && AUX.has(t[k]!.w)) k++;
  if (bothKinds(t, k)) return null;
  if (t[k]?.w === 'lost' && t[k + 1]?.w === 'their' && t[k + 2]?.w === 'lives') return hit('killed');
  const subject = kindOfWord(t[k]?.w);
  if (subject && !['left', 'leaving', 'leave', 'leaves'].includes(prev)) return hit(subject);

  // Before the count: "left Q NP dead", "killing Q NP", "shot dead Q", "the deaths of Q", "cost Q lives".
  if (['left', 'leaving', 'leave', 'leaves'].includes(prev)) return bothKinds(t, np) ? null : hit(kindOfWord(after), np + 1);
  const active = ACTIVE[prev];
  if (active) return bothKinds(t, i - 1) ? null : hit(active);
  if (prev === 'dead' && prev2 === 'shot') return hit('killed');
  if (prev === 'of' && ['death', 'deaths', 'killing', 'killings', 'lives'].includes(prev2)) return hit('killed');
  if (prev === 'of' && ['injury', 'injuries', 'wounding'].includes(prev2)) return hit('injured');
  const lives = after === 'lives' ? np : after === 'of' && t[np + 1]?.w === 'lives' ? np + 1 : -1;
  if (lives >= 0 && ['cost', 'claimed', 'claiming', 'costing', 'took', 'taking'].includes(prev)) return hit('killed', lives + 1);
  if (after === 'deaths' || after === 'fatalities') return hit('killed', np + 1);
  if (after === 'injuries') return hit('injured', np + 1);
  // "the death toll rose to 13", "the toll stood at 31"
  if (np === q.to && t.slice(Math.max(0, i - 6), i).some((x) => x.w === 'toll')) return hit('killed');
  return null;
}

/** A count right after another, joined by "and" or a comma, that has no participle of its own. */
function coordinated(t: Token[], end: number): boolean {
  if (t[end]?.w !== 'and' && t[end]?.w !== ',') return false;
  const q = readQuantity(t, end + 1);
  if (!q) return false;
  return kindAfter(t, end + 1) === null && readNp(t, q.to) !== null;
}

/** The kind of a count at token i that has a participle of its own ("… and 98 injured"), else null. */
function kindAfter(t: Token[], i: number): Kind | null {
  const q = readQuantity(t, i);
  if (!q) return null;
  const np = readNp(t, q.to);
  if (np === null) return null;
  let k = np;
  while (k < t.length && k - np < 4 && AUX.has(t[k]!.w)) k++;
  return kindOfWord(t[k]?.w);
}

function figureOf(text: string, t: Token[], hit: Hit): CasualtyFigure {
  const endTok = Math.max(hit.q.to, hit.end) - 1;
  return { min: hit.q.min, max: hit.q.max, hedge: hit.q.hedge, text: text.slice(t[hit.q.from]!.start, t[endTok]!.end) };
}

const sameFigure = (a: CasualtyFigure, b: CasualtyFigure) => a.min === b.min && a.max === b.max && a.hedge === b.hedge;

/** The counts of the killed and the injured that `text` (one sentence) reports, or undefined when none. */
export function readCasualties(text: string): Casualties | undefined {
  if (!/kill|dead|die|death|wound|injur|hurt|toll|lives|fatal|perish|slain|murder|execut/i.test(text)) return undefined;
  const t = tokenize(text);
  const hits = hitsOf(t);
  if (hits.length === 0) return undefined;
  const out: Casualties = {};
  for (const kind of ['killed', 'injured'] as const) {
    const mine = hits.filter((h) => h.kind === kind);
    if (mine.length === 0) continue;
    // "killing 5 soldiers and 3 civilians": two counts of one kind, whose total the text leaves to us.
    if (mine.some((h) => h.joined || coordinated(t, h.end))) continue;
    const figures = mine.map((h) => figureOf(text, t, h));
    // The same count told twice is one; two different counts of one kind are none.
    if (figures.every((f) => sameFigure(f, figures[0]!))) out[kind] = figures[0]!;
  }
  return out.killed || out.injured ? out : undefined;
}
