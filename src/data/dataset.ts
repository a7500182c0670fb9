/**
 * The only importer of `virtual:events`: the rest of the app imports the dataset from here, so tests and
 * later modes (embed, story) can hand the store another dataset without touching the build.
 */
import events from 'virtual:events';
import type { Dataset } from '../compiler/schema.ts';

export const dataset: Dataset = events;
