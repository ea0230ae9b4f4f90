import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { buildSync, type BuildOptions, type Metafile } from 'esbuild';
import { nodeBuiltinAliases } from '../node-builtins/aliases.mjs';

/**
 * How every Accord Lambda is bundled, in one place: BundledFunction bundles its asset with
 * `bundleLambda`, and `npm run bench:coldstart` and the tests build the same bundles with
 * `lambdaEsbuildOptions`.
 */

/**
 * ESM bundles run CommonJS dependencies that call `require` (the AWS SDK and others still do);
 * esbuild's ESM output has no `require`, so each file of the bundle defines one from its own URL.
 */
export const ESM_REQUIRE_BANNER =
  "import { createRequire as __accordCreateRequire } from 'node:module'; const require = __accordCreateRequire(import.meta.url);";

/**
 * File:line of the TypeScript sources in stack traces, through the bundle's source maps read when a
 * stack is first formatted, rather than NODE_OPTIONS=--enable-source-maps, which parses the maps at
 * every cold start. Injected into every bundle; see the file.
 */
export const SOURCE_MAPPED_STACKS = fileURLToPath(new URL('../lambda-runtime/source-mapped-stacks.mjs', import.meta.url));

export const LAMBDA_BUNDLING = {
  target: 'node24',
  // ESM builds of dependencies first: they tree-shake, CommonJS ones do not.
  mainFields: ['module', 'main'],
  banner: ESM_REQUIRE_BANNER,
  minify: true,
  // Source maps give file:line in stack traces; the sources themselves need not ship.
  sourcesContent: false,
  inject: [SOURCE_MAPPED_STACKS],
  // Node's built-ins through CommonJS shims, not static ES imports: the ES module facade of a
  // built-in reads all its exports, which loads what their lazy getters hold back (node:http's
  // undici, about 30 ms of every cold start). See infra/node-builtins/aliases.mjs.
  alias: nodeBuiltinAliases(),
} as const;

/**
 * The esbuild options of a Lambda bundle written to `outdir`: `index.mjs` (the handler is
 * `index.handler`) and, beside it, one chunk
 * per dynamic import (linkedom and Readability for HTML pages, warcio and pako for batches, the
 * SDK's rarely used credential providers). Code splitting keeps what only some inputs need out of
 * the file every cold start compiles: V8 compiles all of a module's text when it is imported,
 * whether or not its functions run. Chunks sit in the same directory as index.mjs, because the
 * injected stack mapper finds the bundle's files by their directory.
 */
export function lambdaEsbuildOptions(entry: string, outdir: string): BuildOptions {
  return {
    entryPoints: { index: entry },
    outdir,
    bundle: true,
    splitting: true,
    chunkNames: '[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    platform: 'node',
    format: 'esm',
    target: LAMBDA_BUNDLING.target,
    mainFields: [...LAMBDA_BUNDLING.mainFields],
    banner: { js: LAMBDA_BUNDLING.banner },
    minify: LAMBDA_BUNDLING.minify,
    sourcemap: true,
    sourcesContent: LAMBDA_BUNDLING.sourcesContent,
    inject: [...LAMBDA_BUNDLING.inject],
    alias: LAMBDA_BUNDLING.alias,
    logLevel: 'error',
  };
}

/** Bundles `entry` into `outdir` synchronously, as CDK's local bundling calls it; throws on a build error. */
export function bundleLambda(entry: string, outdir: string): void {
  buildSync(lambdaEsbuildOptions(entry, outdir));
}

/**
 * The files of a bundle that a cold start loads: `entryFile` (absolute) and what it imports statically, transitively;
 * the other chunks load on demand. Paths are absolute.
 */
export function filesLoadedAtInit(metafile: Metafile, entryFile: string): Set<string> {
  const outputs = new Map(Object.entries(metafile.outputs).map(([path, output]) => [resolve(path), output]));
  const atInit = new Set<string>();
  const visit = (path: string): void => {
    if (atInit.has(path)) return;
    atInit.add(path);
    for (const imported of outputs.get(path)!.imports) if (imported.kind === 'import-statement' && !imported.external) visit(resolve(imported.path));
  };
  visit(resolve(entryFile));
  return atInit;
}
