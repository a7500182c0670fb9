import type { Parser } from 'chrono-node';

// Fails at the first position: chrono calls exec() on it once and moves on.
const NEVER = /^(?!)/;

/**
 * Runs `parser` only on sentences that contain `cue`. Chrono scans every sentence with every parser's
 * regex, most of them long alternations that cannot be skipped through quickly; a short literal cue test
 * first halves the reader's time on typical news. The cue must be implied by every match of the parser.
 */
export function gatedParser(parser: Parser, cue: RegExp): Parser {
  return {
    pattern: (context) => (cue.test(context.text) ? parser.pattern(context) : NEVER),
    extract: (context, match) => parser.extract(context, match),
  };
}
