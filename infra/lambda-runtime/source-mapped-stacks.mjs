// Injected by esbuild into every Lambda bundle (infra/constructs/lambda-bundling.ts): stack traces
// of the bundle's own frames point at the TypeScript sources, through the source map of the file
// each frame is in (index.mjs or one of its chunks), read the first time a stack needs it. This
// replaces NODE_OPTIONS=--enable-source-maps, with which Node reads and parses the multi-megabyte
// maps, and measures every line of the bundle, while it loads the bundle: a cost of every cold
// start, for stacks that few invocations ever log.
// Plain JavaScript with built-ins through process.getBuiltinModule: it is bundled as it is, and an
// ES import of a built-in would build that built-in's module facade (infra/node-builtins/).
const { readFileSync } = process.getBuiltinModule('node:fs');
const { SourceMap } = process.getBuiltinModule('node:module');
const { fileURLToPath } = process.getBuiltinModule('node:url');

// Once bundled, this module's URL is that of a file of the bundle (index.mjs or a shared chunk);
// every file of the bundle lies in the same directory, and its frames carry its URL as file name.
const BUNDLE_DIRECTORY = new URL('./', import.meta.url).href;
const formatStack = Error.prepareStackTrace;
/** Per file: absent until a stack needs it; null when the map cannot be read (then frames stay as they are). */
const sourceMaps = new Map();

function inBundle(file) {
  return typeof file === 'string' && file.startsWith(BUNDLE_DIRECTORY) && file.endsWith('.mjs') && !file.slice(BUNDLE_DIRECTORY.length).includes('/');
}

function sourceMapOf(file) {
  if (!sourceMaps.has(file)) {
    let map = null;
    try {
      map = new SourceMap(JSON.parse(readFileSync(`${fileURLToPath(file)}.map`, 'utf8')));
    } catch {
      // no map, or not readable: the frame keeps its bundle position
    }
    sourceMaps.set(file, map);
  }
  return sourceMaps.get(file);
}

/** "N (file:///var/task/index.mjs:1:2345)" → "parseArticle (/…/shared/article/parse.ts:12:5)", as --enable-source-maps writes it. */
function mappedFrame(site, caller) {
  const frame = String(site);
  const line = site.getLineNumber();
  const column = site.getColumnNumber();
  const file = site.getFileName();
  const map = sourceMapOf(file);
  const origin = map?.findOrigin(line, column);
  if (!origin?.fileName) return frame;
  // the function's name in the sources: the map's name where the function starts, else where its
  // caller calls it (as Node finds it)
  const minified = site.getFunctionName();
  const name = minified
    ? (nameAt(map, site.getEnclosingLineNumber(), site.getEnclosingColumnNumber()) ??
      (caller && inBundle(caller.getFileName()) ? nameAt(sourceMapOf(caller.getFileName()), caller.getLineNumber(), caller.getColumnNumber()) : undefined))
    : undefined;
  const source = new URL(origin.fileName, file);
  const sourceFile = source.protocol === 'file:' ? fileURLToPath(source) : source.href;
  const generated = `${file}:${line}:${column}`;
  const at = frame.lastIndexOf(generated);
  if (at < 0) return frame;
  const before = name ? frame.slice(0, at).replace(minified, name) : frame.slice(0, at);
  return `${before}${sourceFile}:${origin.lineNumber}:${origin.columnNumber}${frame.slice(at + generated.length)}`;
}

/** The source name a map gives at a 1-based position of its file, if any. */
function nameAt(map, line, column) {
  return map?.findEntry(line - 1, column - 1).name;
}

Error.prepareStackTrace = (error, sites) => {
  if (!sites.some((site) => inBundle(site.getFileName())))
    return formatStack ? formatStack(error, sites) : `${error}${sites.map((s) => `\n    at ${s}`).join('')}`;
  const header = formatStack ? formatStack(error, []) : String(error);
  return `${header}${sites.map((site, i) => `\n    at ${inBundle(site.getFileName()) ? mappedFrame(site, sites[i + 1]) : String(site)}`).join('')}`;
};
