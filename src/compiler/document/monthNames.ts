/** English month names and their common abbreviations, lower case, to month number 1–12. */
export const monthNumber: ReadonlyMap<string, number> = new Map(
  [
    ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may', 'may'], ['june', 'jun'],
    ['july', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'], ['november', 'nov'],
    ['december', 'dec'],
  ].flatMap((names, i) => names.map((name) => [name, i + 1] as const)),
);

export const monthPattern = [...monthNumber.keys()].sort((a, b) => b.length - a.length).join('|');
