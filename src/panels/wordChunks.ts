/**
 * Cuts the unbroken runs of a text (no space or line break in them) that are longer than `max` code points
 * into pieces of at most `max`, for `BreakableText` to join with `<wbr>`. Why: a browser lays out one
 * unbroken run as one shaped unit, and wrapping it reshapes the run for every line, so a 200,000-character
 * word in a joined script (Arabic) blocked the page for 23–35 s whatever `overflow-wrap` said (issue 16.5);
 * with a break opportunity every 32 code points it takes ~150 ms. Ordinary words are left whole, and the
 * pieces join back to the text exactly (a `<wbr>` adds no character to copy, search or a screen reader).
 * Cuts fall between code points, never inside a surrogate pair.
 */
const LONG_RUN = (max: number) => new RegExp(`\\S{${max + 1},}`, 'gu');

export function wordChunks(text: string, max = 32): string[] {
  const pieces: string[] = [];
  let current = '';
  let last = 0;
  for (const match of text.matchAll(LONG_RUN(max))) {
    current += text.slice(last, match.index);
    let count = 0;
    for (const codePoint of match[0]) {
      if (count === max) {
        pieces.push(current);
        current = '';
        count = 0;
      }
      current += codePoint;
      count += 1;
    }
    last = match.index + match[0].length;
  }
  pieces.push(current + text.slice(last));
  return pieces;
}
