import { describe, expect, it } from 'vitest';
import { tokenizeHtml, type HtmlToken } from '../../../shared/article/html-tokenizer.ts';
import { parseHtml } from '../../../shared/article/html.ts';

const tokens = (html: string): HtmlToken[] => [...tokenizeHtml(html)];

describe('tokenizeHtml', () => {
  it('yields text, start tags with raw attributes, and end tags', () => {
    expect(tokens('<P class="lead">Hi <b>there</b></P>')).toEqual([
      { type: 'open', name: 'p', attributes: ' class="lead"', selfClosing: false },
      { type: 'text', text: 'Hi ' },
      { type: 'open', name: 'b', attributes: '', selfClosing: false },
      { type: 'text', text: 'there' },
      { type: 'close', name: 'b' },
      { type: 'close', name: 'p' },
    ]);
  });

  it('keeps ">" inside quoted values and treats an apostrophe in an unquoted value as a letter', () => {
    expect(tokens('<a title="a > b" data-x=\'<p>\'>x</a>')[0]).toEqual({
      type: 'open',
      name: 'a',
      attributes: ' title="a > b" data-x=\'<p>\'',
      selfClosing: false,
    });
    expect(tokens("<a title=O'Reilly>x</a>").map((t) => t.type)).toEqual(['open', 'text', 'close']);
  });

  it('reads script and style content as raw text, even when it contains tags', () => {
    expect(tokens('<script>if (a<b) document.write("</p>")</script>after')).toEqual([
      { type: 'open', name: 'script', attributes: '', selfClosing: false },
      { type: 'text', text: 'if (a<b) document.write("</p>")' },
      { type: 'close', name: 'script' },
      { type: 'text', text: 'after' },
    ]);
  });

  it('skips comments, doctypes and processing instructions, and keeps a bare "<" as text', () => {
    const result = tokens('<!DOCTYPE html><?xml x?>a<!-- <p>hidden</p> -->b < c <3');
    expect(result.every((t) => t.type === 'text')).toBe(true);
    expect(result.map((t) => (t.type === 'text' ? t.text : '')).join('')).toBe('ab < c <3');
  });
});

describe('parseHtml on hostile markup', () => {
  // Each of these made a naive regex stripper scan to the end of the input from every "<".
  it('handles many unclosed attribute quotes', () => {
    const body = parseHtml(`<p>Envoys met.</p>${'<a href="x'.repeat(50_000)}`).body;
    expect(body.startsWith('Envoys met.')).toBe(true);
  });

  it('handles many unclosed scripts and comments', () => {
    expect(parseHtml(`<p>Envoys met.</p>${'<script>'.repeat(50_000)}`).body).toBe('Envoys met.');
    expect(parseHtml(`<p>Envoys met.</p><!--${'<p>x</p>'.repeat(1000)}`).body).toBe('Envoys met.');
  });

  it('tracks nesting of dropped elements', () => {
    expect(parseHtml('<body><aside><aside>a</aside>b</aside><p>Envoys met.</p></body>').body).toBe('Envoys met.');
  });

  it('reads meta tags wherever they are, with attributes in any order', () => {
    const parsed = parseHtml('<html><meta content="2026-05-01" name="date"><body><p>x</p></body></html>');
    expect(parsed.publishedAt).toBe('2026-05-01');
  });
});
