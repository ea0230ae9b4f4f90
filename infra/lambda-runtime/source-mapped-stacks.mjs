// Injected by esbuild into every Lambda bundle (infra/constructs/lambda-bundling.ts): stack traces
// of the bundle's own frames point at the TypeScript sources, through the bundle's source map, read
// the first time a stack is formatted. This replaces NODE_OPTIONS=--enable-source-maps, with which
// Node reads and parses the multi-megabyte map, and measures every line of the bundle, while it
// loads the bundle: a cost of every cold start, for stacks that few invocations ever log.
// Plain JavaScript with built-ins through process.getBuiltinModule: it is bundled as it is, and an
// ES import of a built-in would build that built-in's module facade (infra/node-builtins/).
const { readFileSync } = process.getBuiltinModule('node:fs');
const { SourceMap } = process.getBuiltinModule('node:module');
const { fileURLToPath } = process.getBuiltinModule('node:url');

// Once bundled, this module's URL is the bundle's own: its frames carry it as their file name.
const BUNDLE = import.meta.url;
const formatStack = Error.prepareStackTrace;
/** undefined until a stack needs it; null when the map cannot be read (then frames stay as they are). */
let sourceMap;

function bundleSourceMap() {
  if (sourceMap === undefined) {
    try {
      sourceMap = new SourceMap(JSON.parse(readFileSync(`${fileURLToPath(BUNDLE)}.map`, 'utf8')));
    } catch {
      sourceMap = null;
    }
  }
  return sourceMap;
}

/** "N (file:///var/task/index.mjs:1:2345)" → "parseArticle (/…/shared/article/parse.ts:12:5)", as --enable-source-maps writes it. */
function mappedFrame(site, caller) {
  const frame = String(site);
  const line = site.getLineNumber();
  const column = site.getColumnNumber();
  const map = bundleSourceMap();
  const origin = map?.findOrigin(line, column);
  if (!origin?.fileName) return frame;
  // the function's name in the sources: the map's name where the function starts, else where its
  // caller calls it (as Node finds it)
  const minified = site.getFunctionName();
  const name = minified
    ? (nameAt(map, site.getEnclosingLineNumber(), site.getEnclosingColumnNumber()) ??
      (caller?.getFileName() === BUNDLE ? nameAt(map, caller.getLineNumber(), caller.getColumnNumber()) : undefined))
    : undefined;
  const source = new URL(origin.fileName, BUNDLE);
  const file = source.protocol === 'file:' ? fileURLToPath(source) : source.href;
  const generated = `${BUNDLE}:${line}:${column}`;
  const at = frame.lastIndexOf(generated);
  if (at < 0) return frame;
  const before = name ? frame.slice(0, at).replace(minified, name) : frame.slice(0, at);
  return `${before}${file}:${origin.lineNumber}:${origin.columnNumber}${frame.slice(at + generated.length)}`;
}

/** The source name the map gives at a 1-based position of the bundle, if any. */
function nameAt(map, line, column) {
  return map.findEntry(line - 1, column - 1).name;
}

Error.prepareStackTrace = (error, sites) => {
  if (!sites.some((site) => site.getFileName() === BUNDLE))
    return formatStack ? formatStack(error, sites) : `${error}${sites.map((s) => `\n    at ${s}`).join('')}`;
  const header = formatStack ? formatStack(error, []) : String(error);
  return `${header}${sites.map((site, i) => `\n    at ${site.getFileName() === BUNDLE ? mappedFrame(site, sites[i + 1]) : String(site)}`).join('')}`;
};
