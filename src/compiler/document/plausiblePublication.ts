/**
 * The years a publication date may have. Every relative date of a document counts from it, so a typo
 * (`published: 0099-03-01`, `2099-01-01`) would move all its events by centuries. The compiler has no
 * clock (the same input gives the same output on any day), so the upper bound is a fixed year: move it
 * on when the news reaches it.
 */
export const EARLIEST_PUBLICATION = 1900;
export const LATEST_PUBLICATION = 2050;

/** Why `published` (`YYYY-MM-DD`) cannot be a publication date, or undefined when it can. */
export function implausiblePublication(published: string): string | undefined {
  const year = Number(published.slice(0, 4));
  if (year >= EARLIEST_PUBLICATION && year <= LATEST_PUBLICATION) return undefined;
  return `implausible publication date ${published} (expected a year from ${EARLIEST_PUBLICATION} to ${LATEST_PUBLICATION}): not used, so relative dates are not anchored on it`;
}
