import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiplomaticEventSchema } from '../../shared/model/diplomatic-event.ts';
import { jsonLines, runAccord } from './run-accord.ts';

const samples = readdirSync(join(import.meta.dirname, '../../samples/articles')).map((name) => `samples/articles/${name}`);

describe('npx accord extract', () => {
  it('prints one JSON line per file, in argument order, with the path exactly as given', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'accord-extract-'));
    const malformed = join(scratch, 'broken.json');
    writeFileSync(malformed, '{"title": "half a document", "body": ');
    const missing = join(scratch, 'does-not-exist.txt');
    const files = [samples[0]!, missing, `./${samples[1]!}`, malformed, ...samples.slice(2)];

    const run = await runAccord(['extract', ...files]);

    expect(run.code).toBe(0);
    const lines = jsonLines(run.stdout);
    expect(lines.map((line) => line.file)).toEqual(files);
    for (const line of lines) {
      if (line.file === missing) {
        expect(line).toEqual({ file: missing, error: expect.stringMatching(/does not exist/) });
      } else if (line.file === malformed) {
        expect(line).toEqual({ file: malformed, error: expect.stringMatching(/not valid JSON/) });
      } else {
        expect(line.error).toBeUndefined();
        expect(Array.isArray(line.events)).toBe(true);
        // Whatever the coder finds must be in the API's schema.
        for (const event of line.events as unknown[]) expect(() => DiplomaticEventSchema.parse(event)).not.toThrow();
      }
    }
  });

  it('exits 1 when every file fails, still printing a line for each', async () => {
    const run = await runAccord(['extract', 'no/such/file.txt', 'package.json']);
    expect(run.code).toBe(1);
    expect(jsonLines(run.stdout)).toEqual([
      { file: 'no/such/file.txt', error: expect.any(String) },
      { file: 'package.json', error: expect.stringMatching(/body/) },
    ]);
  });

  it('rejects a malformed --published date as a usage error (exit 2)', async () => {
    const run = await runAccord(['extract', '--published', '2026-02-30', samples[0]!]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/YYYY-MM-DD/);
  });

  it('reports a file over --max-bytes in the error line shape, and rejects a malformed --max-bytes (exit 2)', async () => {
    const run = await runAccord(['extract', '--max-bytes', '100', samples[0]!]);
    expect(run.code).toBe(1);
    expect(jsonLines(run.stdout)).toEqual([{ file: samples[0], error: expect.stringMatching(/over the 100 bytes limit.*--max-bytes/) }]);
    const malformed = await runAccord(['extract', '--max-bytes', '2MB', samples[0]!]);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(/positive whole number of bytes/);
  });

  it('accepts a valid --published date', async () => {
    const run = await runAccord(['extract', '--published', '2026-01-05', samples[0]!]);
    expect(run.code).toBe(0);
    expect(jsonLines(run.stdout)).toEqual([{ file: samples[0], events: expect.any(Array) }]);
  });
});

describe('npx accord --help', () => {
  it('lists the commands and exits 0', async () => {
    const run = await runAccord(['--help']);
    expect(run.code).toBe(0);
    for (const command of ['upload', 'extract', 'events', 'articles', 'article', 'actor']) expect(run.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
  });

  it('documents the extract contract in the command help', async () => {
    const run = await runAccord(['extract', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--published');
    expect(run.stdout).toContain('{"file": "<path as given>", "events": [...]}');
  });

  it('treats an unknown command as a usage error', async () => {
    const run = await runAccord(['frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown command/);
  });
});
