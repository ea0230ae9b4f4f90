// esbuild aliases that make a bundle load Node's built-in modules through CommonJS shims
// (shims/<name>.cjs: `module.exports = process.getBuiltinModule('node:<name>')`) instead of
// through static ES `import … from 'node:<name>'`. Plain JavaScript, so that scripts/build-cli.mjs
// uses it as infra/constructs/lambda-bundling.ts does.
//
// Why: Node builds an ES module facade for a built-in the first time ESM imports it, and that
// facade reads every export of the built-in (getESMFacade → syncExports), which sets off the lazy
// getters the built-in keeps for what it rarely needs: node:http's load Node's whole bundled undici
// (fetch, WebSocket, EventSource), node:fs's its streams, node:crypto's webcrypto. A CommonJS load
// of the same module reads nothing it is not asked for. In V8 profiles of the ingest bundle the
// facades were about 40 ms of its import; `npm run bench:coldstart` carries the before and after.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SHIMS = fileURLToPath(new URL('shims/', import.meta.url));

/** Built-in module name → its shim's absolute path, under both `name` and `node:name`. */
export function nodeBuiltinAliases() {
  const aliases = {};
  for (const file of readdirSync(SHIMS, { recursive: true })) {
    if (!file.endsWith('.cjs')) continue;
    const name = file.slice(0, -'.cjs'.length).split('\\').join('/');
    aliases[name] = join(SHIMS, file);
    aliases[`node:${name}`] = join(SHIMS, file);
  }
  return aliases;
}
