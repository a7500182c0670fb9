import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { SentenceToken } from './tokenizeSentence.ts';

// Loading the model takes ~200 ms, so once per process. We hand wink one sentence at a time, so its own
// sentence splitter is not needed: the 'pos' pipe alone is about twice as fast as the default pipeline.
const nlp = winkNLP(model, ['pos']);
const its = nlp.its;

/** Universal POS tag of one of our tokens (PROPN, VERB, …), or 'X' when wink split the text differently. */
export type PosOf = (token: SentenceToken) => string;

function tag(sentence: string): Map<number, string> {
  const doc = nlp.readDoc(sentence);
  const texts = doc.tokens().out();
  const tags = doc.tokens().out(its.pos);
  const byStart = new Map<number, string>();
  let cursor = 0;
  texts.forEach((text, i) => {
    const at = sentence.indexOf(text, cursor);
    if (at < 0) return;
    byStart.set(at, tags[i] ?? 'X');
    cursor = at + text.length;
  });
  return byStart;
}

/**
 * Tags a sentence only when first asked: most sentences are settled by the alias trie alone, and wink
 * costs ≈0.05 ms per sentence, a real share of the compiler's 3 ms per article.
 */
export function lazyPartsOfSpeech(sentence: string): PosOf {
  let byStart: Map<number, string> | undefined;
  return (token) => {
    byStart ??= tag(sentence);
    return byStart.get(token.start) ?? 'X';
  };
}
