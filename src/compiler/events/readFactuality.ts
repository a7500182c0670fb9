import type { Token } from './tokenize.ts';

/**
 * Words that, shortly before a trigger, say the event did not happen, has not happened yet, or was only
 * tried: negation, modality, plans, threats, attempts and failures ("failed to break the siege", "an
 * attempt to retake the town", "aimed at seizing the capital").
 */
const nonFactual = new Set([
  'not', 'never', 'no', "n't", 'denied', 'deny', 'denies', 'denying', 'without', 'will', 'would', 'could', 'might',
  'should', 'shall', 'must', 'can', 'cannot', 'upcoming', 'planned', 'planning', 'plans', 'plan', 'proposed', 'possible',
  'potential', 'future', 'scheduled', 'forthcoming', 'prospective', 'threatened', 'threatening', 'threatens', 'avoid',
  'prevent', 'prevented', 'averted', 'if', 'unless', 'failed', 'fail', 'fails', 'attempt', 'attempts', 'attempted',
  'tried', 'try', 'trying', 'bid', 'aimed', 'aiming', 'sought', 'seek', 'seeking', 'seeks', 'wants', 'wanted', 'want',
  'vowed', 'vows', 'pledged', 'intends', 'intended', 'ready', 'prepared', 'preparing', 'expected', 'likely',
]);

const NEGATION = /^(?:not|never|no|without|denied|deny|denies|denying)$|n't$/;

const attempted = /^(?:failure|failed|fail|fails|attempt|attempts|attempted|tried|try|trying|bid|sought|seek|seeks|seeking|effort|efforts|vowed|threatened|plans?|planned|aims?|aimed|hopes?|hoped|wants?|wanted)$/;

/** Words right after a trigger that put it in the future or say it did not come off. */
const futureAfter = new Set(['expected', 'scheduled', 'due', 'planned', 'promised', 'slated', 'envisaged', 'will', 'would', 'set', 'should', 'must', 'could', 'might', 'may']);
const failedAfter = /^(?:broke|collapsed|stalled|failed|postponed|cancell?ed|suspended|delayed|blocked|thwarted|foiled|averted|prevented|aborted)$/;

const IN_FORCE = /^(?:\S+ )?(?:(?:has|have|had) been|is|are|was|were|remains?|remained|stays?|stayed) (?:\S+ )?in (?:force|place|effect)\b/;

/** Verbs after which "to" + verb reports something that happened: "prompted the UN to evacuate its staff". */
const causative = /^(?:ordered|commanded|instructed|prompted|prompting|forced|forcing|forces|compelled|obliged|caused|causing|led|began|started|continued|managed|allowed|helped|went|moved|rushed|scrambled|used|had)$/;

/** Nouns of negotiation and plans: an event named after them with "on"/"for" is a topic, not a fact. */
const topicHosts = /^(?:talks|negotiations?|agreement|deal|plans?|proposals?|calls?|demands?|efforts?|push|pressure|bid|request|discussions?|preparations?|threat)$/;

/**
 * Whether the trigger at `at` (covering `length` tokens) reports something that happened. A nominal trigger
 * that is the topic of talks or plans ("talks on the evacuation") is not a fact; neither is an infinitive,
 * unless a verb of causing or ordering governs it.
 */
export function readFactuality(tokens: Token[], at: number, length: number, nominal: boolean): boolean {
  for (let j = at + length; j < Math.min(tokens.length, at + length + 3); j++) {
    const w = tokens[j]!.lower;
    // "in May" is a month; "may" a modal.
    if (futureAfter.has(w) && tokens[j]!.text !== 'May') return false;
    // "the evacuation broke down", "the offensive stalled": a failure said right after the event.
    if (nominal && failedAfter.test(w) && (w !== 'broke' || tokens[j + 1]?.lower === 'down')) return false;
  }
  // "a state of emergency has been in force since 2017", "the curfew remains in place": a state of
  // affairs, not the act that began it.
  if (nominal && IN_FORCE.test(tokens.slice(at + length, at + length + 6).map((t) => t.lower).join(' '))) return false;
  const causedBefore = tokens.slice(Math.max(0, at - 6), at).some((t) => causative.test(t.lower));
  // "began what it said would be the final offensive", "launched what officials called a major operation":
  // the act began; the words in between only describe it.
  if (nominal && describedByWhat(tokens, at)) return true;
  // Not across punctuation: in "a conference planned for mid-April, flew to Benghazi" the plan is the
  // conference's, not the flight's. A negation reaches over an aside ("did not, however, attack").
  const from = clauseStartBefore(tokens, at);
  for (let j = Math.max(0, at - 3); j < at; j++) {
    const w = tokens[j]!.lower;
    if (j < from && !NEGATION.test(w)) continue;
    if ((nonFactual.has(w) || w.endsWith("n't")) && !(causedBefore && w === 'ready')) return false;
  }
  // "failed to break the siege", "an attempt to retake the airport": an attempt reaches further back.
  for (let j = Math.max(from, at - 6); j < at - 3; j++) if (attempted.test(tokens[j]!.lower) && tokens[j + 1]?.lower === 'to') return false;
  if (nominal && (isTopic(tokens, at) || isGeneric(tokens, at) || isDemanded(tokens, at))) return false;
  // "will hold an emergency meeting", "plans to launch a new offensive": the verb governing the noun says.
  if (nominal && tokens.slice(Math.max(0, at - 6), Math.max(0, at - 3)).some((t) => /^(?:will|would|shall|could|should|might|may|must|plans?|planned|planning)$/.test(t.text))
    && !tokens.slice(Math.max(0, at - 6), at).some((t) => /^(?:and|but|that|which|who|after|when)$/.test(t.lower))) return false;
  // "plans to visit", "vowed to attack": an infinitive is an intention, not an event. A noun after "to"
  // ("a return to fighting") is fine, so only verb readings count.
  const before = tokens[at - 1]?.lower;
  return causedBefore || nominal || before !== 'to';
}

/**
 * The first token after the last punctuation mark within six tokens before `at`: tokens carry no
 * punctuation, so a gap of more than one character between two of them is taken for one ("mid-April, flew").
 */
function clauseStartBefore(tokens: Token[], at: number): number {
  for (let j = at; j > Math.max(0, at - 7); j--) if (tokens[j]!.start - tokens[j - 1]!.end > 1) return j;
  return 0;
}

/**
 * "such attacks", "to end attacks on civilians", "to prevent a massacre": a kind of event, or the object of
 * an aim, not one that happened.
 */
function isGeneric(tokens: Token[], at: number): boolean {
  let j = at - 1;
  while (j >= 0 && /^(?:a|an|the|any|all|further|more|new|these|those|future|possible|similar|deliberate|indiscriminate)$/.test(tokens[j]!.lower)) j--;
  if (tokens[j]?.lower === 'such' || tokens[at - 1]?.lower === 'such') return true;
  return tokens[j - 1]?.lower === 'to' && j < at && !/^(?:due|according|prior|thanks|return|led|lead|leading)$/.test(tokens[j - 2]?.lower ?? '') && /^[a-z]+$/.test(tokens[j]!.lower) && !/(?:ing|ed|s)$/.test(tokens[j]!.lower);
}

const INCHOATIVE = /^(?:began|begun|begins|launched|launches|started|starts|opened|opens|embarked|unleashed|mounted|resumed)$/;

function describedByWhat(tokens: Token[], at: number): boolean {
  for (let j = at - 1; j >= Math.max(1, at - 8); j--) {
    if (tokens[j]!.lower === 'what') return INCHOATIVE.test(tokens[j - 1]!.lower);
  }
  return false;
}

/** "called for an end to hostilities", "urged a halt to the offensive": what is demanded has not happened. */
function isDemanded(tokens: Token[], at: number): boolean {
  for (let j = at - 1; j >= Math.max(1, at - 6); j--) {
    const w = tokens[j]!.lower;
    if ((w === 'for' && /^(?:call|calls|called|calling|appeal|appealed|appeals|pressed|pushed)$/.test(tokens[j - 1]!.lower)) || /^(?:urged|urges|urge|demanded|demands|demand)$/.test(w)) return true;
  }
  return false;
}

/** "talks on the evacuation", "a deal for a ceasefire", "calls for an investigation". */
function isTopic(tokens: Token[], at: number): boolean {
  let j = at - 1;
  while (j >= 0 && /^(?:a|an|the|its|their|his|her|this|that|possible|new|full|immediate|lasting|permanent|independent|credible)$/.test(tokens[j]!.lower)) j--;
  const prep = tokens[j]?.lower;
  if (prep !== 'on' && prep !== 'for' && prep !== 'about' && prep !== 'over') return false;
  return topicHosts.test(tokens[j - 1]?.lower ?? '');
}
