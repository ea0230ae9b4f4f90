import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../shared/article/index.ts';
import { jsonLines, runAccord } from './run-accord.ts';

const PAGE = 'tests/shared/article/pages/news-page-json-ld-graph.html';

describe('npx accord parse', () => {
  it('prints what the coder will read, one JSON line per file in argument order, errors with their kind', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'accord-parse-'));
    const spanish = join(scratch, 'noticia.txt');
    writeFileSync(
      spanish,
      'Los ministros de los dos países dijeron que las patrullas conjuntas comenzarían en marzo y que los pescadores detenidos serían liberados en una semana, según el comunicado conjunto publicado por ambos gobiernos.',
    );
    const missing = join(scratch, 'missing.html');
    const files = [PAGE, missing, spanish, 'samples/articles/japan-aid-philippines-typhoon.json'];

    const run = await runAccord(['parse', ...files]);

    expect(run.code).toBe(0);
    const [page, absent, notEnglish, json] = jsonLines(run.stdout);
    expect(Object.keys(page!)).toEqual(['file', 'title', 'publishedAt', 'url', 'source', 'byline', 'body']);
    expect(page).toMatchObject({
      file: PAGE,
      title: 'Qatar brokers ceasefire between Congo and M23 rebels',
      publishedAt: '2026-10-02',
      url: 'https://www.meridiantimes.example/world/africa/qatar-congo-m23-ceasefire',
      source: 'Meridian Times',
      byline: 'Amina Diallo, Li Wei',
    });
    // The same parser as the ingest: the body is exactly what parseArticle gives the coder.
    expect(page!.body).toBe((await parseArticle({ bucket: 'local', key: PAGE, body: readFileSync(PAGE) })).body);
    expect(page!.body).not.toMatch(/cookies|Related stories|Comments/);
    expect(absent).toEqual({ file: missing, error: { kind: 'unreadable', message: expect.stringMatching(/does not exist/) } });
    expect(notEnglish).toEqual({ file: spanish, error: { kind: 'not-english', message: expect.stringMatching(/English/) } });
    expect(json).toMatchObject({ file: 'samples/articles/japan-aid-philippines-typhoon.json', byline: null, body: expect.any(String) });
  });

  it('exits 1 when every file fails, 2 on a usage error', async () => {
    const failed = await runAccord(['parse', 'no/such/file.txt', 'package.json']);
    expect(failed.code).toBe(1);
    expect(jsonLines(failed.stdout)).toEqual([
      { file: 'no/such/file.txt', error: { kind: 'unreadable', message: expect.any(String) } },
      { file: 'package.json', error: { kind: 'malformed-json', message: expect.stringMatching(/body/) } },
    ]);
    const usage = await runAccord(['parse']);
    expect(usage.code).toBe(2);
    expect(usage.stdout).toBe('');
  });

  it('is listed in accord --help', async () => {
    const run = await runAccord(['--help']);
    expect(run.stdout).toMatch(/^ {2}parse /m);
  });
});
