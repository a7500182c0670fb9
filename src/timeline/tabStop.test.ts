import { describe, expect, it } from 'vitest';
import { tabStop } from './tabStop.ts';

const window = { start: 100, end: 200 };
const drawn = [
  { id: 'before', span: { start: 50, end: 50 } },
  { id: 'late', span: { start: 180, end: 180 } },
  { id: 'early', span: { start: 120, end: 120 } },
];

describe('tabStop', () => {
  it('is the preferred item when vis drew it', () => {
    expect(tabStop(drawn, window, 'late')).toBe('late');
  });

  it('falls back to the earliest drawn item in the window when the preferred one is not drawn', () => {
    expect(tabStop(drawn, window, 'elsewhere')).toBe('early');
    expect(tabStop(drawn, window, null)).toBe('early');
  });

  it('takes the earliest drawn item when none touches the window, and none when nothing is drawn', () => {
    expect(tabStop(drawn.slice(0, 1), window, null)).toBe('before');
    expect(tabStop([], window, 'late')).toBeNull();
  });
});
