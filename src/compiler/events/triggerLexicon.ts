import type { EventType } from '../schema.ts';

/**
 * Words that say something happened, mapped to ACLED's event and sub-event types (plus `diplomacy`).
 *
 * Notation, to keep the table readable: entries are separated by `|`; a final `+v` expands to the verb forms
 * (attacks, attacked, attacking), `+n` to the plural; `a b` is a phrase matched word by word. Irregular forms are listed as they are.
 * `weak` triggers (attack, killed) only make an event when no stronger word in the clause does: they say
 * that violence happened, not what kind.
 */
export interface Trigger {
  type: EventType;
  subType: string;
  /** The noun a title uses: "Siege", "Meeting". */
  label: string;
  weak?: boolean;
}

type Row = [type: EventType, subType: string, label: string, words: string, weak?: 'weak'];

const rows: Row[] = [
  ['battles', 'armed-clash', 'Clashes', 'clash+v|clash+n|firefight+n|skirmish+n|gunfight+n|exchanged fire|exchange of fire'],
  ['battles', 'armed-clash', 'Fighting', 'fighting|fought|heavy fighting|broke out'],
  ['battles', 'armed-clash', 'Battle', 'battle+n|battled'],
  ['battles', 'armed-clash', 'Offensive', 'offensive+n|counteroffensive+n|counter-offensive+n'],
  ['battles', 'armed-clash', 'Siege', 'siege+n|besieged|laid siege'],
  ['battles', 'armed-clash', 'Clashes', 'opened fire|shot down|shot dead|gunfire'],
  ['battles', 'armed-clash', 'Advance', 'advanced on|advanced into|advanced towards|advanced to|march on|marched on|pushed on|pushed towards|drove out|driven out|expelled'],
  ['battles', 'armed-clash', 'Ambush', 'ambush+v|ambush+n'],
  ['battles', 'armed-clash', 'Assault', 'assault+n|assaulted'],
  // "attacked the terminal" reports an assault; "attacks on civilians" may only name a kind of violence.
  ['battles', 'armed-clash', 'Attack', 'attacked|attacking'],
  ['battles', 'armed-clash', 'Attack', 'attack+n', 'weak'],
  ['battles', 'armed-clash', 'Killing', 'killed|killing|died', 'weak'],
  ['battles', 'armed-clash', 'Offensive', 'launched', 'weak'],
  ['battles', 'territory-taken', 'Capture', 'entered|encircled|surrendered|lost control|changed hands|fell|captured|seized|recaptured|retook|retaken|overran|overrun|stormed|took control|taken control|seized control|fell to|wrested control|regained control|pushed into'],
  ['battles', 'territory-taken', 'Liberation', 'liberation|liberated'],
  ['explosions-remote-violence', 'air-drone-strike', 'Airstrike', 'airstrike+n|air strike+n|air raid+n|air attack+n|aerial bombardment|air campaign'],
  ['explosions-remote-violence', 'air-drone-strike', 'Drone strike', 'drone strike+n|drone attack+n'],
  ['explosions-remote-violence', 'air-drone-strike', 'Strike', 'strike+n|warplanes|jets|struck', 'weak'],
  ['explosions-remote-violence', 'air-drone-strike', 'Bombing', 'bombed|bombing+n|bombardment+n|bombarded'],
  ['explosions-remote-violence', 'shelling-artillery-missile', 'Shelling', 'shelled|shelling+n|artillery fire|mortar fire|mortars'],
  ['explosions-remote-violence', 'shelling-artillery-missile', 'Rocket attack', 'rocket attack+n|rockets|rocket fire'],
  ['explosions-remote-violence', 'shelling-artillery-missile', 'Missile strike', 'missile strike+n|missile attack+n|missiles'],
  ['explosions-remote-violence', 'suicide-bomb', 'Suicide bombing', 'suicide bomb+n|suicide bomber+n|suicide bombing+n|suicide attack+n'],
  ['explosions-remote-violence', 'remote-explosive', 'Explosion', 'explosion+n|blast+n|exploded|detonated|car bomb+n|car bombing+n|roadside bomb+n|landmine+n|explosive device+n'],
  ['violence-against-civilians', 'attack', 'Massacre', 'massacre+n|massacred'],
  ['violence-against-civilians', 'attack', 'Execution', 'executed|execution+n'],
  ['violence-against-civilians', 'abduction-forced-disappearance', 'Abduction', 'abducted|kidnapped|abduction+n|kidnapping+n|forcibly disappeared'],
  ['violence-against-civilians', 'attack', 'Mass grave', 'mass grave+n|bodies were found|found bodies|finding bodies'],
  ['violence-against-civilians', 'attack', 'Torture', 'tortured|torture'],
  ['violence-against-civilians', 'sexual-violence', 'Sexual violence', 'raped|sexual violence'],
  ['protests', 'peaceful-protest', 'Protest', 'protest+v|protest+n|protester+n|protestor+n|demonstration+n|demonstrator+n|demonstrated|rally|rallies|rallied|sit-in+n|marched|general strike+n|hunger strike+n'],
  ['riots', 'violent-demonstration', 'Riot', 'riot+v|riot+n|rioting|rioter+n'],
  ['strategic-developments', 'arrests', 'Arrest', 'arrested|arrest+n|detained|taken into custody'],
  ['strategic-developments', 'other', 'Evacuation', 'evacuated|evacuation+n|evacuee+n'],
  ['strategic-developments', 'non-violent-transfer-of-territory', 'Withdrawal', 'withdrew|withdrawn|withdrawal+n|retreated|pulled out'],
  ['strategic-developments', 'other', 'Deployment', 'deployed|deployment+n|sent troops|sent fighters|sent military|sent advisers|sent reinforcements|dispatched troops'],
  ['strategic-developments', 'change-to-group-activity', 'End of mission', 'ended its mission|concluded its mission|ended its operations'],
  ['strategic-developments', 'looting-property-destruction', 'Looting', 'looted|looting'],
  ['strategic-developments', 'other', 'Blockade', 'blockade+n|blockaded|shut down'],
  ['strategic-developments', 'change-to-group-activity', 'Election', 'election+n|elected|referendum+n'],
  ['strategic-developments', 'change-to-group-activity', 'Change of command', 'took command|took over|handed over|assumed command'],
  ['strategic-developments', 'change-to-group-activity', 'Appointment', 'appointed|sworn in|resigned|resignation'],
  ['diplomacy', 'meeting', 'Meeting', 'met|meet|meets|meeting+n|talks|summit+n|conference+n|hearing+n|session+n|negotiation+n|negotiated'],
  ['diplomacy', 'meeting', 'Hearing', 'heard', 'weak'],
  ['diplomacy', 'visit', 'Visit', 'visit+v|visit+n|trip+n|toured|tour|arrived in|flew to|travelled to|traveled to'],
  ['diplomacy', 'agreement', 'Agreement', 'agreed|took effect|brokered|signed|agreement+n|accord|treaty|peace deal+n'],
  ['diplomacy', 'agreement', 'Ceasefire', 'ceasefire+n|cease-fire+n|truce+n'],
  ['diplomacy', 'statement', 'Statement', 'announced|declared|condemned|called for|urged|warned'],
  ['diplomacy', 'statement', 'Vote', 'voted|vote to|resolution authorising|resolution authorizing'],
];

function expand(spec: string): string[] {
  return spec.split('|').flatMap(inflect);
}

function inflect(word: string): string[] {
  const m = /^(.*?)\+([vn])$/.exec(word);
  if (!m) return [word];
  const base = m[1]!;
  const sibilant = /(?:s|sh|ch|x|z)$/.test(base);
  const plural = sibilant ? `${base}es` : `${base}s`;
  if (m[2] === 'n') return [base, plural];
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  return [base, plural, `${stem}ed`, `${stem}ing`];
}

/** Phrase (lower case, single spaces) → trigger. */
export const triggerLexicon: ReadonlyMap<string, Trigger> = new Map(
  rows.flatMap(([type, subType, label, words, weak]) =>
    expand(words).map((phrase) => [phrase, { type, subType, label, ...(weak ? { weak: true } : {}) }] as const),
  ),
);

/**
 * Phrases by their first word, longest first: the matcher looks up one word per token instead of joining
 * every possible span.
 */
export const triggersByFirstWord: ReadonlyMap<string, { words: string[]; trigger: Trigger }[]> = (() => {
  const index = new Map<string, { words: string[]; trigger: Trigger }[]>();
  for (const [phrase, trigger] of triggerLexicon) {
    const words = phrase.split(' ');
    const list = index.get(words[0]!) ?? [];
    list.push({ words, trigger });
    index.set(words[0]!, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
})();
