import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lambdaEsbuildOptions } from '../../infra/constructs/lambda-bundling.ts';

/**
 * A handler bundled as every Lambda is (infra/constructs/lambda-bundling.ts), run in a fresh Node
 * process without NODE_OPTIONS: a thrown error's stack names the TypeScript source, line and
 * function, and the source map is read only when a stack is formatted, not when the bundle loads.
 */
const SOURCE = `export async function handler(): Promise<string> {
  try {
    parseOrder('{');
  } catch (error) {
    const { parseInvoice } = await import('./invoice-parser.ts');
    try {
      parseInvoice('[');
    } catch (later) {
      return ((error as Error).stack ?? '') + '\\n--- chunk ---\\n' + ((later as Error).stack ?? '');
    }
  }
  return '';
}

function parseOrder(text: string): unknown {
  return JSON.parse(text);
}
`;

// Imported dynamically: esbuild puts it in a chunk of its own, with its own source map.
const CHUNK_SOURCE = `export function parseInvoice(text: string): unknown {
  return JSON.parse(text);
}
`;

// Every file's map (index.mjs's and its chunks') is moved away while the bundle is imported and put back before the
// handler runs, so no map can have been read at import.
const RUNNER = `
const { readdirSync, renameSync } = process.getBuiltinModule('node:fs');
const { dirname, join } = process.getBuiltinModule('node:path');
const { pathToFileURL } = process.getBuiltinModule('node:url');
const [bundle] = process.argv.slice(1);
const maps = readdirSync(dirname(bundle)).filter((file) => file.endsWith('.mjs.map')).map((file) => join(dirname(bundle), file));
for (const map of maps) renameSync(map, map + '.away');
const module = await import(pathToFileURL(bundle).href);
for (const map of maps) renameSync(map + '.away', map);
process.stdout.write(await module.handler());
`;

let work: string;
let bundle: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'accord-stacks-'));
  writeFileSync(join(work, 'order-handler.ts'), SOURCE);
  writeFileSync(join(work, 'invoice-parser.ts'), CHUNK_SOURCE);
  bundle = join(work, 'out', 'index.mjs');
  await build(lambdaEsbuildOptions(join(work, 'order-handler.ts'), join(work, 'out')));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

async function runBundle(runner = RUNNER): Promise<string> {
  const env = { PATH: process.env.PATH ?? '' };
  return (await promisify(execFile)(process.execPath, ['--input-type=module', '-e', runner, bundle], { env, cwd: work })).stdout;
}

describe('stack traces of the Lambda bundles', () => {
  it('point at the TypeScript source, read from the source map when the stack is formatted', async () => {
    const [stack, chunkStack] = (await runBundle()).split('\n--- chunk ---\n');
    expect(stack).toMatch(/^SyntaxError: /);
    expect(stack).toContain(`at parseOrder (${join(work, 'order-handler.ts')}:16:15)`);
    expect(stack).toContain(`(${join(work, 'order-handler.ts')}:3:5)`);
    expect(stack).not.toContain('index.mjs');
    // a frame in a chunk is mapped through the chunk's own map
    expect(readdirSync(join(work, 'out')).filter((file) => file.endsWith('.mjs')).length).toBeGreaterThan(1);
    expect(chunkStack).toMatch(/^SyntaxError: /);
    expect(chunkStack).toContain(`at parseInvoice (${join(work, 'invoice-parser.ts')}:2:15)`);
    expect(chunkStack).toContain(`(${join(work, 'order-handler.ts')}:7:7)`);
    expect(chunkStack).not.toMatch(/\.mjs:/);
  });

  it('keep the bundle positions when the source map is missing', async () => {
    renameSync(`${bundle}.map`, `${bundle}.gone`);
    try {
      const stack = await runBundle(RUNNER.replace(/for \(const map of maps\) renameSync\(.*\n/g, ''));
      expect(stack).toMatch(/^SyntaxError: /);
      expect(stack).toContain('index.mjs:');
    } finally {
      renameSync(`${bundle}.gone`, `${bundle}.map`);
    }
  });
});
