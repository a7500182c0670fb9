import { describe, expect, it } from 'vitest';
import { Certainty, EventType } from '../compiler/schema.ts';
import { CERTAINTIES } from './certainties.ts';
import { EVENT_TYPE_LABELS } from './eventTypeLabels.ts';

// The app keeps these lists by hand so that the browser bundle need not hold zod (issue 13).
describe('the vocabularies the app keeps by hand', () => {
  it('list the schema’s certainties and event types, in its order', () => {
    expect(CERTAINTIES).toEqual(Certainty.options);
    expect(Object.keys(EVENT_TYPE_LABELS)).toEqual(EventType.options);
  });
});
