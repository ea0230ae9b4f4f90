#!/usr/bin/env node
// The `accord` command. `npm ci` bundles it into dist/cli (the `prepare` script), which starts
// without compiling TypeScript; in a checkout whose sources changed since that build, it runs the
// sources directly through tsx's loader instead (slower to start, never stale).
import { freshCliBundle } from './cli-bundle.mjs';

// Built-ins through process.getBuiltinModule, not ES imports, here as in the bundle: an ES import
// of a built-in builds its module facade, which reads every export and so loads what lazy getters
// hold back (infra/node-builtins/aliases.mjs).
const { enableCompileCache } = process.getBuiltinModule('node:module');
const { join } = process.getBuiltinModule('node:path');
const { pathToFileURL } = process.getBuiltinModule('node:url');

// V8's code cache for the bundle (in the system's temporary folder): from the second run on,
// Node reads the compiled code instead of compiling the bundle again (about a fifth of the CPU
// time of `accord extract`). A cache that cannot be written or read is skipped silently.
enableCompileCache();

const bundle = freshCliBundle(join(import.meta.dirname, '..'));
let cli;
if (bundle) {
  cli = await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import(new URL('../cli/main.ts', import.meta.url).href);
}
await cli.main(process.argv);
