import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { worldMapTopology } from './world-map-topology.ts';

/**
 * The explorer's files, built in memory when a server starts (esbuild takes a fraction of a
 * second), so a fresh clone needs no build step and a server never serves a stale bundle.
 * Everything the page loads is here: no CDN, no font or map from the network.
 */
export interface ExplorerAsset {
  body: Buffer;
  contentType: string;
}

/** Path under the site root (`/`, `/explorer/app.js`, …) → file. */
export type ExplorerAssets = ReadonlyMap<string, ExplorerAsset>;

const WEB_DIR = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

let built: Promise<ExplorerAssets> | undefined;

/** Built once per process; every server of the process shares the result. */
export function explorerAssets(): Promise<ExplorerAssets> {
  built ??= buildExplorerAssets().catch((error: unknown) => {
    built = undefined;
    throw error;
  });
  return built;
}

async function buildExplorerAssets(): Promise<ExplorerAssets> {
  const bundle = await build({
    entryPoints: [join(WEB_DIR, 'src', 'main.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const script = bundle.outputFiles[0];
  if (!script) throw new Error('esbuild produced no explorer bundle');
  const world = worldMapTopology(JSON.parse(await readFile(require.resolve('world-atlas/countries-110m.json'), 'utf8')));
  return new Map<string, ExplorerAsset>([
    ['/', { body: await readFile(join(WEB_DIR, 'index.html')), contentType: 'text/html; charset=utf-8' }],
    ['/explorer/app.js', { body: Buffer.from(script.contents), contentType: 'text/javascript; charset=utf-8' }],
    ['/explorer/app.css', { body: await readFile(join(WEB_DIR, 'src', 'app.css')), contentType: 'text/css; charset=utf-8' }],
    ['/explorer/world.json', { body: Buffer.from(JSON.stringify(world)), contentType: 'application/json' }],
  ]);
}

/** Bytes of the JavaScript a first load fetches, gzipped as a server would send it. */
export function gzippedSize(asset: ExplorerAsset): number {
  return gzipSync(asset.body, { level: 9 }).length;
}
