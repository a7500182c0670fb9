import { readFileSync } from 'node:fs';
import type { Dataset, Event, EventDate, EventPlace } from '../src/compiler/schema.ts';

export type MappedAndDated = Event & { place: EventPlace; date: EventDate };

/** The dataset globalSetup compiled from seeds/. */
export function seedDataset(): Dataset {
  const path = process.env.ATLAS_E2E_DATASET;
  if (!path) throw new Error('ATLAS_E2E_DATASET is not set: run through playwright.config.ts (globalSetup).');
  return JSON.parse(readFileSync(path, 'utf8')) as Dataset;
}

/** Events drawn on both views whose title no other event shares, so a name picks exactly one. */
export function eventsOnBothViews(dataset: Dataset): MappedAndDated[] {
  const titles = new Map<string, number>();
  for (const e of dataset.events) titles.set(e.title, (titles.get(e.title) ?? 0) + 1);
  return dataset.events.filter(
    (e): e is MappedAndDated => e.place !== null && e.date !== null && titles.get(e.title) === 1,
  );
}
