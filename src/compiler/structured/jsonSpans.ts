/**
 * JSON with the span of every value. `JSON.parse` gives values but no positions, and a TimelineJS event or
 * a GeoJSON feature needs both: its diagnostics name the line it starts on, and its source quotes one of
 * its strings by offsets into the file. Strict RFC 8259 (no comments, no trailing commas); strings are
 * decoded by `JSON.parse` itself, so escapes mean exactly what they mean there. Nesting is capped so a
 * hostile file cannot overflow the stack.
 */

interface Span {
  start: number;
  end: number;
}

export type JsonNode =
  | (Span & { kind: 'object'; entries: Map<string, JsonNode> })
  | (Span & { kind: 'array'; items: JsonNode[] })
  | (Span & { kind: 'string'; value: string })
  | (Span & { kind: 'number'; value: number })
  | (Span & { kind: 'boolean'; value: boolean })
  | (Span & { kind: 'null'; value: null });

export type JsonResult = { root: JsonNode; error?: undefined } | { root?: undefined; error: { offset: number; message: string } };

const MAX_DEPTH = 256;

class JsonSyntaxError extends Error {
  constructor(readonly offset: number, message: string) {
    super(message);
  }
}

export function parseJsonSpans(text: string): JsonResult {
  let i = 0;
  const fail = (message: string, at = i): never => {
    throw new JsonSyntaxError(at, message);
  };
  const space = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const expect = (c: string) => {
    if (text[i] !== c) fail(i >= text.length ? `unexpected end of file, expected "${c}"` : `expected "${c}", found "${text[i]}"`);
    i++;
  };

  const value = (depth: number): JsonNode => {
    if (depth > MAX_DEPTH) fail(`nested more than ${MAX_DEPTH} deep`);
    space();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      const entries = new Map<string, JsonNode>();
      space();
      if (text[i] === '}') { i++; return { kind: 'object', start, end: i, entries }; }
      for (;;) {
        space();
        if (text[i] !== '"') fail('expected a property name in double quotes');
        const key = string();
        space();
        expect(':');
        entries.set(key.value, value(depth + 1));
        space();
        if (text[i] === ',') { i++; continue; }
        expect('}');
        return { kind: 'object', start, end: i, entries };
      }
    }
    if (c === '[') {
      i++;
      const items: JsonNode[] = [];
      space();
      if (text[i] === ']') { i++; return { kind: 'array', start, end: i, items }; }
      for (;;) {
        items.push(value(depth + 1));
        space();
        if (text[i] === ',') { i++; continue; }
        expect(']');
        return { kind: 'array', start, end: i, items };
      }
    }
    if (c === '"') return string();
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return v === null ? { kind: 'null', start, end: i, value: null } : { kind: 'boolean', start, end: i, value: v };
      }
    }
    const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    number.lastIndex = i;
    const m = number.exec(text);
    if (m) {
      i += m[0].length;
      return { kind: 'number', start, end: i, value: Number(m[0]) };
    }
    return fail(i >= text.length ? 'unexpected end of file, expected a value' : `unexpected "${c}"`);
  };

  const string = (): JsonNode & { kind: 'string' } => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      else if (text.charCodeAt(i) < 0x20) fail('a line break or control character inside a string (write it as \\n)');
      i++;
    }
    if (i >= text.length) fail('a string is never closed', start);
    i++;
    try {
      return { kind: 'string', start, end: i, value: JSON.parse(text.slice(start, i)) as string };
    } catch {
      return fail('an invalid escape in a string', start);
    }
  };

  try {
    const root = value(0);
    space();
    if (i < text.length) fail(`unexpected "${text[i]}" after the end of the data`);
    return { root };
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { error: { offset: error.offset, message: error.message } };
    throw error;
  }
}

/** The plain value of a node, as `JSON.parse` would give it. */
export function plain(node: JsonNode): unknown {
  switch (node.kind) {
    case 'object': return Object.fromEntries([...node.entries].map(([k, v]) => [k, plain(v)]));
    case 'array': return node.items.map(plain);
    default: return node.value;
  }
}

/** A property of an object node, or undefined. */
export const member = (node: JsonNode | undefined, key: string): JsonNode | undefined =>
  node?.kind === 'object' ? node.entries.get(key) : undefined;
