/** The cluster's accessible name: how many, and the first few titles. */
export function clusterName(titles: readonly string[], shown = 3): string {
  const listed = titles.slice(0, shown).join('; ');
  const more = titles.length > shown ? ` and ${titles.length - shown} more` : '';
  return `${titles.length} events: ${listed}${more}`;
}
