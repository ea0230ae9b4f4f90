// Where the built CLI lives and whether it may run. Plain JavaScript: bin/accord.mjs and
// scripts/build-cli.mjs import it before anything is compiled.
// process.getBuiltinModule, not ES imports: see bin/accord.mjs.
const { readFileSync, statSync } = process.getBuiltinModule('node:fs');
const { join } = process.getBuiltinModule('node:path');

/** Git-ignored; written by scripts/build-cli.mjs (`npm ci` runs it through the `prepare` script). */
export const CLI_BUNDLE_DIR = 'dist/cli';
export const CLI_BUNDLE_MAIN = 'main.mjs';
/** The files the bundle was built from, repository-relative, as a JSON array. */
export const CLI_BUNDLE_INPUTS = 'inputs.json';

/**
 * The bundle's entry file when the bundle is there and no file it was built from changed since
 * (edited, checked out anew, or deleted; a dependency reinstalled); otherwise null. A few hundred
 * stat calls: a millisecond or two, against a second for compiling the sources.
 */
export function freshCliBundle(root) {
  const dir = join(root, CLI_BUNDLE_DIR);
  let builtAt;
  let inputs;
  try {
    const inputsFile = join(dir, CLI_BUNDLE_INPUTS);
    builtAt = statSync(inputsFile).mtimeMs;
    inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
  } catch {
    return null;
  }
  for (const input of inputs) {
    const stat = statSync(join(root, input), { throwIfNoEntry: false });
    if (!stat || stat.mtimeMs > builtAt) return null;
  }
  return join(dir, CLI_BUNDLE_MAIN);
}
