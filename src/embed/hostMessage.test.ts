import { describe, expect, it } from 'vitest';
import { dayStart } from '../store/isoDay.ts';
import { parseHostMessage, readInstant } from './hostMessage.ts';

describe('parseHostMessage', () => {
  it('reads atlas:select with an id or null', () => {
    expect(parseHostMessage({ type: 'atlas:select', id: 'e1' })).toEqual({ type: 'atlas:select', id: 'e1' });
    expect(parseHostMessage({ type: 'atlas:select', id: null })).toEqual({ type: 'atlas:select', id: null });
  });

  it('reads atlas:window from days or ISO timestamps', () => {
    expect(parseHostMessage({ type: 'atlas:window', from: '2017-01-01', to: '2017-12-31' })).toEqual({
      type: 'atlas:window', window: { start: dayStart('2017-01-01'), end: dayStart('2017-12-31') },
    });
    expect(parseHostMessage({ type: 'atlas:window', from: '2017-01-01T00:00:00Z', to: '2017-01-02T12:30Z' })).toEqual({
      type: 'atlas:window', window: { start: Date.UTC(2017, 0, 1), end: Date.UTC(2017, 0, 2, 12, 30) },
    });
  });

  it('reads atlas:story with a 1-based step, or null to leave the story', () => {
    expect(parseHostMessage({ type: 'atlas:story', step: 3 })).toEqual({ type: 'atlas:story', step: 3 });
    expect(parseHostMessage({ type: 'atlas:story', step: null })).toEqual({ type: 'atlas:story', step: null });
  });

  it('allows fields it does not know', () => {
    expect(parseHostMessage({ type: 'atlas:select', id: 'e1', requestId: 7 })).toEqual({ type: 'atlas:select', id: 'e1' });
  });

  it.each([
    ['no data', undefined],
    ['a string', 'atlas:select'],
    ['an array', [{ type: 'atlas:select', id: 'e1' }]],
    ['an unknown type', { type: 'atlas:zoom', level: 3 }],
    ['a type in other case', { type: 'ATLAS:SELECT', id: 'e1' }],
    ['a frame message echoed back', { type: 'atlas:selected', id: 'e1' }],
    ['select without id', { type: 'atlas:select' }],
    ['select with a numeric id', { type: 'atlas:select', id: 7 }],
    ['select with an object id', { type: 'atlas:select', id: { toString: 'e1' } }],
    ['select with a huge id', { type: 'atlas:select', id: 'x'.repeat(10_000) }],
    ['window without to', { type: 'atlas:window', from: '2017-01-01' }],
    ['window backwards', { type: 'atlas:window', from: '2018-01-01', to: '2017-01-01' }],
    ['window of no length', { type: 'atlas:window', from: '2017-01-01', to: '2017-01-01' }],
    ['window with epoch numbers', { type: 'atlas:window', from: 0, to: 1 }],
    ['window with a day that does not exist', { type: 'atlas:window', from: '2017-02-30', to: '2017-03-31' }],
    ['window in another format', { type: 'atlas:window', from: '1 Jan 2017', to: '2017-12-31' }],
    ['window with an impossible hour', { type: 'atlas:window', from: '2017-01-01T25:00Z', to: '2017-12-31' }],
    ['story step 0', { type: 'atlas:story', step: 0 }],
    ['story step as a string', { type: 'atlas:story', step: '2' }],
    ['story step fractional', { type: 'atlas:story', step: 1.5 }],
    ['story without step', { type: 'atlas:story' }],
  ])('ignores %s', (_name, data) => {
    expect(parseHostMessage(data)).toBeNull();
  });

  it('never throws, even on data with throwing getters', () => {
    const hostile = { get type(): string { throw new Error('boom'); } };
    expect(parseHostMessage(hostile)).toBeNull();
    expect(parseHostMessage(new Proxy({}, { get: () => { throw new Error('boom'); } }))).toBeNull();
  });
});

describe('readInstant', () => {
  it('reads a day as local midnight, like the URL does', () => {
    expect(readInstant('2020-02-29')).toBe(new Date(2020, 1, 29).getTime());
    expect(readInstant('2019-02-29')).toBeNaN();
  });

  it('reads years 0–99 as they are, not as 19xx (issue 16.4)', () => {
    expect(new Date(readInstant('0099-03-01')).getFullYear()).toBe(99);
    expect(readInstant('0099-03-01T12:00Z')).toBe(Date.parse('0099-03-01T12:00Z'));
  });
});
