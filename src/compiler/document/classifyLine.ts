import { parseDateline } from './parseDateline.ts';

/**
 * What a line of an article is. Only `body` lines feed event extraction: a photo caption or a byline
 * carries dates and places of its own that must not leak into the story.
 */
export type LineKind = 'headline' | 'dateline' | 'meta' | 'caption' | 'heading' | 'body';

const meta = [
  /^\d+\s*(?:min(?:ute)?s?)\s+read$/i, // "2 min read"
  /^(?:by|reporting by|editing by|written by|additional reporting by)\s+\p{Lu}/iu, // bylines
  /^(?:read more|read also|related|see also|watch|listen|advertisement|share this|follow us|subscribe)\b/i,
  /^(?:©|copyright\b)/i,
  /^(?:image|photo|picture|video)\s*(?:credit)?\s*:/i,
];

/** A caption ends with a picture credit in brackets: "… in Rome [Facebook]", "… (AFP/Getty Images)". */
const creditAtEnd = /[[(][^\])]{1,60}[\])]\s*$/;
const endsLikeSentence = /[.!?…]["”’')\]]*$/;

export function classifyLine(line: string, headline: string, inHeader: boolean): LineKind {
  const text = line.trim();
  if (text === headline) return 'headline';
  if (meta.some((re) => re.test(text))) return 'meta';
  if (/^#{1,6}\s/.test(text)) return 'heading';
  if (parseDateline(text)) return 'dateline';
  if (creditAtEnd.test(text) && !endsLikeSentence.test(text.replace(creditAtEnd, '').trim())) return 'caption';
  if (!endsLikeSentence.test(text)) {
    // Short unpunctuated lines are subheads or, near the top, captions without a credit; long ones are
    // paragraphs whose author forgot the final full stop.
    const words = text.split(/\s+/).length;
    if (words <= (inHeader ? 25 : 12)) return inHeader ? 'caption' : 'heading';
  }
  return 'body';
}
