import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lambdaEsbuildOptions } from '../../infra/constructs/lambda-bundling.ts';
import { parseHtmlPage } from '../../shared/article/readable-html.ts';

/**
 * The HTML parsers are chunks of the Lambda bundles, loaded with the first page (infra/constructs/lambda-bundling.ts).
 * A page parsed by a bundle built as the Lambdas are must read exactly as from the sources: Readability, a CommonJS
 * package, is reached through the chunk's default export there, and a missing class would only show as every page
 * falling back to the linear parser.
 */
const PAGE = join(import.meta.dirname, '..', 'shared', 'article', 'pages', 'news-page-json-ld-graph.html');
const ROOT = join(import.meta.dirname, '..', '..');

let work: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'accord-chunks-'));
  const entry = join(work, 'page-handler.ts');
  writeFileSync(
    entry,
    `import { parseHtmlPage } from ${JSON.stringify(join(ROOT, 'shared/article/readable-html.ts'))};\nexport const handler = async (html: string): Promise<string> => JSON.stringify(await parseHtmlPage(html));\n`,
  );
  await build(lambdaEsbuildOptions(entry, join(work, 'out')));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the HTML parsers in a Lambda bundle', () => {
  it('are chunks of their own, and read a page as the sources do (through Readability)', async () => {
    const files = readdirSync(join(work, 'out')).filter((file) => file.endsWith('.mjs'));
    expect(files.some((file) => file.startsWith('readability-'))).toBe(true);
    expect(files.some((file) => file.startsWith('worker-'))).toBe(true);
    const runner = `const { readFileSync } = process.getBuiltinModule('node:fs');
const { pathToFileURL } = process.getBuiltinModule('node:url');
const [bundle, page] = process.argv.slice(1);
const module = await import(pathToFileURL(bundle).href);
process.stdout.write(await module.handler(readFileSync(page, 'utf8')));`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', runner, join(work, 'out', 'index.mjs'), PAGE], {
      env: { PATH: process.env.PATH ?? '' },
      cwd: work,
    });
    const fromSources = await parseHtmlPage(readFileSync(PAGE, 'utf8'));
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(fromSources)));
    expect(fromSources.body).not.toMatch(/Facebook|cookies|Related stories/);
  });
});
