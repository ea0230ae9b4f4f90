import { describe, expect, it } from 'vitest';
import { parseJsonArticle } from '../../../shared/article/json-article.ts';
import { growthRatio, SUBQUADRATIC_RATIO } from '../../support/growth.ts';
import { expectAsyncRejection } from './helpers.ts';

describe('parseJsonArticle', () => {
  it('reads title, body, url, publishedAt and source', async () => {
    const parsed = await parseJsonArticle(
      JSON.stringify({
        title: ' Aid arrives ',
        body: 'Japan sent aid.\n\nMarcos thanked Japan.',
        url: 'https://x.org/a',
        publishedAt: '2026-09-16T09:30:00+08:00',
        source: 'Meridian',
      }),
    );
    expect(parsed).toEqual({
      title: 'Aid arrives',
      body: 'Japan sent aid.\n\nMarcos thanked Japan.',
      url: 'https://x.org/a',
      publishedAt: '2026-09-16',
      source: 'Meridian',
    });
  });

  it('needs only a body; other fields may be missing or null', async () => {
    expect(await parseJsonArticle('{"body":"Envoys met.","title":null}')).toEqual({
      title: null,
      body: 'Envoys met.',
      url: null,
      source: null,
      publishedAt: null,
    });
  });

  it('ignores an unreadable publishedAt instead of rejecting the article', async () => {
    expect((await parseJsonArticle('{"body":"Envoys met.","publishedAt":"soon"}')).publishedAt).toBeNull();
  });

  it('strips HTML put into the body by a feed', async () => {
    expect((await parseJsonArticle('{"body":"<p>Envoys <b>met</b>.</p><p>Talks went on.</p>"}')).body).toBe('Envoys met.\n\nTalks went on.');
  });

  it('rejects malformed JSON', async () => {
    const rejection = await expectAsyncRejection(() => parseJsonArticle('{"title": "x", "body": '), 'malformed-json');
    expect(rejection.reason).toMatch(/not valid JSON/);
  });

  it('rejects JSON without a body, naming the field', async () => {
    const rejection = await expectAsyncRejection(() => parseJsonArticle('{"title": "x"}'), 'malformed-json');
    expect(rejection.reason).toMatch(/body/);
  });

  it.each(['{"body": "   "}', '{"body": 42}', '[1,2]', '"just a string"', 'null'])('rejects %s', async (text) => {
    await expectAsyncRejection(() => parseJsonArticle(text), 'malformed-json');
  });
});

describe('parseJsonArticle: HTML detection', () => {
  it.each([
    ['<p>Envoys met.</p>', 'Envoys met.'],
    ['Envoys met <em>again</em>.', 'Envoys met again.'],
    ['A <p without a closing bracket stays text', 'A <p without a closing bracket stays text'],
    ['3 <a and 5 > 2', '3 2'], // read as a tag, as before
    ['<abbr>NATO</abbr> is not one of the tags looked for', '<abbr>NATO</abbr> is not one of the tags looked for'],
  ])('reads %j as %j', async (body, expected) => {
    expect((await parseJsonArticle(JSON.stringify({ body }))).body).toBe(expected);
  });

  it('takes linear time on many unclosed tags', () => {
    // 160 KB of "<p " took 5–10 s: the regex searched for ">" again from every "<p".
    // A body that is not HTML is read before parseJsonArticle first awaits anything (only an HTML body
    // waits for the DOM), so timing the call times all of its work.
    const ratio = growthRatio((n) => JSON.stringify({ body: `Envoys met. ${'<p '.repeat(n)}` }), parseJsonArticle, 40_000);
    expect(ratio).toBeLessThan(SUBQUADRATIC_RATIO);
  });
});
