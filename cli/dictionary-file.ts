import { readFile } from 'node:fs/promises';
import { DictionaryFormatError, formatProblem, parseDictionary, type LoadedDictionary } from '../shared/dictionary/load-dictionary.ts';

/**
 * `--dictionary FILE`: reads and validates an analysts' dictionary. Bad entries are reported
 * through `warn` (one line each: "FILE:LINE: actors[2] ("Name"): reason; entry skipped") and left
 * out; a file that cannot be read or is not a JSON object throws DictionaryFileError.
 */
export class DictionaryFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DictionaryFileError';
  }
}

export async function loadDictionaryFile(path: string, warn: (line: string) => void): Promise<LoadedDictionary> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DictionaryFileError(
      `dictionary ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : error instanceof Error ? error.message : String(error)}`,
    );
  }
  try {
    const loaded = parseDictionary(text);
    for (const problem of loaded.problems) warn(formatProblem(problem, path));
    return loaded;
  } catch (error) {
    if (error instanceof DictionaryFormatError) throw new DictionaryFileError(`dictionary ${path}: ${error.message}`);
    throw error;
  }
}
