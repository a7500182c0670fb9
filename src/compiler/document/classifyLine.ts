import { monthPattern } from './monthNames.ts';
import { NEWS_AGENCY } from './newsAgencies.ts';
import { parseDateline } from './parseDateline.ts';

/**
 * What a line of an article is. Only `body` lines feed event extraction: a photo caption or a byline
 * carries dates and places of its own that must not leak into the story. A `standfirst` is the summary
 * above the story that the story then tells in full (see markStandfirst): context, not more events.
 */
export type LineKind = 'headline' | 'dateline' | 'meta' | 'caption' | 'heading' | 'standfirst' | 'body';

const meta = [
  /^\d+\s*(?:min(?:ute)?s?)\s+read$/i, // "2 min read"
  /^(?:read more|read also|related|see also|watch|listen|advertisement|share this|follow us|subscribe)\b/i,
  /^(?:©|copyright\b)/i,
  /^(?:image|photo|picture|video)\s*(?:credit)?\s*:/i,
];

// A byline is short and names people: "By Jane Doe.", "Reporting by A and B", "By Atlas staff in Benghazi".
// "By December 2016, the army…" or "By Tuesday the town had fallen" open a sentence instead.
const BYLINE = /^(?:by|reporting by|editing by|written by|additional reporting by)\s+\p{Lu}/iu;
const NOT_A_NAME = new RegExp(`^by\\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|${monthPattern}|early|late|mid|the|then|now|this|that|last|next)\\b|^by\\s+\\d`, 'i');

// A line that is only the name of a news agency (NEWS_AGENCY), or "Outlet - Country": the page's credit,
// not the story.
const OUTLET_AND_COUNTRY = /^\p{Lu}[\p{L}.&'-]*(?:\s+\p{Lu}[\p{L}.&'-]*)?\s+[-–—|]\s+\p{Lu}[\p{L}'-]+$/u;

/** A caption ends with a picture credit in brackets: "… in Rome [Facebook]", "… (AFP/Getty Images)". */
const creditAtEnd = /[[(][^\])]{1,60}[\])]\s*$/;
/** Credits that only pictures carry, wherever the caption puts them: "Image: dpa", "(Photo: …).", "© Name". */
// No word boundary before "Image:": page scrapes glue the credit to the caption ("…BenghaziImage: dpa").
const pictureCredit = /(?:(?:image|photo|picture|photograph)s?\s*:\s*[^.:]{2,60}\.?|©\s*[^.]{2,60}\.?|\((?:photo|image|picture|file photo|credit)\b[^)]{0,60}\)\.?)\s*$/iu;
// Agency photo captions: "FILE PHOTO: A fighter … April 20, 2019. REUTERS/Jane Doe/File Photo".
const agencyPhoto = /^file photo\s*:|\b(?:REUTERS|AFP|EPA|ANADOLU|XINHUA)\s*\/\s*\p{Lu}[\p{L} .'-]*(?:\/[\p{L} ]+)?\.?\s*$/u;
/** The credit after a caption's full stop is a name: "(Reuters)", "[AFP/Getty Images]". */
const nameCredit = /[[(]\p{Lu}[\p{L} /&.'-]{1,40}[\])]\s*$/u;
// Wikipedia ends sentences with citation marks: "…to the border.[4]".
const endsLikeSentence = /[.!?…]["”’')\]]*(?:\[\d{1,3}\])*$/;

// Wire credits at the foot of a story name several people and desks: any length.
const CREDITS = /^(?:reporting|editing|writing|written|additional reporting|compiled|translated)\s+by\b|\bcontributed (?:to )?(?:this )?(?:report|reporting)\b/i;

function isByline(text: string): boolean {
  if (CREDITS.test(text)) return true;
  return BYLINE.test(text) && !NOT_A_NAME.test(text) && text.split(/\s+/).length <= 10;
}

export function classifyLine(line: string, headline: string, inHeader: boolean): LineKind {
  const text = line.trim();
  if (text === headline) return 'headline';
  if (meta.some((re) => re.test(text)) || isByline(text)) return 'meta';
  if (NEWS_AGENCY.test(text) || (inHeader && OUTLET_AND_COUNTRY.test(text))) return 'meta';
  if (/^#{1,6}\s/.test(text)) return 'heading';
  if (parseDateline(text)) return 'dateline';
  if (pictureCredit.test(text) || agencyPhoto.test(text)) return 'caption';
  if (creditAtEnd.test(text) && !endsLikeSentence.test(text.replace(creditAtEnd, '').trim())) return 'caption';
  // Above the story a credit may follow the caption's full stop: "… Yemen, March 8, 2020. (Reuters)".
  if (inHeader && nameCredit.test(text) && endsLikeSentence.test(text.replace(nameCredit, '').trim())) return 'caption';
  if (!endsLikeSentence.test(text)) {
    // Short unpunctuated lines are subheads or, near the top, captions without a credit; long ones are
    // paragraphs whose author forgot the final full stop.
    const words = text.split(/\s+/).length;
    if (words <= (inHeader ? 25 : 12)) return inHeader ? 'caption' : 'heading';
  }
  return 'body';
}
