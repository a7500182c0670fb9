/** The visible events as a GeoJSON FeatureCollection (RFC 7946): one Point per placed event. */
import type { Event, EventPlace } from '../compiler/schema.ts';
import { safeHttpUrl } from '../data/safeHttpUrl.ts';
import { actorNames, type ExportContext } from './exportContext.ts';

export interface EventFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<string, unknown>;
}

export interface EventFeatureCollection {
  type: 'FeatureCollection';
  features: EventFeature[];
}

function feature(e: Event & { place: EventPlace }, ctx: ExportContext): EventFeature {
  return {
    type: 'Feature',
    id: e.id,
    // GeoJSON is longitude first.
    geometry: { type: 'Point', coordinates: [e.place.lon, e.place.lat] },
    properties: {
      id: e.id,
      title: e.title,
      type: e.type,
      subType: e.subType,
      dateStart: e.date?.start ?? null,
      dateEnd: e.date?.end ?? null,
      datePrecision: e.date?.precision ?? null,
      dateApproximate: e.date?.approximate ?? false,
      place: e.place.name,
      precision: e.place.precision,
      placeApproximate: e.place.approximate ?? false,
      country: e.place.country ?? null,
      certainty: e.certainty,
      edited: e.edited ?? false,
      actors: actorNames(e, ctx),
      sources: e.sources.map((s) => {
        const doc = ctx.documentsById.get(s.document);
        return { document: doc?.title ?? s.document, published: doc?.published ?? null, url: safeHttpUrl(doc?.source), quote: s.quote, line: s.line };
      }),
    },
  };
}

/** Unplaced events have no geometry to give, so they are left out (the CSV keeps them). */
export function toGeoJson(ctx: ExportContext): EventFeatureCollection {
  const placed = ctx.events.filter((e): e is Event & { place: EventPlace } => e.place !== null);
  return { type: 'FeatureCollection', features: placed.map((e) => feature(e, ctx)) };
}
