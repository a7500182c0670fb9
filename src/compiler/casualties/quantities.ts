/**
 * Counts as written: digits ("5,100"), number words ("eight", "twenty-one", "two hundred", "a dozen"),
 * vague quantities ("dozens", "hundreds of thousands", "many"), with their hedges ("at least", "more than",
 * "up to", "about", "between 40 and 50", "40 to 50", "40-50"). Pure; used by readCasualties.
 */
import type { CasualtyHedge } from '../schema.ts';

export interface Token {
  /** Lower-cased. */
  w: string;
  start: number;
  end: number;
}

/** Words, numbers (a letter suffix makes "9th" one token, not a count) and single punctuation marks. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re = /\d+(?:,\d{3})*(?:\.\d+)?[a-z]*|[a-z]+(?:['’-][a-z]+)*|[^\s\w]/giu;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ w: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  return out;
}

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const MULTIPLIERS: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };

/** Quantities without a number: the text says there were casualties, not how many. */
const VAGUE = new Set(['dozens', 'scores', 'hundreds', 'thousands', 'tens', 'millions', 'many', 'several', 'numerous']);

const HEDGES: [string[], CasualtyHedge][] = [
  [['at', 'least'], 'at least'], [['no', 'fewer', 'than'], 'at least'], [['not', 'less', 'than'], 'at least'], [['a', 'minimum', 'of'], 'at least'],
  [['more', 'than'], 'more than'], [['over'], 'more than'], [['upwards', 'of'], 'more than'], [['in', 'excess', 'of'], 'more than'],
  [['up', 'to'], 'up to'], [['as', 'many', 'as'], 'up to'],
  [['about'], 'about'], [['around'], 'about'], [['approximately'], 'about'], [['nearly'], 'about'], [['almost'], 'about'],
  [['roughly'], 'about'], [['some'], 'about'], [['an', 'estimated'], 'about'], [['close', 'to'], 'about'], [['an', 'approximate'], 'about'],
];

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

export interface Quantity {
  min: number | null;
  max: number | null;
  hedge: CasualtyHedge;
  /** Token range [from, to) of the hedge and the number(s). */
  from: number;
  to: number;
}

interface Num {
  value: number | null;
  to: number;
}

/** A number starting at token i: digits, number words with multipliers, "a dozen", or a vague quantity. */
function readNumber(t: Token[], i: number): Num | null {
  const tok = t[i];
  if (!tok) return null;
  const w = tok.w;
  if (/^\d/.test(w)) {
    if (/[a-z]$/.test(w)) return null; // "9th", "3km"
    if (/^0\d/.test(w)) return null; // "0600 GMT"
    if (/\.\d/.test(w) && !MULTIPLIERS[t[i + 1]?.w ?? '']) return null; // "2.5", unless "1.2 million"
    if (/^\d{4}$/.test(w) && Number(w) >= 1800 && Number(w) <= 2100) return null; // a year
    let value = Number(w.replace(/,/g, ''));
    let to = i + 1;
    const mult = MULTIPLIERS[t[to]?.w ?? ''];
    if (mult) {
      value = Math.round(value * mult);
      to++;
    }
    return Number.isFinite(value) ? { value, to } : null;
  }
  if (w === 'a' || w === 'one') {
    const next = t[i + 1]?.w ?? '';
    if (next === 'dozen') return { value: 12, to: i + 2 };
    if (MULTIPLIERS[next]) return { value: MULTIPLIERS[next]!, to: i + 2 };
    if (w === 'a') return null;
  }
  if (w === 'dozen') return { value: 12, to: i + 1 };
  if (w === 'tens' || w === 'hundreds' || w === 'thousands' || w === 'dozens' || w === 'scores' || w === 'millions') {
    // "hundreds of thousands", "tens of thousands": still no number.
    let to = i + 1;
    if (t[to]?.w === 'of' && ['thousands', 'millions'].includes(t[to + 1]?.w ?? '')) to += 2;
    if (w === 'tens' && to === i + 1) return null;
    return { value: null, to };
  }
  if (VAGUE.has(w)) return { value: null, to: i + 1 };
  let value: number | null = null;
  let to = i;
  const parts = w.split('-');
  if (parts.length === 2 && TENS[parts[0]!] && UNITS[parts[1]!] && UNITS[parts[1]!]! < 10) {
    value = TENS[parts[0]!]! + UNITS[parts[1]!]!;
    to = i + 1;
  } else if (UNITS[w] !== undefined) {
    value = UNITS[w]!;
    to = i + 1;
  } else if (TENS[w] !== undefined) {
    value = TENS[w]!;
    to = i + 1;
    const unit = UNITS[t[to]?.w ?? ''];
    if (unit !== undefined && unit < 10) {
      value += unit;
      to++;
    }
  } else return null;
  const mult = MULTIPLIERS[t[to]?.w ?? ''];
  if (mult) {
    value *= mult;
    to++;
    // "two hundred and fifty", "two hundred fifty"
    const and = t[to]?.w === 'and' ? 1 : 0;
    const rest = readNumber(t, to + and);
    if (rest && rest.value !== null && rest.value < mult) {
      value += rest.value;
      to = rest.to;
    }
  }
  return { value, to };
}

const NOT_A_COUNT_AFTER = new Set(['%', 'percent', 'per', 'year', 'years', 'month', 'months', 'day', 'days', 'week', 'weeks',
  'hour', 'hours', 'minute', 'minutes', 'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'gmt', 'am', 'pm',
  'dollars', 'euros', 'pounds', 'times', 'o', ':']);

/** A count at token i, with its hedge before it, or null when the number is a date, an age, a sum, a time... */
export function readQuantity(t: Token[], i: number): Quantity | null {
  let hedge: CasualtyHedge = 'exact';
  let j = i;
  for (const [words, h] of HEDGES) {
    if (words.every((w, k) => t[i + k]?.w === w)) {
      hedge = h;
      j = i + words.length;
      break;
    }
  }
  let range = false;
  if (hedge === 'exact' && t[i]?.w === 'between') {
    range = true;
    j = i + 1;
  }
  const first = readNumber(t, j);
  if (!first) return null;
  const before = t[i - 1]?.w ?? '';
  if (['$', '€', '£', '#', 'no', 'number', 'resolution', 'article', 'route', 'aged', 'age', 'ages'].includes(before)) return null;
  if (MONTHS.has(before) || MONTHS.has(t[first.to]?.w ?? '')) return null; // "July 3", "22 September"
  let to = first.to;
  let max = first.value;
  // "between 40 and 50", "40 to 50", "40-50"
  const sep = t[to]?.w;
  if (first.value !== null && (range ? sep === 'and' : sep === 'to' || sep === '-' || sep === '–')) {
    const second = readNumber(t, to + 1);
    if (second && second.value !== null && second.value > first.value && (sep !== '-' || t[to]!.end === t[to + 1]!.start)) {
      max = second.value;
      to = second.to;
      hedge = 'range';
    }
  }
  if (range && hedge !== 'range') return null;
  const after = t[to]?.w ?? '';
  if (NOT_A_COUNT_AFTER.has(after)) return null;
  // "25-year-old", "2-year": a hyphen joined to the next word makes a compound, not a count.
  if ((after === '-' || after === '–') && t[to]!.start === t[to - 1]!.end && /^[a-z]/.test(t[to + 1]?.w ?? '')) return null;
  if (first.value === null) return { min: null, max: null, hedge: 'unknown', from: i, to };
  if (hedge === 'range') return { min: first.value, max, hedge, from: i, to };
  if (hedge === 'at least' || hedge === 'more than') return { min: first.value, max: null, hedge, from: i, to };
  if (hedge === 'up to') return { min: null, max: first.value, hedge, from: i, to };
  return { min: first.value, max: first.value, hedge, from: i, to };
}
