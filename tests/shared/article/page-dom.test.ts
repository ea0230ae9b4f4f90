import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * In a fresh Node process (vitest's own module runner would hide Node's resolution), records every
 * module Node resolves while the article parser is imported and reads a text article, then an HTML
 * page: linkedom sets up its whole DOM when loaded, which a cold start should pay only for HTML.
 */
const PROBE = `
const { registerHooks } = process.getBuiltinModule('node:module');
const resolved = [];
registerHooks({ resolve(specifier, context, next) { const result = next(specifier, context); resolved.push(result.url); return result; } });
const linkedom = () => resolved.filter((url) => url.includes('/node_modules/linkedom/')).length;
const { parseArticle } = await import('./shared/article/index.ts');
const text = await parseArticle({ bucket: 'b', key: 'articles/a.txt', body: new TextEncoder().encode('Envoys met in Geneva.') });
const afterText = { modules: resolved.length, linkedom: linkedom(), body: text.body };
const page = await parseArticle({ bucket: 'b', key: 'articles/a.html', body: new TextEncoder().encode('<html><head><title>Talks</title></head><body><article><p>Envoys met in Geneva.</p></article></body></html>') });
console.log(JSON.stringify({ afterText, afterPage: { linkedom: linkedom(), title: page.title, body: page.body } }));
`;

describe('the page DOM (linkedom)', () => {
  it('is loaded with the first HTML page, not with the article parser or for a text article', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', PROBE], { cwd: root, timeout: 60_000 });
    const { afterText, afterPage } = JSON.parse(stdout) as {
      afterText: { modules: number; linkedom: number; body: string };
      afterPage: { linkedom: number; title: string; body: string };
    };
    // the hook saw the parser's own modules, so an absent linkedom is not a hook that saw nothing
    expect(afterText.modules).toBeGreaterThan(20);
    expect(afterText).toMatchObject({ linkedom: 0, body: 'Envoys met in Geneva.' });
    expect(afterPage).toEqual({ linkedom: 1, title: 'Talks', body: 'Envoys met in Geneva.' });
  });
});
