import type { JsBytes } from './bytes.ts';
import type { AppFigures, Figure } from './measure.ts';

export interface CorpusResult {
  name: string;
  build: Figure;
  bytes: JsBytes | null;
  app: AppFigures | null;
}

interface Target {
  label: string;
  limit: number;
  format: (n: number) => string;
  value: (r: CorpusResult, seed: CorpusResult | undefined) => Figure | null;
}

const time = (n: number) => show({ ms: n });
const count = (n: number) => Math.round(n).toLocaleString('en');
const times = (n: number) => `${n.toFixed(1)}×`;
const mb = (n: number) => `${Math.round(n)} MB`;
const number = (n: number | null | undefined): Figure | null => (n == null ? null : { ms: n });
const frame = (key: 'drag' | 'zoom' | 'dragWindowFilter') => (r: CorpusResult) => r.app?.[key] ?? null;

/** Issue 12's targets (this machine, Chromium, 1280×800). The seed build's is "no regression": compared by hand. */
const TARGETS: Record<string, Target[]> = {
  '10k': [
    { label: 'first render', limit: 1500, format: time, value: (r) => r.app?.firstRender ?? null },
    { label: 'first render ÷ seed build’s', limit: 2.5, format: times, value: (r, seed) => ratio(r.app?.firstRender, seed?.app?.firstRender) },
    { label: 'worst frame, dragging', limit: 50, format: time, value: frame('drag') },
    { label: 'worst frame, zooming', limit: 50, format: time, value: frame('zoom') },
    { label: 'worst frame, dragging (window filter on)', limit: 50, format: time, value: frame('dragWindowFilter') },
    { label: 'select from list', limit: 100, format: time, value: (r) => r.app?.select ?? null },
    { label: 'DOM nodes', limit: 3000, format: count, value: (r) => number(r.app?.nodes) },
  ],
  '100k': [
    { label: 'first render', limit: 3000, format: time, value: (r) => r.app?.firstRender ?? null },
    { label: 'worst frame, dragging', limit: 100, format: time, value: frame('drag') },
    { label: 'worst frame, zooming', limit: 100, format: time, value: frame('zoom') },
    { label: 'worst frame, dragging (window filter on)', limit: 100, format: time, value: frame('dragWindowFilter') },
    { label: 'JS heap', limit: 300, format: mb, value: (r) => number(r.app?.heapMB ?? r.app?.heapAtTimeoutMB) },
  ],
};

/** One markdown row per corpus (pasteable into the README), then each target beside its figure. */
export function printReport(results: CorpusResult[]): void {
  console.log('');
  console.log('| corpus | events | build | JS gzip (largest chunk) | data gzip | first render | DOM nodes / timeline items | JS heap | worst frame: drag | zoom | drag, window filter on | select from list |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    const a = r.app;
    console.log(`| ${[
      r.name,
      a?.events?.toLocaleString('en') ?? '—',
      show(r.build),
      r.bytes ? `${kb(r.bytes.totalGzip)} (${kb(r.bytes.largestGzip)})` : '—',
      r.bytes ? kb(r.bytes.dataGzip) : '—',
      a ? show(a.firstRender) : '—',
      a?.nodes != null ? `${a.nodes.toLocaleString('en')} / ${a.items?.toLocaleString('en')}` : '—',
      a?.heapMB != null ? `${Math.round(a.heapMB)} MB` : a?.heapAtTimeoutMB != null ? `≥ ${Math.round(a.heapAtTimeoutMB)} MB (at timeout)` : '—',
      a ? show(a.drag) : '—',
      a ? show(a.zoom) : '—',
      a ? show(a.dragWindowFilter) : '—',
      a ? show(a.select) : '—',
    ].join(' | ')} |`);
  }
  const seed = results.find((r) => r.name === 'seed');
  for (const r of results) {
    const targets = TARGETS[r.name];
    if (!targets) continue;
    console.log(`\nTargets, ${r.name}:`);
    for (const t of targets) {
      const v = t.value(r, seed);
      const shown = v === null ? '—' : 'ms' in v ? `${t.format(v.ms)}${v.note ? ` (${v.note})` : ''}` : show(v);
      console.log(`  ${t.label.padEnd(42)} ≤ ${t.format(t.limit).padEnd(8)} ${shown.padEnd(24)} ${met(v, t.limit)}`);
    }
  }
}

function ratio(a: Figure | undefined, b: Figure | undefined): Figure | null {
  if (!a || !b) return null;
  if ('timedOut' in a) return a;
  return 'ms' in a && 'ms' in b ? { ms: a.ms / b.ms } : null;
}

function met(v: Figure | null, limit: number): string {
  if (v === null) return 'not measured';
  if ('ms' in v) return v.ms <= limit ? 'met' : 'NOT MET';
  if ('timedOut' in v) return 'NOT MET';
  return 'not measured';
}

export function show(f: Figure): string {
  if ('ms' in f) {
    const value = f.ms >= 1000 ? `${(f.ms / 1000).toFixed(1)} s` : `${Math.round(f.ms)} ms`;
    return f.note ? `${value} (${f.note})` : value;
  }
  if ('timedOut' in f) return `> ${f.timedOut} s (timed out)`;
  if ('failed' in f) return `failed: ${f.failed.slice(0, 80)}`;
  // Skipped: an earlier step left the page unresponsive and reloading it would take minutes.
  return 'not run';
}

const kb = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`);
