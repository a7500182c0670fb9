/**
 * Sentences that describe, generalise or judge rather than report: "attacks on civilians can constitute
 * war crimes", "the city has long remained beyond his control", "the victory was widely seen as a turning
 * point", "the group routinely targets convoys", "for generations". An event they name without a date of
 * its own is not news of the story.
 */
const COMMENTARY = [
  /\b(?:routinely|regularly|frequently|usually|typically|generally|traditionally|historically|habitually|often|always|rarely|seldom)\b/i,
  /\b(?:is|was|are|were|been|being)\s+(?:widely\s+|largely\s+|often\s+|generally\s+)?(?:seen|considered|regarded|viewed|described|perceived|marked|characteri[sz]ed)\s+(?:as|by)\b/i,
  /\b(?:is|was|are|were)\s+(?:also\s+|now\s+|still\s+)?(?:a|an|the|one of the)\s+(?:[\w-]+\s+){0,3}(?:reminder|consequence|result|sign|symbol|example|turning point|test|blow|setback|milestone|catastrophe|tragedy|lifeline|factor|cause|threat|victory|defeat|success|failure|achievement)s?\b/i,
  /\bfor (?:generations|decades|centuries)\b/i,
  /\b(?:has|have) (?:long )?(?:remained|been home|seen)\b/i,
  /\b(?:remains?|remained) (?:a|an|the|under|in|beyond|outside)\b/i,
  // Not a modal that reports what someone said ("began what it said would be the final offensive").
  /(?<!\bsaid )\b(?:can|could|may|might|would|will) (?:constitute|amount to|be|become|lead|cause)\b/i,
  /\b(?:serves?|served|acts?|acted) as\b/i,
  /\b(?:is|are|was|were) (?:the|a|an) (?:only |best |main |sole |real |\w+ )?(?:hope|way|solution|key|answer|path|means|option)\b/i,
  /^(?:If|Unless|Should)\b/,
];

// "Drones strike power plants nearly every night", "shelling that kills civilians day after day": what
// happens again and again is a pattern, not one event, wherever the words stand in the sentence.
const HABITUAL = /\b(?:(?:nearly|almost|virtually)\s+)?(?:every|each)\s+(?:single\s+)?(?:day|night|week|month|morning|evening)\b|\b(?:day after day|night after night|week after week|almost daily|nearly daily|on a daily basis)\b/i;

/**
 * Where the sentence turns to commentary, or -1. An event named before that point is what is judged ("The
 * shelling of X is a tragic reminder…": the shelling happened); one named after it is generic.
 */
export function commentaryStart(sentence: string): number {
  let at = -1;
  for (const re of COMMENTARY) {
    const m = re.exec(sentence);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  // A conditional or a habit colours the whole sentence.
  if (HABITUAL.test(sentence)) return 0;
  return at >= 0 && /^(?:If|Unless|Should)\b/.test(sentence) ? 0 : at;
}
