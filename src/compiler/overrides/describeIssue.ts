import type { z } from 'zod';
import { didYouMean } from './closestWord.ts';
import { formatPath } from './formatPath.ts';
import { keysAt } from './sidecarEntries.ts';

/** One problem to report: a message, and the node it is about (`at: 'key'` for the key rather than its value). */
export interface IssueReport {
  path: PropertyKey[];
  at: 'key' | 'value';
  message: string;
}

/** Keys from other map formats that edit distance alone would not lead to the right name. */
const synonyms: Record<string, string> = { lng: 'lon', long: 'lon', longitude: 'lon', latitude: 'lat' };

function synonymHint(key: string, allowed: readonly string[]): string | undefined {
  const known = synonyms[key.toLowerCase()];
  return known && allowed.includes(known) ? ` (did you mean "${known}"?)` : undefined;
}

/**
 * Turns a zod issue into a message an editor can act on, naming the node as `correct[0].date.start`.
 * zod's own messages ("Invalid input") say what failed but not where or what to write instead.
 */
export function describeIssue(issue: z.core.$ZodIssue): IssueReport[] {
  const path = issue.path.slice();
  const name = formatPath(path);
  const input = issue.input;
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: [...path, key],
        at: 'key',
        message: `unknown key "${key}" in ${name}${synonymHint(key, keysAt(path)) ?? didYouMean(key, keysAt(path))}`,
      }));
    case 'invalid_type': {
      if (input === undefined) {
        const key = path[path.length - 1];
        return [{ path, at: 'value', message: `${formatPath(path.slice(0, -1))} is missing "${String(key)}"` }];
      }
      return [{ path, at: 'value', message: `${name} must be ${expected(issue.expected)}, not ${describe(input)}` }];
    }
    case 'invalid_value':
      return [{
        path,
        at: 'value',
        message: `${name} ${JSON.stringify(input)} is not one of ${issue.values.join(', ')}${typeof input === 'string' ? didYouMean(input, issue.values.map(String)) : ''}`,
      }];
    case 'too_small':
      if (issue.origin === 'string') return [{ path, at: 'value', message: issue.exact ? `${name} must be exactly ${issue.minimum} characters long` : `${name} must not be empty` }];
      return [{ path, at: 'value', message: `${name} is ${String(input)}, below the minimum ${issue.minimum}` }];
    case 'too_big':
      if (issue.origin === 'string') return [{ path, at: 'value', message: `${name} must be ${issue.exact ? 'exactly' : 'at most'} ${issue.maximum} characters long` }];
      return [{ path, at: 'value', message: `${name} is ${String(input)}, above the maximum ${issue.maximum}` }];
    case 'invalid_format':
      return [{ path, at: 'value', message: `${name} ${JSON.stringify(input)} must match ${issue.pattern ?? issue.format}` }];
    case 'custom':
      return [{ path, at: 'value', message: `${name} ${issue.message}` }];
    default:
      return [{ path, at: 'value', message: `${name}: ${issue.message}` }];
  }
}

function expected(type: string): string {
  switch (type) {
    case 'object': return 'a mapping (key: value lines)';
    case 'array': return 'a list';
    case 'string': return 'text';
    case 'number': return 'a number';
    case 'int': return 'a whole number';
    case 'boolean': return 'true or false';
    default: return type;
  }
}

/** How the YAML value reads back to the editor. */
function describe(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string': return `the text ${JSON.stringify(value)}`;
    case 'number': return `the number ${value}`;
    case 'boolean': return `${value}`;
    case 'object': return 'a mapping';
    default: return typeof value;
  }
}
