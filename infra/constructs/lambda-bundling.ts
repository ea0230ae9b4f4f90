import { fileURLToPath } from 'node:url';
import type { BuildOptions } from 'esbuild';
import { nodeBuiltinAliases } from '../node-builtins/aliases.mjs';

/**
 * How every Accord Lambda is bundled, in one place without the CDK: BundledFunction hands these to
 * NodejsFunction, and `npm run bench:coldstart` builds the same bundles with esbuild directly.
 */

/**
 * ESM bundles run CommonJS dependencies that call `require` (the AWS SDK and others still do);
 * esbuild's ESM output has no `require`, so the bundle defines one from its own URL.
 */
export const ESM_REQUIRE_BANNER =
  "import { createRequire as __accordCreateRequire } from 'node:module'; const require = __accordCreateRequire(import.meta.url);";

/**
 * File:line of the TypeScript sources in stack traces, through the bundle's source map read when a
 * stack is first formatted, rather than NODE_OPTIONS=--enable-source-maps, which parses the map at
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

/** The esbuild options NodejsFunction derives from LAMBDA_BUNDLING, for a bundle built outside the CDK. */
export function lambdaEsbuildOptions(entry: string, outfile: string): BuildOptions {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
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
