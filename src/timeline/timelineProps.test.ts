import { describe, expect, it } from 'vitest';
import { initialState, type AppState } from '../store/appStore.ts';
import { testDataset } from '../store/testDataset.ts';
import { createTimelineProps } from './timelineProps.ts';

const env = { reduceMotion: false, width: 800 };
const state: AppState = { ...initialState, dataset: testDataset };

describe('createTimelineProps', () => {
  it('keeps items and rows when only selection or hover change, so updateTimeline skips them', () => {
    const toProps = createTimelineProps((e) => ({ id: e.id }) as unknown as HTMLElement, (s) => s);
    const a = toProps(state, env);
    const b = toProps({ ...state, selectedId: 'paris', hoveredId: 'siege' }, env);
    expect(b.items).toBe(a.items);
    expect(b.groups).toBe(a.groups);
    expect(b).toMatchObject({ selectedId: 'paris', hoveredId: 'siege' });
  });

  it('regroups with the same label elements, so vis moves items instead of rebuilding them', () => {
    let built = 0;
    const toProps = createTimelineProps(() => ({ n: built++ }) as unknown as HTMLElement, (s) => s);
    const byType = toProps(state, env);
    const byPlace = toProps({ ...state, groupBy: 'place' }, env);
    expect(byPlace.items).not.toBe(byType.items);
    expect(byPlace.groups.map((g) => g.content)).toEqual(['Benghazi', 'Paris', 'Unknown place']);
    expect(byPlace.items.map((i) => i.content)).toEqual(byType.items.map((i) => i.content));
    expect(built).toBe(byType.items.length);
  });

  it('draws only the events the filters leave', () => {
    const toProps = createTimelineProps((e) => e.title, (s) => s);
    const props = toProps({ ...state, filters: { ...state.filters, types: ['battles'] } }, env);
    expect(props.items.map((i) => i.id)).toEqual(['siege']);
    expect(props.groups.map((g) => g.content)).toEqual(['Battles']);
  });
});
