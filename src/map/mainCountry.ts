/** A share of the placed events at which one country is plainly the subject. */
const MAJORITY = 0.6;

/**
 * The country the events are about (ISO 3166-1 alpha-2), or null when they are spread out: the country
 * most events share, when it holds 60% of them, or — in a small dataset where the diplomacy happens abroad,
 * like the seed's two Libyan events against one each in Paris, Rome and Geneva — at least two events and
 * twice as many as any other country. Events without a country count against every country.
 */
export function mainCountry(events: readonly { place: { country?: string | undefined } }[]): string | null {
  const counts = new Map<string, number>();
  for (const e of events) {
    if (e.place.country) counts.set(e.place.country, (counts.get(e.place.country) ?? 0) + 1);
  }
  // Ties resolve by code, so the answer does not depend on the events' order.
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (!first) return null;
  const [code, count] = first;
  if (count >= MAJORITY * events.length) return code;
  return count >= 2 && count >= 2 * (second?.[1] ?? 0) ? code : null;
}
