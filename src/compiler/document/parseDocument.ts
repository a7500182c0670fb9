import type { Diagnostic } from '../schema.ts';
import { classifyLine, type LineKind } from './classifyLine.ts';
import type { Paragraph } from './Paragraph.ts';
import { extractDateline, type Dateline } from './extractDateline.ts';
import { markStandfirst } from './markStandfirst.ts';
import { parseDateline } from './parseDateline.ts';
import { parseFrontMatter } from './parseFrontMatter.ts';
import { stripMarkdownLine } from './stripMarkdown.ts';

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

export function parseDocument(file: string, raw: string): ParsedDocument {
  const source = raw.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  const markdown = /\.(md|markdown)$/i.test(file);
  const diagnostics: Diagnostic[] = [];
  const fm = markdown ? parseFrontMatter(source) : { fields: {}, lines: 0, problems: [] };
  for (const p of fm.problems) diagnostics.push({ severity: 'warning', file, ...p });

  const lines = source.split('\n').map((l, i) => (i < fm.lines ? '' : markdown ? stripMarkdownLine(l) : l));
  const text = lines.join('\n');
  const firstLine = lines.findIndex((l) => l.trim() !== '');
  const headingTitle = markdown ? source.split('\n').find((l, i) => i >= fm.lines && /^#\s/.test(l)) : undefined;
  const title = (fm.fields.title ?? headingTitle?.replace(/^#\s+/, '') ?? lines[firstLine] ?? '').trim();

  let published: string | null = null;
  if (fm.fields.published) {
    published = parseDateline(fm.fields.published)?.date ?? null;
    if (!published) diagnostics.push({ severity: 'warning', file, line: 2, message: `front matter: cannot read published date "${fm.fields.published}"` });
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
    if (kind === 'dateline' && !published && seen <= HEADER_LINES) published = parseDateline(line.trim())?.date ?? null;
    const prev = paragraphs[paragraphs.length - 1];
    // Hard-wrapped text (Markdown, wire copy) continues a sentence on the next line: a line that does
    // not end a sentence joins the next one, and the joined paragraph is classified again.
    if (prev && prev.end === start - 1 && continues(prev, text) && kind !== 'meta' && kind !== 'dateline' && kind !== 'headline') {
      prev.end = start + line.length;
      prev.kind = classifyLine(text.slice(prev.start, prev.end).replace(/\n/g, ' '), title, false);
    } else paragraphs.push({ kind, start, end: start + line.length, line: i + 1 });
  });

  const found = extractDateline(paragraphs, text, published);
  if (found?.dateline.date && !published) published = found.dateline.date;
  markStandfirst(paragraphs, text, found?.index ?? null);
  for (const p of paragraphs) if (p.kind === 'body') skipListMarker(p, text);
  if (!title) diagnostics.push({ severity: 'warning', file, line: 1, message: 'document has no title' });
  if (!published) {
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

/** Whether a paragraph's last line runs on: it is prose that has not ended its sentence. */
function continues(p: Paragraph, text: string): boolean {
  if (p.kind !== 'body' && p.kind !== 'heading' && p.kind !== 'caption') return false;
  const last = text.slice(p.start, p.end);
  return !/^#{1,6}\s/.test(last) && !/[.!?…:"”’')\]]\s*$/.test(last);
}

/** The file's base name, lower-cased and slugged: readable in URLs and stable across directories. */
export function documentId(file: string): string {
  const base = file.split('/').pop()!.replace(/\.[^.]+$/, '');
  return base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'document';
}
