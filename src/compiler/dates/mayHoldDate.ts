// Every parser in newsChrono needs one of these to match: a digit, a month or weekday name, or a time word.
// Most sentences of news have none, and one regex test is far cheaper than a chrono pass (~10 µs a sentence).
// Keep it a superset of what the parsers read: a word missing here silently hides dates.
const CUE = new RegExp(
  '\\d|\\b(?:' +
    'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|' +
    '(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?|' +
    'today|tonight|tomorrow|yesterday|day|days|week|weeks|weekend|month|months|year|years|decade|decades|hours|minutes|' +
    'recent|recently|lately|soon|shortly|late|time|while|future|past|' +
    'early|mid|middle|beginning|start|end|spring|summer|autumn|fall|winter|' +
    'morning|afternoon|evening|night|overnight' +
    ')\\b',
  'i',
);

/** A cheap test that lets the reader skip sentences no parser could date. */
export function mayHoldDate(sentence: string): boolean {
  return CUE.test(sentence);
}
