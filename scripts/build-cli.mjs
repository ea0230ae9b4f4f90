// `npm run build:cli`, also run by `npm ci` and `npm install` (the `prepare` script): bundles the
// `accord` command into dist/cli, so it starts without compiling TypeScript at run time.
// Plain JavaScript, so that it runs before anything is compiled. bin/accord.mjs runs the bundle
// while it is fresh (bin/cli-bundle.mjs), the sources through tsx otherwise.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { CLI_BUNDLE_DIR, CLI_BUNDLE_INPUTS, CLI_BUNDLE_MAIN } from '../bin/cli-bundle.mjs';
import { nodeBuiltinAliases } from '../infra/node-builtins/aliases.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, CLI_BUNDLE_DIR);
// Built beside the old bundle and swapped in whole: a CLI started meanwhile sees one or the other.
const staging = `${target}.building-${process.pid}`;

/**
 * `import.meta` in a source file means that file's place in the checkout (cli/target.ts finds the
 * repository's .accord/ folder by it; the explorer its web/ folder), not the chunk's in dist/cli.
 * Each use becomes a path computed at run time from the chunk's own location, so a checkout that
 * moves keeps working.
 */
const sourceImportMeta = {
  name: 'source-import-meta',
  setup(build) {
    build.onLoad({ filter: /\.[cm]?[jt]s$/ }, (args) => {
      if (/[\\/]node_modules[\\/]/.test(args.path)) return undefined;
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('import.meta')) return undefined;
      const file = relative(root, args.path).split(sep).join('/');
      const contents = source.replace(/\bimport\.meta\.(dirname|filename|url)\b/g, (_, what) => `__accordSourceLocation(${JSON.stringify(file)}).${what}`);
      return { contents, loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
    });
  },
};
// dist/cli/<chunk>.mjs → the checkout's root is two folders up.
const SOURCE_LOCATION_HELPER =
  "import { dirname as __accordDirname, join as __accordJoin } from 'node:path'; import { fileURLToPath as __accordFileURLToPath, pathToFileURL as __accordPathToFileURL } from 'node:url'; " +
  "const __accordSourceLocation = (file) => { const filename = __accordJoin(__accordDirname(__accordFileURLToPath(import.meta.url)), '..', '..', file); return { filename, dirname: __accordDirname(filename), url: __accordPathToFileURL(filename).href }; };";

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
  banner: {
    js: `import { createRequire as __accordCreateRequire } from 'node:module'; const require = __accordCreateRequire(import.meta.url); ${SOURCE_LOCATION_HELPER}`,
  },
  plugins: [sourceImportMeta],
  // Node's built-ins through CommonJS shims, as in the Lambda bundles: an ES import of a built-in
  // builds its module facade, which loads what the built-in's lazy getters hold back (node:http's
  // undici, node:fs's streams). See infra/node-builtins/aliases.mjs.
  alias: nodeBuiltinAliases(),
  // The explorer builds its page with esbuild at run time; esbuild finds its native binary only
  // from its own package folder, so it is loaded from node_modules, not bundled.
  // DuckDB (accord sql, accord export) loads its native binding from its platform package: likewise.
  external: ['esbuild', '@duckdb/node-api'],
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
  `${JSON.stringify(
    [...ownSources, 'node_modules/.package-lock.json'].map((input) => relative(root, join(root, input))),
    null,
    1,
  )}\n`,
);
mkdirSync(dirname(target), { recursive: true });
rmSync(target, { recursive: true, force: true });
renameSync(staging, target);
