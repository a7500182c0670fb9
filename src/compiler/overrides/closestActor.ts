import { closestWord } from './closestWord.ts';

/** An actor as far as "did you mean" needs it: ids are what a sidecar writes, names and aliases what an editor knows. */
export interface KnownActor {
  id: string;
  name: string;
  aliases: readonly string[];
}

const normal = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The actor id an unknown one most likely meant: `lna` is the alias of `libyan-national-army`, which edit
 * distance on ids alone would never find; `haftar` a near spelling of `Khalifa Haftar`'s name or id.
 */
export function closestActor(word: string, actors: readonly KnownActor[]): string | undefined {
  const wanted = normal(word);
  const byName = new Map<string, string>();
  for (const a of actors) {
    for (const name of [a.id, a.name, ...a.aliases]) if (!byName.has(normal(name))) byName.set(normal(name), a.id);
  }
  const exact = byName.get(wanted);
  if (exact) return exact;
  // A surname alone ("haftar") ends the full name.
  const ending = actors.filter((a) => [a.name, ...a.aliases].some((n) => normal(n).endsWith(wanted)) && wanted.length >= 4);
  if (ending.length === 1) return ending[0]!.id;
  const near = closestWord(wanted, byName.keys());
  return near === undefined ? undefined : byName.get(near);
}

/** ` (did you mean "libyan-national-army" (Libyan National Army)?)`, or nothing. */
export function didYouMeanActor(word: string, actors: readonly KnownActor[]): string {
  const id = closestActor(word, actors);
  if (!id || id === word) return '';
  const name = actors.find((a) => a.id === id)?.name;
  return ` (did you mean "${id}"${name ? ` (${name})` : ''}?)`;
}
