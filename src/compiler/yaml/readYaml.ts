import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { Diagnostic } from '../schema.ts';

/** 1-based, as editors and `file:line:column` links count. */
export interface Position {
  line: number;
  column: number;
}

export interface YamlFile {
  /** The plain data, or undefined when the file is empty, only comments, or not valid YAML. */
  value: unknown;
  /** Syntax errors and warnings from the YAML parser. */
  diagnostics: Diagnostic[];
  /**
   * Where the node at `path` starts, or its nearest existing ancestor when the path runs into a missing
   * key. `at: 'key'` points at the key of the last segment, for "unknown key" messages.
   */
  locate(path: readonly PropertyKey[], at?: 'key' | 'value'): Position;
}

/** Aliases a file may expand: enough for any hand-written file, far too few for an alias bomb. */
const MAX_ALIASES = 100;

/**
 * The one YAML reader of the compiler: sidecars, `atlas.yaml`, `actors.yaml`, `story.yaml` and front
 * matter all go through it, so every one has the same limits (aliases) and reports every problem as a
 * diagnostic at its line, never an exception. It keeps node positions for later messages. The core schema
 * keeps `2017-09-28` a string: YAML 1.1's `timestamp` type would turn it into a Date at midnight UTC and
 * lose the precision.
 */
export function readYaml(path: string, text: string): YamlFile {
  const lines = new LineCounter();
  // prettyErrors off: its messages embed a source excerpt; we report the position separately instead.
  const doc = parseDocument(text, { schema: 'core', lineCounter: lines, prettyErrors: false });
  const at = (offset: number): Position => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  const diagnostics: Diagnostic[] = [
    ...doc.errors.map((e): Diagnostic => ({ severity: 'error', file: path, ...at(e.pos[0]), message: `invalid YAML: ${e.message}` })),
    ...doc.warnings.map((e): Diagnostic => ({ severity: 'warning', file: path, ...at(e.pos[0]), message: `YAML: ${e.message}` })),
  ];
  return {
    value: doc.errors.length > 0 || doc.contents === null ? undefined : toPlainData(doc, path, diagnostics),
    diagnostics,
    locate: (nodePath, where = 'value') => at(offsetOf(doc, nodePath, where)),
  };
}

function toPlainData(doc: Document, path: string, diagnostics: Diagnostic[]): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    // toJS throws on alias bombs and similar abuse; still a problem with the file, not with the compiler.
    diagnostics.push({ severity: 'error', file: path, line: 1, column: 1, message: `invalid YAML: ${(error as Error).message}` });
    return undefined;
  }
}

function offsetOf(doc: Document, path: readonly PropertyKey[], where: 'key' | 'value'): number {
  let node: unknown = doc.contents;
  let offset = isNode(node) ? (node.range?.[0] ?? 0) : 0;
  for (const [i, segment] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      const keyOffset = isNode(pair.key) ? (pair.key.range?.[0] ?? offset) : offset;
      const value = pair.value;
      // `place:` with nothing after it is an empty scalar positioned after the colon: the key reads better.
      const empty = !isNode(value) || !value.range || value.range[0] === value.range[1];
      if ((where === 'key' && i === path.length - 1) || empty) return keyOffset;
      node = value;
      offset = value.range![0];
    } else if (isSeq(node)) {
      const item: unknown = node.items[Number(segment)];
      if (!isNode(item) || !item.range) break;
      node = item;
      offset = item.range[0];
    } else break;
  }
  return offset;
}
