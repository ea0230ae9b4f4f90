import type { Command } from 'commander';
import { parseDateOption } from '../dates.ts';
import { extractFiles } from '../extract-files.ts';

export function register(program: Command): void {
  program
    .command('extract')
    .summary('print the events of local article files as JSON lines (no AWS)')
    .description(
      'Run the extractor in-process on local files (no AWS) and print one JSON line per file, in argument order:\n' +
        '{"file": "<path as given>", "events": [...]} or {"file": "...", "error": "..."}.\n' +
        'Exit code 0 when at least one file was extracted, 1 when every file failed, 2 on usage errors.',
    )
    .argument('<files...>', 'article files (.txt .md .html .htm .json)')
    .option('--published <YYYY-MM-DD>', 'publication date to use for every file (overrides the article’s own)', parseDateOption)
    .action(async (files: string[], options: { published?: string }) => {
      const summary = await extractFiles(files, {
        ...(options.published ? { published: options.published } : {}),
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
