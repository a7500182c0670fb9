/**
 * Whether each sentence of a paragraph is someone's words in quotation marks. A quotation may open in one
 * sentence and close several sentences later; straight quotes open and close alike, so their parity counts.
 */
export interface QuoteTracker {
  /** True when the sentence is quoted speech: it opens with a quotation mark or continues an open one. */
  read(sentence: string): boolean;
}

export function createQuoteTracker(): QuoteTracker {
  let open = false;
  return {
    read(sentence) {
      // "…, we're combing the area," said a fighter: the closing mark and the speaker show it was quoted.
      const closesSpeech = /[,.?!]["”]\s+(?:\p{Ll}+\s+){0,2}(?:said|says|told|added|asked|explained|recalled|insisted)\b/u.test(sentence);
      const opensEarlier = /["“]/.test(sentence.split(/[,.?!]["”]\s/u)[0] ?? '');
      const quoted = open || /^["“]/.test(sentence) || (closesSpeech && !opensEarlier);
      for (const ch of sentence) {
        if (ch === '“') open = true;
        else if (ch === '”') open = false;
        else if (ch === '"') open = !open;
      }
      return quoted;
    },
  };
}
