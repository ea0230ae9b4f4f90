import { stripInlineMarkdown } from './markdown-inline.ts';
import { joinParagraphs, toParagraphs } from './paragraphs.ts';
import type { ParsedContent } from './plain-text.ts';
import { toPublicationDate } from './publication-date.ts';
import { isLineTerminator, isRegexSpace } from './text-scan.ts';

/**
 * Markdown → plain text. The first `# Title` becomes the title (else a front-matter `title:`);
 * front matter `date:`/`published:` is the content's publication date. Syntax is removed line by
 * line: headings, emphasis, links (their text kept), images, code fences, quotes, list
 * markers, tables and inline HTML.
 */
export function parseMarkdown(markdown: string): ParsedContent {
  const { frontMatter, content } = splitFrontMatter(markdown.replace(/\r\n?/g, '\n'));
  let title: string | null = null;
  const lines: string[] = [];
  let inFence = false;
  for (const rawLine of content.split('\n')) {
    if (/^\s*(```|~~~)/.test(rawLine)) {
      // Code blocks are not prose; their content would only produce noise sentences.
      inFence = !inFence;
      lines.push('');
      continue;
    }
    if (inFence) continue;
    const heading = atxHeading(rawLine);
    if (heading) {
      const text = stripInlineMarkdown(heading.text);
      if (heading.level === 1 && title === null) title = text || null;
      else lines.push('', text, '');
      continue;
    }
    // "Title\n=====": a setext level-1 heading, the title when it is the first one.
    if (/^\s{0,3}=+\s*$/.test(rawLine) && title === null && lines.length > 0 && lines[lines.length - 1] !== '') {
      title = lines.pop()!;
      continue;
    }
    // Setext heading underline or horizontal rule: a paragraph break.
    if (/^\s{0,3}([-*_=])(\s*\1){2,}\s*$/.test(rawLine)) {
      lines.push('');
      continue;
    }
    if (TABLE_SEPARATOR.test(rawLine)) continue;
    // A list item or a quote starts its own paragraph; lines after it in the block are its wraps.
    if (LIST_ITEM.test(rawLine) || /^\s*>/.test(rawLine)) lines.push('');
    lines.push(stripInlineMarkdown(blockMarkers(rawLine)));
  }
  return {
    title: title ?? frontMatter.get('title') ?? null,
    body: joinParagraphs(toParagraphs(lines.join('\n'), 'blocks')),
    url: frontMatter.get('url') ?? null,
    source: frontMatter.get('source') ?? null,
    publishedAt: toPublicationDate(frontMatter.get('published') ?? frontMatter.get('publishedat') ?? frontMatter.get('date')),
  };
}

function splitFrontMatter(text: string): { frontMatter: Map<string, string>; content: string } {
  const frontMatter = new Map<string, string>();
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) return { frontMatter, content: text };
  for (const line of match[1]!.split('\n')) {
    // `key: value` on one line. (As one regex, /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/, the two adjacent
    // quantifiers backtracked quadratically over a long run of spaces before a U+2028.)
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(line);
    if (!key) continue;
    const value = line.slice(key[0].length).trimStart();
    if (/[\u2028\u2029]/.test(value)) continue; // "." stops at these: the regex did not match
    frontMatter.set(key[1]!.toLowerCase(), value.trim().replace(/^(["'])(.*)\1$/, '$2'));
  }
  return { frontMatter, content: text.slice(match[0].length) };
}

/**
 * A table's header separator ("|---|:---:|"). Written so that no two quantifiers can share the
 * same spaces (the former `\s*\|?\s*` backtracked quadratically over a long run of spaces).
 */
export const TABLE_SEPARATOR = /^\s*(?:\|\s*)?:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*(?:\|\s*)?$/;

/**
 * An ATX heading ("## Talks resume ##"): its level and text exactly as
 * /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/ read them, or null. Scanned, because that regex
 * backtracked cubically on a heading followed by a long run of spaces.
 */
export function atxHeading(line: string): { level: number; text: string } | null {
  let i = 0;
  while (i < 4 && isRegexSpace(line.charCodeAt(i))) i++;
  if (i > 3) return null;
  const hashes = i;
  while (line.charCodeAt(i) === 35 /* # */) i++;
  const level = i - hashes;
  if (level < 1 || level > 6 || !isRegexSpace(line.charCodeAt(i))) return null;
  while (i < line.length && isRegexSpace(line.charCodeAt(i))) i++;
  // The optional closing sequence: spaces, #s, spaces, read from the end.
  let end = line.length;
  while (end > i && isRegexSpace(line.charCodeAt(end - 1))) end--;
  while (end > i && line.charCodeAt(end - 1) === 35) end--;
  while (end > i && isRegexSpace(line.charCodeAt(end - 1))) end--;
  for (let k = i; k < end; k++) if (isLineTerminator(line.charCodeAt(k))) return null;
  return { level, text: line.slice(i, end) };
}

const LIST_ITEM = /^\s*([-*+]|\d{1,3}[.)])\s+/;

/** Quote markers, list bullets and numbers, table pipes. */
function blockMarkers(line: string): string {
  return line
    .replace(/^\s*(>\s?)+/, '')
    .replace(/^\s*([-*+]|\d{1,3}[.)])\s+(\[[ xX]\]\s+)?/, '')
    .replace(/^\s*\|(.*)\|\s*$/, (_m, cells: string) =>
      cells
        .split('|')
        .map((c) => c.trim())
        .join(' '),
    );
}
