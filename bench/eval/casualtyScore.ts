/**
 * The casualty score: how many of the killed and injured counts a text states (eval/casualties.json, our
 * notes) the compiled dataset carries on its sources, and how many it carries that the text does not state.
 *
 * Per document, each distinct figure once: { kind, min, max, hedge } must all agree (a count read without
 * its "at least" is wrong). A figure the notes list is **found** when any source of any event of that
 * document carries it; a figure the dataset carries that the notes do not list is **wrong** (a misread
 * number, a lost hedge, a count of something else).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { CasualtyFigure, Event } from '../../src/compiler/schema.ts';

const Kind = z.enum(['killed', 'injured']);
const NoteFigure = z.object({
  kind: Kind,
  min: z.number().nullable(),
  max: z.number().nullable(),
  hedge: z.string(),
  note: z.string(),
});
const Notes = z.object({ about: z.string(), corpora: z.record(z.string(), z.record(z.string(), z.array(NoteFigure))) });

export interface CasualtyScore {
  corpus: string;
  stated: number;
  found: number;
  /** Distinct figures in the dataset that the notes do not list. */
  wrong: number;
  misses: { document: string; figure: string }[];
  wrongs: { document: string; figure: string }[];
}

type Keyed = { kind: string; min: number | null; max: number | null; hedge: string };
const keyOf = (f: Keyed) => `${f.kind} ${f.hedge} ${f.min ?? '?'}–${f.max ?? '?'}`;

export function loadCasualtyNotes(file: string): Map<string, Map<string, Keyed[]>> {
  const notes = Notes.parse(JSON.parse(readFileSync(file, 'utf8')));
  return new Map(Object.entries(notes.corpora).map(([corpus, docs]) => [corpus, new Map(Object.entries(docs))]));
}

/** The distinct figures the events of one document carry. */
function figuresOf(events: Event[]): Set<string> {
  const out = new Set<string>();
  for (const e of events) {
    for (const s of e.sources) {
      for (const kind of ['killed', 'injured'] as const) {
        const f: CasualtyFigure | undefined = s.casualties?.[kind];
        if (f) out.add(keyOf({ kind, ...f }));
      }
    }
  }
  return out;
}

/** `events` by document name (file base name); `notes` the corpus's documents, or undefined when unannotated. */
export function scoreCasualties(corpus: string, events: Map<string, Event[]>, notes: Map<string, Keyed[]>): CasualtyScore {
  const score: CasualtyScore = { corpus, stated: 0, found: 0, wrong: 0, misses: [], wrongs: [] };
  for (const [document, evs] of [...events].sort(([a], [b]) => a.localeCompare(b))) {
    const stated = new Set((notes.get(document) ?? []).map(keyOf));
    const got = figuresOf(evs);
    score.stated += stated.size;
    for (const k of stated) {
      if (got.has(k)) score.found++;
      else score.misses.push({ document, figure: k });
    }
    for (const k of got) {
      if (!stated.has(k)) {
        score.wrong++;
        score.wrongs.push({ document, figure: k });
      }
    }
  }
  return score;
}

export function printCasualties(s: CasualtyScore, verbose: boolean): void {
  console.log(`casualties: found ${s.found}/${s.stated} stated figures, ${s.wrong} wrong`);
  if (!verbose) return;
  for (const m of s.misses) console.log(`  casualty MISS  ${m.document}: ${m.figure}`);
  for (const w of s.wrongs) console.log(`  casualty WRONG ${w.document}: ${w.figure}`);
}
