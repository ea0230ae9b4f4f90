// `npm run build:cli`, also run by `npm ci` and `npm install` (the `prepare` script): bundles the
// `accord` command into dist/cli, so it starts without compiling TypeScript at run time.
// Plain JavaScript, so that it runs before anything is compiled. bin/accord.mjs runs the bundle
// while it is fresh (bin/cli-bundle.mjs), the sources through tsx otherwise.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { CLI_BUNDLE_DIR, CLI_BUNDLE_INPUTS, CLI_BUNDLE_MAIN } from '../bin/cli-bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, CLI_BUNDLE_DIR);
// Built beside the old bundle and swapped in whole: a CLI started meanwhile sees one or the other.
const staging = `${target}.building-${process.pid}`;

const result = await build({
  absWorkingDir: root,
  entryPoints: { [CLI_BUNDLE_MAIN.replace(/\.mjs$/, '')]: 'cli/main.ts' },
  outdir: staging,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  // Each command loads what it needs when it runs (dynamic imports become chunks), so
  // `accord --help` does not load the coder or the AWS SDK.
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  mainFields: ['module', 'main'],
  // CommonJS dependencies call `require`, which ESM output does not have.
  banner: { js: "import { createRequire as __accordCreateRequire } from 'node:module'; const require = __accordCreateRequire(import.meta.url);" },
  minify: true,
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
});

// What the freshness check compares against: the project's own sources in the bundle, and the
// installed dependencies (npm rewrites node_modules/.package-lock.json on every install).
const ownSources = Object.keys(result.metafile.inputs).filter((input) => !input.includes('node_modules/'));
writeFileSync(
  join(staging, CLI_BUNDLE_INPUTS),
  `${JSON.stringify([...ownSources, 'node_modules/.package-lock.json'].map((input) => relative(root, join(root, input))), null, 1)}\n`,
);
mkdirSync(dirname(target), { recursive: true });
rmSync(target, { recursive: true, force: true });
renameSync(staging, target);

