import { describe, expect, it } from 'vitest';
import { describeInference } from './describeInference.ts';

describe('describeInference', () => {
  it('says where an inferred date or place came from, in words', () => {
    expect(describeInference({ from: 'publication' }, 'date')).toMatch(/publication date/);
    expect(describeInference({ from: 'dateline' }, 'place')).toMatch(/dateline/);
    expect(describeInference({ from: 'context' }, 'date')).toMatch(/story’s time/);
    expect(describeInference({ from: 'context' }, 'place')).toMatch(/points back/);
  });
});
