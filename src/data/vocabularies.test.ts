import { describe, expect, it } from 'vitest';
import { Certainty, DatePrecision, EventType, PlacePrecision } from '../compiler/schema.ts';
import { CERTAINTIES, CERTAINTY_TABLE } from './certainties.ts';
import { EVENT_TYPES, EVENT_TYPE_TABLE } from './eventTypes.ts';
import { DATE_PRECISION_TABLE, PLACE_PRECISION_TABLE } from './precisions.ts';

// The app keeps these tables by hand so that the browser bundle need not hold zod (issue 13); a test may
// import the schema, so it checks each table against the enum it mirrors.
describe('the vocabularies the app keeps by hand', () => {
  it('cover the schema’s event types, certainties and precisions, in its order', () => {
    expect(EVENT_TYPES).toEqual(EventType.options);
    expect(Object.keys(EVENT_TYPE_TABLE)).toEqual(EventType.options);
    expect(CERTAINTIES).toEqual(Certainty.options);
    expect(Object.keys(CERTAINTY_TABLE)).toEqual(Certainty.options);
    expect(Object.keys(DATE_PRECISION_TABLE)).toEqual(DatePrecision.options);
    expect(Object.keys(PLACE_PRECISION_TABLE)).toEqual(PlacePrecision.options);
  });

  it('give every event type its words and a shape of its own', () => {
    for (const entry of Object.values(EVENT_TYPE_TABLE)) {
      expect(entry.label).not.toBe('');
      expect(entry.name).not.toBe('');
      expect(entry.acled).not.toBe('');
    }
    expect(new Set(Object.values(EVENT_TYPE_TABLE).map((e) => e.shape)).size).toBe(EventType.options.length);
  });
});
