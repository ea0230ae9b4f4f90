import { InvalidArgumentError, type Command } from 'commander';
import type { Extractor } from '../../shared/extractor/extractor.ts';
import { MAX_ARTICLE_BYTES_DEFAULT } from '../../shared/article/rejection.ts';
import { parseDateOption } from '../dates.ts';
import { formatCount } from '../../shared/text/format-count.ts';

export function register(program: Command): void {
  program
    .command('extract')
    .summary('print the events of local article files as JSON lines (no AWS)')
    .description(
      'Run the extractor in-process on local files (no AWS) and print one JSON line per file, in argument order:\n' +
        '{"file": "<path as given>", "events": [...]} or {"file": "...", "error": "..."}.\n' +
        'With --dictionary, an analysts\' dictionary (README "Extending the dictionaries") overrides the built-in ' +
        'actors and verb phrases; its bad entries are reported on stderr with their line, the rest applies.\n' +
        `Files over ${formatCount(MAX_ARTICLE_BYTES_DEFAULT)} bytes (the pipeline's limit for one article) get an error line unless --max-bytes raises the limit.\n` +
        'Exit code 0 when at least one file was extracted, 1 when every file failed, 2 on usage errors ' +
        '(including a dictionary file that cannot be read or is not JSON).',
    )
    .argument('<files...>', 'article files (.txt .md .html .htm .json)')
    .option('--published <YYYY-MM-DD>', 'publication date to use for every file (overrides the article’s own)', parseDateOption)
    .option('--dictionary <file>', "analysts' dictionary (JSON) to code with, over the built-in one")
    .option('--max-bytes <bytes>', `largest file to read, in bytes (default ${MAX_ARTICLE_BYTES_DEFAULT}, as in the pipeline)`, parseByteCount)
    .action(async (files: string[], options: { published?: string; dictionary?: string; maxBytes?: number }) => {
      // Loaded when the command runs: `accord --help` and the other commands need no coder.
      const { extractFiles } = await import('../extract-files.ts');
      const { DictionaryFileError, loadDictionaryFile } = await import('../dictionary-file.ts');
      let extractor: Extractor | undefined;
      if (options.dictionary) {
        try {
          const loaded = await loadDictionaryFile(options.dictionary, (line) => process.stderr.write(`accord: warning: ${line}\n`));
          const { createDefaultExtractor } = await import('../../shared/extractor/default-extractor.ts');
          extractor = createDefaultExtractor({ dictionary: loaded.dictionary });
          process.stderr.write(
            `accord: dictionary ${options.dictionary}: ${loaded.dictionary.actors.length} actor(s), ${loaded.dictionary.verbs.length} verb phrase(s)` +
              `${loaded.version ? ` (${loaded.version})` : ''}${loaded.problems.length > 0 ? `, ${loaded.problems.length} problem(s) above` : ''}\n`,
          );
        } catch (error) {
          if (!(error instanceof DictionaryFileError)) throw error;
          process.stderr.write(`accord: ${error.message}\n`);
          process.exitCode = 2;
          return;
        }
      }
      const summary = await extractFiles(files, {
        ...(options.published ? { published: options.published } : {}),
        ...(extractor ? { extractor } : {}),
        ...(options.maxBytes ? { maxArticleBytes: options.maxBytes } : {}),
        write: (line) => writeLine(line),
      });
      if (summary.failed === files.length) process.exitCode = 1;
    });
}

/** Writes honour stdout back-pressure so a large run piped into a slow reader loses nothing. */
function writeLine(line: string): Promise<void> | void {
  if (!process.stdout.write(`${line}\n`)) {
    return new Promise((resolve) => process.stdout.once('drain', () => resolve()));
  }
}

/** Commander argument parser for a positive whole number of bytes. */
function parseByteCount(value: string): number {
  const bytes = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(bytes) || bytes <= 0) {
    throw new InvalidArgumentError(`expected a positive whole number of bytes, got "${value}"`);
  }
  return bytes;
}
