import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLI_BUNDLE_DIR, CLI_BUNDLE_INPUTS, CLI_BUNDLE_MAIN, freshCliBundle } from '../../bin/cli-bundle.mjs';

/** A checkout with two sources and, optionally, a bundle built from them at `builtAt`. */
describe('freshCliBundle: bin/accord.mjs runs the bundle only while nothing it was built from changed', () => {
  let root: string;
  const builtAt = new Date('2026-12-01T12:00:00Z');
  const before = new Date('2026-12-01T11:00:00Z');
  const after = new Date('2026-12-01T13:00:00Z');

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'accord-cli-bundle-'));
    mkdirSync(join(root, 'cli'));
    for (const file of ['cli/main.ts', 'cli/table.ts']) {
      writeFileSync(join(root, file), '// source\n');
      utimesSync(join(root, file), before, before);
    }
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function writeBundle(inputs: string[]): void {
    const dir = join(root, CLI_BUNDLE_DIR);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, CLI_BUNDLE_MAIN), 'export const main = () => {};\n');
    writeFileSync(join(dir, CLI_BUNDLE_INPUTS), JSON.stringify(inputs));
    utimesSync(join(dir, CLI_BUNDLE_INPUTS), builtAt, builtAt);
  }

  it('no bundle: the sources run', () => {
    expect(freshCliBundle(root)).toBeNull();
  });

  it('a bundle newer than all its inputs runs', () => {
    writeBundle(['cli/main.ts', 'cli/table.ts']);
    expect(freshCliBundle(root)).toBe(join(root, CLI_BUNDLE_DIR, CLI_BUNDLE_MAIN));
  });

  it('an input edited after the build makes it stale', () => {
    writeBundle(['cli/main.ts', 'cli/table.ts']);
    utimesSync(join(root, 'cli/table.ts'), after, after);
    expect(freshCliBundle(root)).toBeNull();
  });

  it('an input deleted since the build makes it stale', () => {
    writeBundle(['cli/main.ts', 'cli/table.ts']);
    rmSync(join(root, 'cli/table.ts'));
    expect(freshCliBundle(root)).toBeNull();
  });

  it('an unreadable input list makes it stale', () => {
    writeBundle([]);
    writeFileSync(join(root, CLI_BUNDLE_DIR, CLI_BUNDLE_INPUTS), '{not json');
    expect(freshCliBundle(root)).toBeNull();
  });
});
