import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleRejectedError, parseArticle } from '../../../shared/article/index.ts';

const FORMATS = ['txt', 'md', 'html', 'json'] as const;

/** Text that looks a bit like each format, so the parsers' branches are exercised, not just rejected. */
const markupish = fc
  .array(
    fc.oneof(
      fc.string(),
      fc.constantFrom(
        '<p>',
        '</p>',
        '<script>',
        '</script>',
        '<a href="',
        '">',
        '&amp;',
        '&#x41;',
        '# ',
        '**',
        '[x](y)',
        '\n\n',
        '---\n',
        '{"body":"',
        '"}',
        '<!--',
        '-->',
        'Leave a Reply\n',
      ),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('parseArticle never crashes', () => {
  it('returns an article or throws ArticleRejectedError, for arbitrary bytes in every format', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FORMATS), fc.uint8Array({ maxLength: 400 }), async (format, body) => {
        try {
          const article = await parseArticle({ bucket: 'b', key: `articles/x.${format}`, body });
          expect(article.body.trim().length).toBeGreaterThan(0);
        } catch (error) {
          expect(error).toBeInstanceOf(ArticleRejectedError);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('yields trimmed paragraphs separated by one blank line, for markup-like text in every format', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FORMATS), markupish, async (format, text) => {
        try {
          const { body } = await parseArticle({ bucket: 'b', key: `articles/x.${format}`, body: new TextEncoder().encode(text) });
          for (const paragraph of body.split('\n\n')) {
            expect(paragraph.length).toBeGreaterThan(0);
            expect(paragraph).toBe(paragraph.trim());
            expect(paragraph).not.toContain('\n');
          }
        } catch (error) {
          expect(error).toBeInstanceOf(ArticleRejectedError);
        }
      }),
      { numRuns: 600 },
    );
  });
});
