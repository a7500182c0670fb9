import type { Paragraph } from './Paragraph.ts';
import { parseInlineDateline, type InlineDateline } from './parseInlineDateline.ts';

/** The story's dateline; `start`/`end` index into the document text, `line` is 1-based. */
export interface Dateline {
  /** The place as written ("TRIPOLI", "Tunis"). */
  place?: string;
  /** `YYYY-MM-DD`, when the dateline has a year or a separate date line lends one. */
  date?: string;
  line: number;
  start: number;
  end: number;
}

/** Wire datelines open the story: only the first few paragraphs are looked at. */
const HEADER_PARAGRAPHS = 12;
const BODY_PARAGRAPHS_TRIED = 3;
const DAY_MS = 86_400_000;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A yearless dateline ("TRIPOLI, April 4 (Reuters) -") takes the year of the separate date line, or the
 * year before when that would put it after the date line (a story of 31 December put online on 1 January).
 * Two days ahead are allowed for time zones and late updates.
 */
function yearFor(date: NonNullable<InlineDateline['date']>, published: string | null): number | undefined {
  if (date.y !== undefined) return date.y;
  if (!published) return undefined;
  const [y, m, d] = published.split('-').map(Number) as [number, number, number];
  const ahead = Date.UTC(y, date.m - 1, date.d) - Date.UTC(y, m - 1, d);
  return ahead > 2 * DAY_MS ? y - 1 : y;
}

function isoOf(date: InlineDateline['date'], published: string | null): string | undefined {
  if (!date) return undefined;
  const y = yearFor(date, published);
  if (y === undefined) return undefined;
  if (new Date(Date.UTC(y, date.m - 1, date.d)).getUTCMonth() !== date.m - 1) return undefined;
  return `${y}-${pad(date.m)}-${pad(date.d)}`;
}

/**
 * Finds the story's dateline at the start of one of its first body paragraphs, or alone on a line, and
 * cuts it off: the dateline becomes a paragraph of its own (kind `dateline`) and the story paragraph starts
 * after it, so that its first sentence, and every quote of it, is the story's sentence only. `published`
 * is the date from a separate date line or front matter, if any. Returns the dateline and the index of
 * its paragraph, or null. Mutates `paragraphs`.
 */
export function extractDateline(paragraphs: Paragraph[], text: string, published: string | null): { dateline: Dateline; index: number } | null {
  let bodies = 0;
  for (let i = 0; i < Math.min(paragraphs.length, HEADER_PARAGRAPHS); i++) {
    const p = paragraphs[i]!;
    if (p.kind === 'meta' || p.kind === 'headline') continue;
    const found = parseInlineDateline(text.slice(p.start, p.end));
    const whole = found !== null && p.start + found.length >= p.end;
    // "HAFTAR: We will…" in an interview looks like "DUBAI: …"; only the story's first paragraph may open so.
    const trusted = found !== null && (!found.weak || bodies === 0);
    if (found && trusted && (p.kind === 'body' || whole)) {
      const date = isoOf(found.date, published);
      const dateline: Dateline = {
        ...(found.place ? { place: found.place } : {}),
        ...(date ? { date } : {}),
        line: p.line,
        start: p.start,
        end: p.start + found.end,
      };
      if (whole) {
        p.kind = 'dateline';
        p.end = p.start + found.end;
      } else {
        paragraphs.splice(i, 0, { kind: 'dateline', start: p.start, end: p.start + found.end, line: p.line });
        p.start += found.length;
      }
      return { dateline, index: i };
    }
    if (p.kind === 'body' && ++bodies >= BODY_PARAGRAPHS_TRIED) return null;
  }
  return null;
}
