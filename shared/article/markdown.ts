import { decodeHtmlEntities } from './html-entities.ts';
import { joinParagraphs, toParagraphs } from './paragraphs.ts';
import type { ParsedContent } from './plain-text.ts';
import { toPublicationDate } from './publication-date.ts';

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
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(rawLine);
    if (heading) {
      const text = inline(heading[2]!);
      if (heading[1] === '#' && title === null) title = text || null;
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
    if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(rawLine)) continue; // table separator
    // A list item or a quote starts its own paragraph; lines after it in the block are its wraps.
    if (LIST_ITEM.test(rawLine) || /^\s*>/.test(rawLine)) lines.push('');
    lines.push(inline(blockMarkers(rawLine)));
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
    const field = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (field) frontMatter.set(field[1]!.toLowerCase(), field[2]!.trim().replace(/^(["'])(.*)\1$/, '$2'));
  }
  return { frontMatter, content: text.slice(match[0].length) };
}

const LIST_ITEM = /^\s*([-*+]|\d{1,3}[.)])\s+/;

/** Quote markers, list bullets and numbers, table pipes. */
function blockMarkers(line: string): string {
  return line
    .replace(/^\s*(>\s?)+/, '')
    .replace(/^\s*([-*+]|\d{1,3}[.)])\s+(\[[ xX]\]\s+)?/, '')
    .replace(/^\s*\|(.*)\|\s*$/, (_m, cells: string) => cells.split('|').map((c) => c.trim()).join(' '));
}

function inline(text: string): string {
  const plain = text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '') // images
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1') // inline links
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1') // reference links
    .replace(/^\s*\[[^\]]+\]:\s+\S+.*$/, '') // link definitions
    .replace(/<https?:[^>]+>/g, (m) => m.slice(1, -1)) // autolinks
    .replace(/<\/?[a-zA-Z][^>]*>/g, '') // inline HTML
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])([*_])(?=\S)([^*_]*?\S)\2(?!\w)/g, '$1$3')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1');
  return decodeHtmlEntities(plain);
}
