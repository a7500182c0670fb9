/**
 * The certainty levels, surest first (the schema's enum order, kept by hand: the app does not bundle zod,
 * see eventTypeLabels.ts; certainties.test.ts checks the two agree). Filters, the review form and the URL
 * parser read this list.
 */
import type { Certainty } from '../compiler/schema.ts';

export const CERTAINTIES: readonly Certainty[] = ['stated', 'reported', 'alleged', 'unverified'];
