import type { ActorEntry } from './ActorEntry.ts';
import { countryActors } from './countryActors.ts';
import { internationalActors } from './internationalActors.ts';
import { libyaActors } from './libyaActors.ts';
import { regionalActors } from './regionalActors.ts';

/** The curated actor list, extended at compile time by the user's entries (see `mergeActorEntries`). */
export const curatedActors: readonly ActorEntry[] = [...libyaActors, ...regionalActors, ...internationalActors, ...countryActors];
