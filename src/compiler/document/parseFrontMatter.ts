import { readYaml } from '../yaml/readYaml.ts';

export interface FrontMatter {
  title?: string;
  published?: string;
  source?: string;
  language?: string;
  place?: string;
}

export interface FrontMatterResult {
  fields: FrontMatter;
  /** Number of lines the block takes, including both `---` fences; 0 when there is none. */
  lines: number;
  /** The 1-based file line of each field read, for diagnostics about its value. */
  fieldLines: Partial<Record<keyof FrontMatter, number>>;
  problems: { line: number; column?: number; message: string }[];
}

const known: (keyof FrontMatter)[] = ['title', 'published', 'source', 'language', 'place'];

/** Reads a leading `---` YAML block. Unknown keys and wrong types are reported, not fatal. */
export function parseFrontMatter(text: string): FrontMatterResult {
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) {
    // An opening fence with no closing one: the block is read as text, and the editor is told why the
    // title and date in it were not taken (issue 16.8).
    const unclosed = /^---[ \t]*\r?\n/.test(text);
    const problems = unclosed ? [{ line: 1, message: 'front matter is not closed: no "---" line ends it, so it is read as text' }] : [];
    return { fields: {}, lines: 0, fieldLines: {}, problems };
  }
  const lines = m[0].split('\n').length - (m[0].endsWith('\n') ? 1 : 0);
  const problems: FrontMatterResult['problems'] = [];
  // Lines in the block count from the opening fence, hence the +1.
  const yaml = readYaml('front matter', m[1]!);
  for (const d of yaml.diagnostics) problems.push({ line: d.line + 1, column: d.column, message: `front matter: ${d.message}` });
  if (yaml.diagnostics.some((d) => d.severity === 'error')) return { fields: {}, lines, fieldLines: {}, problems };
  const data: unknown = yaml.value;
  if (data == null) return { fields: {}, lines, fieldLines: {}, problems };
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ line: 2, message: 'front matter must be a mapping of key: value' });
    return { fields: {}, lines, fieldLines: {}, problems };
  }
  const fields: FrontMatter = {};
  const fieldLines: FrontMatterResult['fieldLines'] = {};
  for (const [key, value] of Object.entries(data)) {
    const line = lineOf(m[1]!, key) + 1;
    if (!(known as string[]).includes(key)) {
      problems.push({ line, message: `front matter: unknown key "${key}" (known: ${known.join(', ')})` });
    } else if (typeof value === 'string' || typeof value === 'number') {
      fields[key as keyof FrontMatter] = String(value).trim();
      fieldLines[key as keyof FrontMatter] = line;
    } else if (value instanceof Date) {
      fields[key as keyof FrontMatter] = value.toISOString().slice(0, 10);
      fieldLines[key as keyof FrontMatter] = line;
    } else {
      problems.push({ line, message: `front matter: "${key}" must be text` });
    }
  }
  return { fields, lines, fieldLines, problems };
}

function lineOf(block: string, key: string): number {
  const i = block.split('\n').findIndex((l) => l.startsWith(`${key}:`));
  return i < 0 ? 1 : i + 1;
}
