import { describe, expect, it } from 'vitest';
import { toTimelineJs } from './toTimelineJs.ts';
import { exportContext } from '../testing/exportFixture.ts';

describe('toTimelineJs', () => {
  const { events } = toTimelineJs(exportContext);

  it('has one slide per dated event, with dates only as precise as known', () => {
    expect(events.map((e) => e.unique_id)).toEqual(['paris', 'siege', 'unplaced', 'hostile']);
    expect(events[0]?.start_date).toEqual({ year: 2017, month: 9, day: 28 });
    const siege = events.find((e) => e.unique_id === 'siege')!;
    expect(siege.start_date).toEqual({ year: 2015, month: 9 });
    expect(siege.end_date).toEqual({ year: 2017, month: 9 });
    expect(siege.display_date).toBe('about 2015-09 – 2017-09');
  });

  it('writes text that TimelineJS cannot turn into markup', () => {
    const hostile = events.find((e) => e.unique_id === 'hostile')!;
    expect(hostile.text.headline).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(hostile.text.headline).not.toMatch(/[<>]/);
    expect(hostile.text.text).toContain('Certainty: alleged.');
    expect(hostile.text.text).not.toMatch(/[<>]/);
    expect(hostile.location).toEqual({ name: 'Tripoli, "old town"', lat: -32.9, lon: 13.18 });
  });
});
