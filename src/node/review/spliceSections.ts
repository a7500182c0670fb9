import { Document, isMap, isScalar, parse, YAMLMap, type Node, type Pair } from 'yaml';

/** A top-level key of the original text: its name, where its line's key starts and where its value ends. */
export interface SectionSpan {
  key: string;
  start: number;
  end: number;
}

const render = { lineWidth: 0 } as const;

/**
 * Writes an edited sidecar back, keeping the original text of every section the edit did not touch.
 * The `yaml` library keeps comments and order when it prints a whole document, but normalises the rest
 * (it moves a comment after `suppress:` to the next line and collapses the spaces that align comments):
 * printing only the sections that changed keeps a hand-kept file's diff to the lines that changed.
 * If the spliced text does not read back as the same data, the whole document is printed instead.
 * (lineWidth 0: a long quote is never folded over lines, which would make it harder to search for.)
 */
export function spliceSections(source: string, doc: Document, spans: SectionSpan[], touched: ReadonlySet<string>): string {
  const whole = doc.toString(render);
  if (!isMap(doc.contents) || spans.length === 0) return whole;
  const pairs = doc.contents.items as Pair<Node, Node | null>[];
  const keyOf = (pair: Pair<Node, Node | null>) => String(isScalar(pair.key) ? pair.key.value : pair.key);

  const lineStart = (offset: number) => source.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = (offset: number) => {
    const newline = source.indexOf('\n', Math.max(offset - 1, 0));
    return newline === -1 ? source.length : newline + 1;
  };
  const first = spans[0];
  if (!first) return whole;
  let out = source.slice(0, lineStart(first.start));
  for (const [i, span] of spans.entries()) {
    const bodyEnd = lineEnd(span.end);
    const next = spans[i + 1];
    const gap = source.slice(bodyEnd, next ? lineStart(next.start) : source.length);
    const pair = pairs.find((p) => keyOf(p) === span.key);
    if (!pair) return whole;
    const keyLine = source.slice(lineStart(span.start), lineEnd(span.start + 1)).replace(/\r?\n$/, '');
    out += touched.has(span.key) ? alone(pair, keyLine) : source.slice(lineStart(span.start), bodyEnd);
    out += gap;
  }
  const known = new Set(spans.map((s) => s.key));
  for (const pair of pairs.filter((p) => !known.has(keyOf(p)))) {
    if (!out.endsWith('\n')) out += '\n';
    out += alone(pair);
  }
  return sameData(out, whole) ? out : whole;
}

/**
 * One top-level pair printed on its own. For a pair of the original text (`keyLine` given), the comments
 * above it and after it stay in the original text around it, and a comment after the key
 * (`suppress:   # events to drop`) keeps its line and spacing instead of moving below it.
 */
function alone(pair: Pair<Node, Node | null>, keyLine?: string): string {
  const copy = pair.clone();
  let firstLine: string | undefined;
  if (keyLine !== undefined) {
    if (isScalar(copy.key)) {
      copy.key.commentBefore = undefined;
      copy.key.spaceBefore = false;
    }
    const value = copy.value;
    if (value && !isScalar(value)) value.comment = undefined;
    const keyComment = /:\s*#(.*)$/.exec(keyLine)?.[1];
    if (value && keyComment !== undefined) {
      const above = isScalar(value) ? value.comment : value.commentBefore;
      if (above?.split('\n')[0] === keyComment) {
        const rest = above.split('\n').slice(1).join('\n') || undefined;
        if (isScalar(value)) value.comment = rest;
        else value.commentBefore = rest;
        firstLine = keyLine;
      }
    }
  }
  const doc = new Document(null, { schema: 'core' });
  const map = new YAMLMap();
  map.items.push(copy);
  doc.contents = map;
  const text = doc.toString(render);
  return firstLine === undefined ? text : `${firstLine}${text.slice(text.indexOf('\n'))}`;
}

function sameData(a: string, b: string): boolean {
  try {
    return JSON.stringify(parse(a, { schema: 'core' })) === JSON.stringify(parse(b, { schema: 'core' }));
  } catch {
    return false;
  }
}
