import { execFile } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
const SOURCE = `export function handler(): string {
  try {
    parseOrder('{');
  } catch (error) {
    return (error as Error).stack ?? '';
  }
  return '';
}

function parseOrder(text: string): unknown {
  return JSON.parse(text);
}
`;

// The map is moved away while the bundle is imported and put back before the stack is formatted.
const RUNNER = `
const { renameSync } = process.getBuiltinModule('node:fs');
const { pathToFileURL } = process.getBuiltinModule('node:url');
const [bundle] = process.argv.slice(1);
renameSync(bundle + '.map', bundle + '.map.away');
const module = await import(pathToFileURL(bundle).href);
renameSync(bundle + '.map.away', bundle + '.map');
process.stdout.write(module.handler());
`;

let work: string;
let bundle: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'accord-stacks-'));
  writeFileSync(join(work, 'order-handler.ts'), SOURCE);
  bundle = join(work, 'out', 'index.mjs');
  await build(lambdaEsbuildOptions(join(work, 'order-handler.ts'), bundle));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

async function runBundle(runner = RUNNER): Promise<string> {
  const env = { PATH: process.env.PATH ?? '' };
  return (await promisify(execFile)(process.execPath, ['--input-type=module', '-e', runner, bundle], { env, cwd: work })).stdout;
}

describe('stack traces of the Lambda bundles', () => {
  it('point at the TypeScript source, read from the source map when the stack is formatted', async () => {
    const stack = await runBundle();
    expect(stack).toMatch(/^SyntaxError: /);
    expect(stack).toContain(`at parseOrder (${join(work, 'order-handler.ts')}:11:15)`);
    expect(stack).toContain(`(${join(work, 'order-handler.ts')}:3:5)`);
    expect(stack).not.toContain('index.mjs');
  });

  it('keep the bundle positions when the source map is missing', async () => {
    renameSync(`${bundle}.map`, `${bundle}.gone`);
    try {
      const stack = await runBundle(RUNNER.replace(/renameSync\(.*\n/g, ''));
      expect(stack).toMatch(/^SyntaxError: /);
      expect(stack).toContain('index.mjs:');
    } finally {
      renameSync(`${bundle}.gone`, `${bundle}.map`);
    }
  });
});
