/** How a seed's bytes were read, so the shell can say so when it had to guess. */
export type Decoded =
  | { kind: 'text'; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }
  | { kind: 'text'; text: string; encoding: 'windows-1252'; guessed: true }
  | { kind: 'binary' };

/**
 * Newsroom files come in every encoding: a byte-order mark says which; without one, text that is valid
 * UTF-8 is UTF-8, and anything else is taken as Windows-1252 (a superset of Latin-1, what older Windows
 * tools save), never decoded into U+FFFD mojibake. Bytes with NUL or many control characters are no text
 * at all (an image, a PDF, a Word file), and the caller refuses them.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { kind: 'text', text: utf8(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { kind: 'text', text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { kind: 'text', text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (looksBinary(bytes)) return { kind: 'binary' };
  try {
    return { kind: 'text', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { kind: 'text', text: windows1252(bytes), encoding: 'windows-1252', guessed: true };
  }
}

const utf8 = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);

// 0x80–0x9F, where Windows-1252 differs from Latin-1 (curly quotes, dashes, €). Written out because Node's
// TextDecoder reads the label 'windows-1252' as Latin-1 and turns them into C1 control characters.
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function windows1252(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80] : String.fromCharCode(b);
  return text;
}

/** A NUL anywhere in the first 8 KB, or more than 10 % control characters other than tab, newlines and form feed. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return head.length > 0 && control / head.length > 0.1;
}
