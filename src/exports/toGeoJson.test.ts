import { describe, expect, it } from 'vitest';
import { toGeoJson } from './toGeoJson.ts';
import { exportContext } from '../testing/exportFixture.ts';

describe('toGeoJson', () => {
  const collection = toGeoJson(exportContext);

  it('is a FeatureCollection of the placed events, longitude first', () => {
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.map((f) => f.id)).toEqual(['paris', 'siege', 'undated', 'hostile']);
    expect(collection.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [2.35, 48.85] });
  });

  it('carries dates, precision, certainty, actor names and sources as properties', () => {
    const hostile = collection.features.find((f) => f.id === 'hostile')!;
    expect(hostile.properties).toMatchObject({
      title: exportContext.events.at(-1)!.title,
      type: 'violence-against-civilians', subType: 'abduction-forced-disappearance',
      dateStart: '2019-04', dateEnd: '2019-06', datePrecision: 'month', dateApproximate: true,
      precision: 'city', placeApproximate: true, certainty: 'alleged', actors: ['Libyan National Army', 'ghost'],
      sources: [{ document: 'A document', published: '2017-09-28', url: 'https://example.org/a', line: 2 }],
    });
  });

  it('survives JSON serialisation unchanged', () => {
    expect(JSON.parse(JSON.stringify(collection))).toEqual(collection);
  });

  it('keeps only http(s) source URLs, as the app links them (issue 16.9)', () => {
    const urlOf = (source: string) => {
      const documentsById = new Map([...exportContext.documentsById].map(([id, d]) => [id, { ...d, source }]));
      return toGeoJson({ ...exportContext, documentsById }).features
        .flatMap((f) => (f.properties.sources as { url: string | null }[]).map((s) => s.url));
    };
    for (const hostile of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'file:///etc/passwd']) {
      expect(urlOf(hostile).every((url) => url === null), hostile).toBe(true);
    }
    expect(urlOf('https://example.org/a')).toContain('https://example.org/a');
  });
});
