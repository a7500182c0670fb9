import type { EventType } from '../schema.ts';

/**
 * Words that say something happened, as lemmas, mapped to ACLED's event and sub-event types (plus
 * `diplomacy`, and `strategic-developments` sub-types for displacement, deployments, disasters and
 * emergency measures). The verb classes follow CAMEO's: fight, assault, coerce, yield, consult, agree,
 * disapprove, demand, protest, exhibit force. Written in lemmas: lemmatize.ts finds "seized", "seizes",
 * "seizing" from `seize`, "retook" from `retake`.
 *
 * Notation, to keep the table readable: entries are separated by `|`; `a b` is a phrase matched lemma by
 * lemma; a final `:v` or `:n` restricts the first word to a verb or a noun reading ("attacked the town" is
 * an assault, "attacks on civilians" may only name a kind of violence).
 *
 * Row flags:
 * - `weak`: says that something happened, not what (attack, killed, strike): only makes an event when no
 *   stronger word in the clause does;
 * - `object`: a common verb that reports a change of control only with a place as its object ("took
 *   Gharyan", "cleared the last district", "lost the town") — not "took part", "cleared the way";
 * - `thing`: a physical collapse, only with a structure as its subject ("the dam collapsed", not "talks
 *   collapsed");
 * - `report`: hearing as a body's act, only with what was reported following ("heard on Tuesday how…",
 *   "heard testimony"), not "residents heard explosions";
 * - `stance`: a participle of feeling that is a statement only after a form of "be" ("is deeply concerned",
 *   "said it was alarmed by"), the voice of UN and NGO releases — not "concerned residents", "an alarmed
 *   crowd".
 */
export interface Trigger {
  type: EventType;
  subType: string;
  /** The noun a title uses: "Siege", "Meeting". */
  label: string;
  weak?: boolean;
}

export type Constraint = 'object' | 'thing' | 'report' | 'stance';

type Flag = 'weak' | Constraint;
const CONSTRAINTS: readonly string[] = ['object', 'thing', 'report', 'stance'];
type Row = [type: EventType, subType: string, label: string, words: string, ...flags: Flag[]];

const rows: Row[] = [
  // Fight (CAMEO 19): armed clashes.
  ['battles', 'armed-clash', 'Clashes', 'clash|firefight:n|skirmish|gunfight:n|gun battle:n|shootout:n|exchange fire:v|exchange of fire:n|trade fire:v|open fire:v|gunfire:n'],
  ['battles', 'armed-clash', 'Fighting', 'fighting:n|fight:v|street fighting:n|heavy fighting:n'],
  ['battles', 'armed-clash', 'Battle', 'battle'],
  ['battles', 'armed-clash', 'Offensive', 'offensive:n|counteroffensive:n|counter-offensive:n|counterattack|counter-attack|push:n|onslaught:n|incursion:n'],
  ['battles', 'armed-clash', 'Siege', 'siege:n|besiege:v|lay siege:v|encircle:v'],
  ['battles', 'armed-clash', 'Advance', 'advance on:v|advance into:v|advance towards:v|advance toward:v|advance to:v|advance:v|march on:v|push into:v|push towards:v|push toward:v|move into:v|break through:v|drive out:v|expel:v'],
  ['battles', 'armed-clash', 'Ambush', 'ambush'],
  ['battles', 'armed-clash', 'Assault', 'assault|raid|storm:v|attack:v|repel:v|repulse:v|rout:v|shoot down:v'],
  ['battles', 'armed-clash', 'Attack', 'attack:n|hostilities:n', 'weak'],
  // "came under fire", "came under attack": the target's side of an assault.
  ['battles', 'armed-clash', 'Attack', 'come under fire:v|come under attack:v|come under assault:v'],
  ['battles', 'armed-clash', 'Attack', 'fire on:v|fire at:v', 'weak'],
  ['battles', 'armed-clash', 'Killing', 'kill|die|death:n|wound:v|injure:v', 'weak'],
  ['battles', 'armed-clash', 'Attack', 'target:v|violence:n', 'weak'],
  ['battles', 'armed-clash', 'Offensive', 'launch:v|campaign:n', 'weak'],
  ['battles', 'armed-clash', 'Advance', 'advance:n', 'weak'],
  ['battles', 'armed-clash', 'Offensive', 'embark on:v'],
  // Fight: territory changing hands.
  ['battles', 'territory-taken', 'Capture', 'capture|seize|seizure:n|overrun:v|overtake:v|take control:v|take full control:v|take over:v|takeover:n|seize control:v|gain control:v|wrest control:v|fall to:v|fall into:v|fall under:v|fall of:n|lose control:v|change hands:v|surrender'],
  ['battles', 'territory-taken', 'Capture', 'take:v|lose:v|enter:v|clear:v|secure:v|surround:v|occupy:v', 'object'],
  ['strategic-developments', 'looting-property-destruction', 'Arson', 'burn:v', 'object'],
  ['battles', 'territory-taken', 'Recapture', 'recapture|retake:v|regain control:v|regain:v|reclaim:v|win back:v|seize back:v|take back:v'],
  ['battles', 'territory-taken', 'Liberation', 'liberation:n|liberate:v'],
  ['battles', 'territory-taken', 'Retreat', 'push back:v|retreat|pull back:v|driven out:v'],
  // Explosions and remote violence.
  ['explosions-remote-violence', 'air-drone-strike', 'Airstrike', 'airstrike:n|air strike:n|air raid:n|air attack:n|aerial bombardment:n|aerial attack:n|air campaign:n|bomb:v|bombing:n|bombard:v|bombardment:n'],
  ['explosions-remote-violence', 'air-drone-strike', 'Drone strike', 'drone strike:n|drone attack:n'],
  ['explosions-remote-violence', 'air-drone-strike', 'Strike', 'strike|warplane:n|pound:v', 'weak'],
  ['explosions-remote-violence', 'shelling-artillery-missile', 'Shelling', 'shell|shelling:n|artillery fire:n|artillery strike:n|artillery barrage:n|barrage:n|mortar fire:n|mortar attack:n|mortar round:n|mortar:n|grad:n'],
  ['explosions-remote-violence', 'shelling-artillery-missile', 'Rocket attack', 'rocket attack:n|rocket fire:n|rocket:n'],
  ['explosions-remote-violence', 'shelling-artillery-missile', 'Missile strike', 'missile strike:n|missile attack:n|missile:n'],
  ['explosions-remote-violence', 'suicide-bomb', 'Suicide bombing', 'suicide bomb:n|suicide bomber:n|suicide bombing:n|suicide attack:n|blow himself up:v|blow herself up:v|blow themselves up:v'],
  ['explosions-remote-violence', 'remote-explosive', 'Explosion', 'explosion:n|blast:n|explode:v|detonate:v|car bomb:n|car bombing:n|roadside bomb:n|landmine:n|land mine:n|explosive device:n|ied:n|booby trap:n|blow up:v'],
  ['explosions-remote-violence', 'chemical-weapon', 'Chemical attack', 'chemical attack:n|chemical weapons attack:n|chemical weapon attack:n|gas attack:n|chlorine attack:n|sarin attack:n|nerve agent attack:n|use of chemical weapons:n'],
  // Assault (CAMEO 18, 20): violence against civilians.
  ['violence-against-civilians', 'attack', 'Massacre', 'massacre|slaughter|mass killing:n|ethnic cleansing:n|reprisal:n'],
  ['violence-against-civilians', 'attack', 'Execution', 'execute:v|execution:n|summary execution:n|behead:v|lynch:v'],
  ['violence-against-civilians', 'attack', 'Killing', 'murder|assassinate:v|assassination:n|shoot dead:v|gun down:v'],
  ['violence-against-civilians', 'abduction-forced-disappearance', 'Abduction', 'abduct:v|kidnap:v|abduction:n|kidnapping:n|forcibly disappear:v|enforced disappearance:n|forced disappearance:n|take hostage:v|hostage-taking:n'],
  ['violence-against-civilians', 'attack', 'Mass grave', 'mass grave:n|exhume:v|find body:v|discover body:v|body be find:v|body be discover:v'],
  ['violence-against-civilians', 'attack', 'Torture', 'torture'],
  ['violence-against-civilians', 'sexual-violence', 'Sexual violence', 'rape|sexual violence:n|sexual assault:n'],
  // Protest (CAMEO 14).
  ['protests', 'peaceful-protest', 'Protest', 'protest|protester:n|protestor:n|demonstration:n|demonstrator:n|demonstrate:v|rally|sit-in:n|march:v|general strike:n|hunger strike:n'],
  ['riots', 'violent-demonstration', 'Riot', 'riot|rioting:n|rioter:n'],
  ['riots', 'violent-demonstration', 'Unrest', 'unrest:n', 'weak'],
  // Coerce (CAMEO 17).
  ['strategic-developments', 'arrests', 'Arrest', 'arrest|detain:v|round up:v|take into custody:v|apprehend:v|imprison:v|jail:v'],
  ['strategic-developments', 'looting-property-destruction', 'Looting', 'loot|looting:n|ransack:v|torch:v|set fire to:v|set ablaze:v|burn down:v|raze:v|demolish:v'],
  ['strategic-developments', 'looting-property-destruction', 'Destruction', 'destroy:v', 'weak'],
  ['strategic-developments', 'disrupted-weapons-use', 'Interception', 'intercept:v|interception:n'],
  ['strategic-developments', 'other', 'Release', 'release prisoners:v|release hostages:v|release detainees:v|free prisoners:v|free hostages:v|prisoner exchange:n|prisoner swap:n'],
  ['strategic-developments', 'other', 'Emergency measures', 'state of emergency:n|curfew:n|martial law:n'],
  ['strategic-developments', 'other', 'Blockade', 'blockade|shut down:v'],
  // Yield (CAMEO 08) and displacement.
  ['strategic-developments', 'non-violent-transfer-of-territory', 'Withdrawal', 'withdraw:v|withdrawal:n|pull out:v|hand over:v'],
  ['strategic-developments', 'displacement', 'Displacement', 'flee:v|flight of:n|displace:v|displacement:n|exodus:n|escape:v|uproot:v', 'weak'],
  ['strategic-developments', 'other', 'Evacuation', 'evacuate:v|evacuation:n|evacuee:n|airlift'],
  // Exhibit force posture (CAMEO 15).
  ['strategic-developments', 'other', 'Deployment', 'deploy:v|deployment:n|send troops:v|send forces:v|send fighters:v|send military:v|send advisers:v|send reinforcements:v|dispatch troops:v|mobilise:v|mobilize:v|mobilisation:n|mobilization:n|fan out:v|reinforcement:n|amass:v'],
  ['strategic-developments', 'change-to-group-activity', 'End of mission', 'end its mission:v|conclude its mission:v|end its operations:v'],
  ['strategic-developments', 'headquarters-or-base-established', 'Relocation', 'relocate:v|move to:v|move its headquarters:v|set up base:v|establish a base:v'],
  ['strategic-developments', 'change-to-group-activity', 'Election', 'election:n|elect:v|referendum:n'],
  ['strategic-developments', 'change-to-group-activity', 'Change of command', 'take command:v|assume command:v'],
  ['strategic-developments', 'change-to-group-activity', 'Appointment', 'appoint:v|swear in:v|sworn in:v|resign:v|resignation:n'],
  ['strategic-developments', 'change-to-group-activity', 'Overthrow', 'overthrow|topple:v|ouster:n|oust:v|coup:n'],
  // Natural and industrial disasters, which a conflict's news reports beside its violence.
  ['strategic-developments', 'disaster', 'Flood', 'flood|flooding:n|flash flood:n'],
  ['strategic-developments', 'disaster', 'Earthquake', 'earthquake:n|landslide:n'],
  ['strategic-developments', 'disaster', 'Collapse', 'collapse:v', 'thing'],
  // Consult (CAMEO 04).
  ['diplomacy', 'meeting', 'Meeting', 'meet|meeting:n|talks:n|hold talks:v|summit:n|conference:n|negotiate:v|negotiation:n|consultation:n|hearing:n|session:n'],
  ['diplomacy', 'meeting', 'Hearing', 'hear:v', 'weak', 'report'],
  ['diplomacy', 'visit', 'Visit', 'visit|trip:n|tour|arrive in:v|fly to:v|travel to:v'],
  // Agree (CAMEO 05, 06).
  ['diplomacy', 'agreement', 'Agreement', 'agree:v|take effect:v|broker:v|sign:v|agreement:n|accord:n|treaty:n|peace deal:n|ceasefire deal:n|evacuation deal:n'],
  ['diplomacy', 'agreement', 'Ceasefire', 'ceasefire:n|cease-fire:n|truce:n|armistice:n'],
  // Make a statement, disapprove, demand, threaten (CAMEO 01, 10, 11, 13).
  ['diplomacy', 'statement', 'Statement', 'announce:v|announcement:n|declare:v|declaration:n|condemn:v|condemnation:n|call for:v|urge:v|warn:v|accuse:v|denounce:v|deplore:v|criticise:v|criticize:v|threaten:v|claim responsibility:v|express concern:v|express worry:v|express alarm:v|express outrage:v|express horror:v|express dismay:v|express shock:v|voice concern:v|voice worry:v|voice alarm:v|voice horror:v|voice outrage:v|voice dismay:v|welcome:v'],
  ['diplomacy', 'statement', 'Statement', 'alarmed:v|concerned:v|appalled:v|shocked:v|dismayed:v|horrified:v|outraged:v|disturbed:v|saddened:v|troubled:v', 'stance'],
  ['diplomacy', 'statement', 'Vote', 'vote:v|vote to:v|adopt resolution:v|pass resolution:v|approve resolution:v|resolution authorising:n|resolution authorizing:n'],
  ['diplomacy', 'sanctions', 'Sanctions', 'impose sanctions:v|sanction:v'],
  ['diplomacy', 'investigation', 'Investigation', 'fact-finding mission:n|investigation:n|inquiry:n|commission of inquiry:n'],
];

export type WordClass = 'v' | 'n' | 'any';

export interface LexiconEntry {
  /** The phrase as lemmas. */
  words: string[];
  wordClass: WordClass;
  trigger: Trigger;
  constraint?: Constraint;
}

function entries(): LexiconEntry[] {
  return rows.flatMap(([type, subType, label, words, ...flags]) => words.split('|').map((spec) => {
    const [phrase = '', cls] = spec.split(':');
    const trigger: Trigger = { type, subType, label, ...(flags.includes('weak') ? { weak: true } : {}) };
    const constraint = flags.find((f): f is Constraint => CONSTRAINTS.includes(f));
    return { words: phrase.split(' '), wordClass: (cls as WordClass | undefined) ?? 'any', trigger, ...(constraint ? { constraint } : {}) };
  }));
}

/**
 * Entries by the lemma of their first word, longest first: the matcher looks up one lemma per reading of a
 * token instead of joining every possible span.
 */
export const entriesByFirstLemma: ReadonlyMap<string, LexiconEntry[]> = (() => {
  const index = new Map<string, LexiconEntry[]>();
  for (const entry of entries()) {
    const list = index.get(entry.words[0]!) ?? [];
    list.push(entry);
    index.set(entry.words[0]!, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
})();
