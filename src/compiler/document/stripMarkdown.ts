/**
 * Turns one line of Markdown into the plain text a reader sees. Working line by line keeps line numbers
 * identical to the file's, so diagnostics and source offsets point at the right place. No pattern may run
 * past the next opening mark (`[`, `(`, `<`): a long line of unclosed ones then costs linear time, not
 * quadratic (issue 16.2).
 */
export function stripMarkdownLine(line: string): string {
  return line
    .replace(/^\s{0,3}>\s?/, '') // block quote
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '') // list item
    .replace(/^\s{0,3}(?:[-*_]\s*){3,}$/, '') // thematic break
    .replace(/!\[([^[\]]*)\]\([^()]*\)/g, '') // images carry no story text
    .replace(/\[([^[\]]+)\]\([^()]*\)/g, '$1') // links keep their text
    .replace(/<[^<>]+>/g, '') // inline HTML tags: the words stay, markup goes
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}
