import { describe, expect, test } from 'vitest';
import { applyOverrides } from './applyOverrides.ts';
import { article, extracted, sidecarPath } from '../../testing/overrideFixture.ts';

/** `line:column severity message`, one string per diagnostic: a position is part of what is tested. */
function problems(lines: string[], options = {}): string[] {
  const { diagnostics } = applyOverrides(extracted, { path: sidecarPath, text: lines.join('\n') }, article, options);
  for (const d of diagnostics) expect(d.file).toBe(sidecarPath);
  return diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.message}`);
}

describe('applyOverrides diagnostics', () => {
  test('an unknown key points at the key and suggests the nearest one', () => {
    expect(problems(['correct:', '  - id: e1abc', '    dat: 2017-09-28'])).toEqual([
      '3:5 error unknown key "dat" in correct[0] (did you mean "date"?)',
    ]);
    expect(problems(['supress: [e1abc]'])).toEqual(['1:1 error unknown key "supress" in the sidecar (did you mean "suppress"?)']);
    expect(problems(['add:', '  - quote: Le Drian', '    title: T', '    type: diplomacy', '    place: { name: P, lat: 1, lng: 2, precision: city }'])).toEqual([
      '5:12 error add[0].place is missing "lon"',
      '5:31 error unknown key "lng" in add[0].place (did you mean "lon"?)',
    ]);
  });

  test('an id that no event of this document has lists the ones it has', () => {
    expect(problems(['suppress:', '  - e1abc', '  - e1abd'])).toEqual([
      '3:5 error suppress[1].id "e1abd": no event with this id comes from seeds/x.txt now; did you mean "e1abc" (Event e1abc)?',
    ]);
    expect(problems(['correct:', '  - id: e2def', '    title: ok', '  - id: e999', '    title: T'])).toEqual([
      '4:9 error correct[1].id "e999": no event with this id comes from seeds/x.txt now (its events: e1abc (Event e1abc), e2def (Event e2def), e3both (Event e3both))',
    ]);
  });

  test('an id of another document says where the event comes from', () => {
    expect(problems(['suppress: [e4other]'])).toEqual([
      '1:12 error suppress[0].id "e4other": no event with this id comes from seeds/x.txt; it comes from document "y", so edit it in that sidecar',
    ]);
  });

  test('a quote that is not in the document', () => {
    expect(problems(['add:', '  - title: Missing', '    type: battles', '    quote: Tanks entered Sirte'])).toEqual([
      '4:12 error add[0].quote is not found in seeds/x.txt: copy a sentence, or part of one, exactly (line breaks and curly quotes may differ)',
    ]);
  });

  test('a quote found more than once warns and uses the first', () => {
    expect(problems(['add:', '  - { quote: Haftar, title: T, type: diplomacy }'])).toEqual([
      '2:14 warning add[0].quote occurs 2 times in seeds/x.txt: the first, on line 1, is used; quote more of the sentence to choose another',
    ]);
  });

  test('impossible dates and inconsistent precisions', () => {
    expect(problems(['correct:', '  - id: e1abc', '    date: { start: 2017-13, precision: month }'])).toEqual([
      '3:20 error correct[0].date.start "2017-13" is not a valid YYYY, YYYY-MM or YYYY-MM-DD date',
    ]);
    expect(problems(['correct:', '  - id: e1abc', '    date: 2017-02-29'])).toEqual([
      '3:11 error correct[0].date.start "2017-02-29" is not a valid YYYY, YYYY-MM or YYYY-MM-DD date',
    ]);
    expect(problems(['correct:', '  - id: e1abc', '    date:', '      start: 2017-03', '      precision: day'])).toEqual([
      '5:18 error correct[0].date.precision "day" does not match date.start "2017-03", which is a month',
    ]);
    expect(problems(['correct:', '  - id: e1abc', '    date: { start: 2017-03, end: 2017-02 }'])).toEqual([
      '3:34 error correct[0].date.end "2017-02" is before date.start "2017-03"',
    ]);
    expect(problems(['correct:', '  - id: e1abc', '    date: { start: 2017-03, end: 2017-04-02 }'])).toEqual([
      '3:34 error correct[0].date.end "2017-04-02" must be a month like date.start "2017-03"',
    ]);
  });

  test('values outside the schema: enums, ranges, types, missing fields', () => {
    expect(problems(['correct:', '  - id: e1abc', '    type: diplomcy', '    certainty: sure'])).toEqual([
      '3:11 error correct[0].type "diplomcy" is not one of battles, explosions-remote-violence, violence-against-civilians, protests, riots, strategic-developments, diplomacy (did you mean "diplomacy"?)',
      '4:16 error correct[0].certainty "sure" is not one of stated, reported, alleged, unverified',
    ]);
    expect(problems(['correct:', '  - id: e1abc', '    place: { name: P, lat: 95, lon: "2", precision: city }'])).toEqual([
      '3:28 error correct[0].place.lat is 95, above the maximum 90',
      '3:37 error correct[0].place.lon must be a number, not the text "2"',
    ]);
    expect(problems(['add:', '  - quote: Le Drian', '    type: diplomacy'])).toEqual(['2:5 error add[0] is missing "title"']);
    expect(problems(['correct:', '  - e1abc'])).toEqual(['2:5 error correct[0] must be a mapping (key: value lines), not the text "e1abc"']);
    expect(problems(['correct: e1abc'])).toEqual(['1:10 error correct must be a list, not the text "e1abc"']);
    expect(problems(['- e1abc'])).toEqual(['1:1 error the sidecar must be a mapping (key: value lines), not a list']);
  });

  test('conflicting or empty entries', () => {
    expect(problems(['suppress: [e1abc, e1abc]'])).toEqual(['1:19 warning suppress[1].id "e1abc" is already suppressed by suppress[0]']);
    expect(problems(['suppress: [e1abc]', 'correct:', '  - { id: e1abc, title: T }'])).toEqual([
      '3:11 warning correct[0].id "e1abc" is also suppressed by suppress[0]: this correction has no effect',
    ]);
    expect(problems(['correct:', '  - { id: e1abc, title: A }', '  - { id: e1abc, title: B }'])).toEqual([
      '3:11 error correct[1].id "e1abc" is already corrected by correct[0]: merge the two entries',
    ]);
    expect(problems(['correct:', '  - id: e1abc', '    reason: checked'])).toEqual([
      '2:5 warning correct[0] changes nothing: give at least one of title, type, subType, date, place, certainty, actors',
    ]);
  });

  test('actor ids are checked when the known actors are given', () => {
    const lines = ['correct:', '  - id: e1abc', '    actors: [khalifa-haftar, khalifa-hafter]'];
    expect(problems(lines)).toEqual([]);
    expect(problems(lines, { actorIds: ['khalifa-haftar', 'lna'] })).toEqual([
      '3:30 error correct[0].actors[1] "khalifa-hafter" is not a known actor id (did you mean "khalifa-haftar"?)',
    ]);
  });

  test('YAML syntax errors carry the parser position and apply nothing', () => {
    const text = ['suppress:', '  - e1abc', 'correct:', '  - id: e2def', '    title: [unclosed'].join('\n');
    const result = applyOverrides(extracted, { path: sidecarPath, text }, article);
    expect(result.events).toBe(extracted);
    expect(result.diagnostics.length).toBeGreaterThan(0);
    expect(result.diagnostics[0]).toMatchObject({ severity: 'error', file: sidecarPath, line: 5 });
    expect(result.diagnostics[0]!.message).toMatch(/^invalid YAML: /);
    expect(problems(['suppress: [e1abc]', 'suppress: [e2def]'])).toEqual(['2:1 error invalid YAML: Map keys must be unique']);
  });
});
