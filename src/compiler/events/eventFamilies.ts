/**
 * Kinds of event that many stages treat alike. Violence of any kind (fighting, shelling, killing) can be one
 * happening told with different words, and places its neighbours; a change of control is always somewhere.
 */

/** ACLED's three types of political violence. */
export function isViolent(type: string): boolean {
  return type === 'battles' || type === 'explosions-remote-violence' || type === 'violence-against-civilians';
}

/** Sub-types that say who holds a place: taken, retaken, handed over, withdrawn from. */
export function isTerritorial(subType: string): boolean {
  return subType === 'territory-taken' || subType === 'non-violent-transfer-of-territory';
}

/** Two types that may tell of one happening: the same type, or violence of any kind. */
export function sameFamily(a: string, b: string): boolean {
  return a === b || (isViolent(a) && isViolent(b));
}
