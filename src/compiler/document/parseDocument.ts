import type { Diagnostic } from '../schema.ts';
import { classifyLine, type LineKind } from './classifyLine.ts';
import { documentId } from './documentId.ts';
import type { Paragraph } from './Paragraph.ts';
import { extractDateline, type Dateline } from './extractDateline.ts';
import { markStandfirst } from './markStandfirst.ts';
import { parseDateline } from './parseDateline.ts';
import { parseFrontMatter } from './parseFrontMatter.ts';
import { implausiblePublication } from './plausiblePublication.ts';
import { stripMarkdownLine } from './stripMarkdown.ts';

export { documentId };

export interface ParsedDocument {
  id: string;
  file: string;
  title: string;
  published: string | null;
  /**
   * The story's wire or press-release dateline (`TRIPOLI (Reuters) -`, `London, 21 June 2020:`): where and
   * when it was filed. Its text is a `dateline` paragraph of its own, never part of a sentence.
   */
  dateline?: Dateline;
  source?: string;
  language?: string;
  /** A place named in front matter, used as geographic context. */
  place?: string;
  /** Plain text with the file's line structure; offsets and line numbers refer to it. */
  text: string;
  paragraphs: Paragraph[];
  diagnostics: Diagnostic[];
}

/** The header zone: datelines, captions and bylines sit within the first lines after the headline. */
const HEADER_LINES = 12;

/** Captions, bylines and headings are short; a joined paragraph longer than this is body text. */
const RECLASSIFY_LIMIT = 2000;

export function parseDocument(file: string, raw: string): ParsedDocument {
  const source = raw.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  const markdown = /\.(md|markdown)$/i.test(file);
  const diagnostics: Diagnostic[] = [];
  const fm = markdown ? parseFrontMatter(source) : { fields: {}, lines: 0, fieldLines: {}, problems: [] };
  for (const p of fm.problems) diagnostics.push({ severity: 'warning', file, ...p });

  const lines = source.split('\n').map((l, i) => (i < fm.lines ? '' : markdown ? stripMarkdownLine(l) : l));
  const text = lines.join('\n');
  let firstLine = lines.findIndex((l) => l.trim() !== '');
  const headingTitle = markdown ? source.split('\n').find((l, i) => i >= fm.lines && /^#\s/.test(l)) : undefined;
  // A Markdown document's title is its front matter's, else its `# ` heading. Without either, its first
  // line is the title only when it reads like a headline: a sentence there is the story's first, and
  // taking it as the title would drop its events without a word (issue 16.8).
  const untitled = markdown && !fm.fields.title && !headingTitle && firstLine >= 0;
  if (untitled) {
    const sentence = endsLikeSentence(lines[firstLine]!);
    diagnostics.push({
      severity: 'warning',
      file,
      line: firstLine + 1,
      message: sentence
        ? 'no title (front matter "title" or a "# " heading): this first line is a sentence, so it is read as text and the document is titled by its file name'
        : 'no title (front matter "title" or a "# " heading): this first line is taken as the title',
    });
    if (sentence) firstLine = -1;
  }
  const title = (fm.fields.title ?? headingTitle?.replace(/^#\s+/, '') ?? lines[firstLine] ?? '').trim();

  let published: string | null = null;
  let publishedLine = fm.fieldLines.published ?? 1;
  if (fm.fields.published) {
    published = parseDateline(fm.fields.published)?.date ?? null;
    if (!published) diagnostics.push({ severity: 'warning', file, line: publishedLine, message: `front matter: cannot read published date "${fm.fields.published}"` });
  }

  const paragraphs: Paragraph[] = [];
  let offset = 0;
  let seen = 0;
  lines.forEach((line, i) => {
    const start = offset;
    offset += line.length + 1;
    if (line.trim() === '') return;
    seen++;
    const isTitleLine = !fm.fields.title && i === firstLine;
    const kind: LineKind = isTitleLine ? 'headline' : classifyLine(line, title, seen <= HEADER_LINES);
    if (kind === 'dateline' && !published && seen <= HEADER_LINES) {
      published = parseDateline(line.trim())?.date ?? null;
      publishedLine = i + 1;
    }
    const prev = paragraphs[paragraphs.length - 1];
    // Hard-wrapped text (Markdown, wire copy) continues a sentence on the next line: a line that does
    // not end a sentence joins the next one, and the joined paragraph is classified again.
    if (prev && prev.end === start - 1 && continues(prev, text) && kind !== 'meta' && kind !== 'dateline' && kind !== 'headline') {
      prev.end = start + line.length;
      // Classified again only while short: a hard-wrapped paragraph of thousands of lines would otherwise
      // be read whole at every line it grows by (quadratic, issue 16.2). Past that length it is prose.
      if (prev.end - prev.start <= RECLASSIFY_LIMIT) prev.kind = classifyLine(text.slice(prev.start, prev.end).replace(/\n/g, ' '), title, false);
    } else paragraphs.push({ kind, start, end: start + line.length, line: i + 1 });
  });

  const found = extractDateline(paragraphs, text, published);
  if (found?.dateline.date && !published) {
    published = found.dateline.date;
    publishedLine = paragraphs[found.index]?.line ?? 1;
  }
  const implausible = published ? implausiblePublication(published) : undefined;
  if (implausible) {
    diagnostics.push({ severity: 'warning', file, line: publishedLine, message: implausible });
    published = null;
  }
  markStandfirst(paragraphs, text, found?.index ?? null);
  for (const p of paragraphs) if (p.kind === 'body') skipListMarker(p, text);
  if (!title && !untitled) diagnostics.push({ severity: 'warning', file, line: 1, message: 'document has no title' });
  if (!published && !implausible) {
    diagnostics.push({
      severity: 'warning',
      file,
      line: 1,
      message: markdown
        ? 'no publication date (front matter "published"): relative dates cannot be anchored'
        : 'no dateline found: relative dates cannot be anchored',
    });
  }
  const documentSource = fm.fields.source;
  return {
    id: documentId(file),
    file,
    title: title || file,
    published,
    ...(found ? { dateline: found.dateline } : {}),
    ...(documentSource ? { source: documentSource } : {}),
    ...(fm.fields.language ? { language: fm.fields.language } : {}),
    ...(fm.fields.place ? { place: fm.fields.place } : {}),
    text,
    paragraphs,
    diagnostics,
  };
}

/**
 * "* March 2011 - The first protests…": a timeline's bullet is layout, not words of the sentence it opens.
 * Markdown lists are stripped with the markup already.
 */
function skipListMarker(p: Paragraph, text: string): void {
  const m = /^[*•·▪◦]\s+/.exec(text.slice(p.start, p.end));
  if (m && p.start + m[0].length < p.end) p.start += m[0].length;
}

/** A line that ends as a sentence ends, Wikipedia's citation marks included: not a headline. */
function endsLikeSentence(line: string): boolean {
  return /[.!?…]["”’')\]]*(?:\[\d{1,3}\])*\s*$/.test(line.slice(-256));
}

/**
 * Whether a paragraph's last line runs on: it is prose that has not ended its sentence. Only its first
 * characters and its last stretch are looked at, so the test costs the same for a paragraph of any length.
 */
function continues(p: Paragraph, text: string): boolean {
  if (p.kind !== 'body' && p.kind !== 'heading' && p.kind !== 'caption') return false;
  const head = text.slice(p.start, Math.min(p.end, p.start + 8));
  const tail = text.slice(Math.max(p.start, p.end - 256), p.end);
  return !/^#{1,6}\s/.test(head) && !/[.!?…:"”’')\]]\s*$/.test(tail);
}
