import type { EventPlace } from '../schema.ts';
import type { PlaceKind } from './PlaceMention.ts';

/**
 * A capitalised run read as a place: what resolveMatch and resolveRegion both return. In a file of its
 * own so that neither resolver imports the other for its type (resolveMatch calls resolveRegion).
 */
export interface ResolvedPlace {
  place: EventPlace;
  modifier: boolean;
  kind: PlaceKind;
  /** Where the place's words end, when they run past the matched span ("Idlib province"). */
  end?: number;
}
