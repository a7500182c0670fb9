import type { Parser } from 'chrono-node';
import { gatedParser } from './gatedParser.ts';
import { atlasResult } from './atlasMeta.ts';

const SPAN = '(?:days|weeks|months|years|decades)';

// Claimed before chrono's own parsers so that e.g. "a few days ago" does not become exactly three days back.
const PATTERN = new RegExp(
  '(?<![\\w-])(?:' +
    // "shortly before 5 a.m.", "shortly after the blast": close to a time the story gives, not vague.
    'recently|lately|(?<!as\\s)soon|shortly(?!\\s+(?:before|after|afterwards?|thereafter))|of late|' +
    `in\\s+recent\\s+(?:${SPAN}|times)|` +
    `(?:in|over|during)\\s+the\\s+(?:past|last|previous)\\s+(?:few|several|couple of)\\s+${SPAN}|` +
    `(?:for|over)\\s+(?:(?:many|several|some|a few|the past few|the last few)\\s+)?${SPAN}|` +
    'for\\s+some\\s+time|for\\s+a\\s+(?:long\\s+)?while|' +
    `${SPAN}[\\s-]long|` +
    `(?:a\\s+few|several|some|many|a\\s+couple\\s+of)\\s+(?:days|weeks|months|years)\\s+(?:ago|later|earlier|before|after|on)|` +
    `in\\s+the\\s+coming\\s+${SPAN}|in\\s+the\\s+(?:near|distant)\\s+future|in\\s+the\\s+past(?=\\s*[,.;])` +
    ')(?![\\w-])',
  'i',
);

/** Words that speak of time but place nothing: they must never turn into an invented precise date. */
export const vagueParser: Parser = gatedParser({
  pattern: () => PATTERN,
  extract: (context, match) => atlasResult(context, match.index ?? 0, match[0], { kind: 'vague' }),
}, /recent|late|soon|short|days|weeks|months|years|decades|time|while|future|past/i);
