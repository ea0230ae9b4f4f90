import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesLoadedAtInit, lambdaEsbuildOptions } from '../../infra/constructs/lambda-bundling.ts';

/**
 * What the ingest's cold start compiles (npm run bench:coldstart): code only some inputs need is a chunk loaded on
 * demand, so that a cold start coding one plain-text article does not compile it.
 */
const ROOT = join(import.meta.dirname, '..', '..');
let work: string;
let metafile: Metafile;
let atInit: Set<string>;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'accord-ingest-bundle-'));
  const outdir = join(work, 'out');
  ({ metafile } = await build({ ...lambdaEsbuildOptions(join(ROOT, 'functions/ingest/handler.ts'), outdir), metafile: true }));
  atInit = filesLoadedAtInit(metafile, join(outdir, 'index.mjs'));
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The bundle's output files holding code from inputs whose path matches `input`. */
function filesWith(input: RegExp): string[] {
  return Object.entries(metafile.outputs)
    .filter(([path, output]) => path.endsWith('.mjs') && Object.keys(output.inputs).some((i) => input.test(i)))
    .map(([path]) => resolve(path));
}

describe('the ingest bundle', () => {
  it.each([
    ['the SQS client (batch continuations only)', /node_modules\/@aws-sdk\/client-sqs\//],
    ['the HTML page parsers', /node_modules\/(?:@mozilla\/readability|linkedom)\//],
    ['the WARC reader (batches only)', /node_modules\/warcio\//],
  ])('loads %s on demand, not at init', (_, input) => {
    const files = filesWith(input);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(atInit.has(file), file).toBe(false);
  });

  it('loads the coder and the S3 and DynamoDB clients at init', () => {
    for (const input of [/shared\/coder\/rule-based-extractor\.ts$/, /node_modules\/@aws-sdk\/client-s3\//, /node_modules\/@aws-sdk\/client-dynamodb\//])
      expect(
        filesWith(input).some((file) => atInit.has(file)),
        String(input),
      ).toBe(true);
  });
});
