/**
 * Orders strings by UTF-16 code units, the same on every machine. `localeCompare` follows the build
 * machine's locale (issue 16): the order of files decides which of two like events gets the `-2` suffix,
 * so it must not move with `LANG`.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
