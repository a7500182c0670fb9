import { describe, expect, it } from 'vitest';
import { initialState, type AppState } from '../store/appStore.ts';
import { testDataset } from '../testing/testDataset.ts';
import { createTimelineProps } from './timelineProps.ts';

const env = { reduceMotion: false, width: 800 };
const state: AppState = { ...initialState, dataset: testDataset };

describe('createTimelineProps', () => {
  it('keeps the index and rows when only selection or hover change, so updateTimeline skips them', () => {
    const toProps = createTimelineProps((s) => s);
    const a = toProps(state, env);
    const b = toProps({ ...state, selectedId: 'paris', hoveredId: 'siege' }, env);
    expect(b.index).toBe(a.index);
    expect(b.groups).toBe(a.groups);
    expect(b).toMatchObject({ selectedId: 'paris', hoveredId: 'siege' });
  });

  it('regroups the rows and keeps the index', () => {
    const toProps = createTimelineProps((s) => s);
    const byType = toProps(state, env);
    const byPlace = toProps({ ...state, groupBy: 'place' }, env);
    expect(byPlace.index).toBe(byType.index);
    expect(byPlace.groups.map((g) => g.content)).toEqual(['Benghazi', 'Paris', 'Unknown place']);
  });

  it('indexes only the dated events the filters leave, in time order', () => {
    const toProps = createTimelineProps((s) => s);
    expect(toProps(state, env).index.events.map((e) => e.id)).toEqual(['siege', 'paris', 'unplaced']);
    const props = toProps({ ...state, filters: { ...state.filters, types: ['battles'] } }, env);
    expect(props.index.events.map((e) => e.id)).toEqual(['siege']);
    expect(props.groups.map((g) => g.content)).toEqual(['Battles']);
  });
});
