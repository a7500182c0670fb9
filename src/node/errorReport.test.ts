import { describe, expect, it } from 'vitest';
import { errorReport } from './errorReport.ts';

describe('errorReport', () => {
  it('lists every error, none of the warnings, and points at the first error', () => {
    const report = errorReport([
      { severity: 'warning', file: 'seeds/x.events.yaml', line: 1, message: 'an id suppressed twice' },
      { severity: 'error', file: 'seeds/x.events.yaml', line: 3, column: 5, message: 'unknown key "dat"' },
      { severity: 'error', file: 'seeds/x.events.yaml', line: 7, column: 9, message: 'no event e999' },
      { severity: 'error', file: 'seeds/y.txt', line: 1, message: 'duplicate id' },
    ], '/p');
    expect(report).toEqual({
      message: '3 errors in the seeds:\nseeds/x.events.yaml:3:5: error: unknown key "dat"\nseeds/x.events.yaml:7:9: error: no event e999\nseeds/y.txt:1: error: duplicate id',
      id: '/p/seeds/x.events.yaml',
      loc: { file: '/p/seeds/x.events.yaml', line: 3, column: 5 },
    });
  });

  it('is undefined without errors', () => {
    expect(errorReport([{ severity: 'info', file: 'a', line: 1, message: 'm' }], '/p')).toBeUndefined();
  });
});
