/** Lower case without accents, so "salame" finds "Salamé": the search's way of comparing text. */
export function foldText(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
