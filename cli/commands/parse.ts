import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('parse')
    .summary('print what the coder will read from local article files, as JSON lines (no AWS)')
    .description(
      'Parse local files exactly as the ingest does (size limit, article parsing, English check) and print one JSON line per file, in argument order:\n' +
        '{"file", "title", "publishedAt", "url", "source", "byline", "body"} or {"file", "error": {"kind", "message"}}.\n' +
        "HTML pages go through Readability, with the page's metadata (JSON-LD, OpenGraph, Parse.ly, microdata, <time>, canonical link) for title, date, byline, site and URL.\n" +
        'Exit code 0 when at least one file was parsed, 1 when every file failed, 2 on usage errors.',
    )
    .argument('<files...>', 'article files (.txt .md .html .htm .json)')
    .action(async (files: string[]) => {
      // Loaded when the command runs: the article parsers are not needed for `accord --help`.
      const { parseFiles } = await import('../parse-files.ts');
      const summary = await parseFiles(files, { write: (line) => writeLine(line) });
      if (summary.failed === files.length) process.exitCode = 1;
    });
}

/** Writes honour stdout back-pressure so a large run piped into a slow reader loses nothing. */
function writeLine(line: string): Promise<void> | void {
  if (!process.stdout.write(`${line}\n`)) {
    return new Promise((resolve) => process.stdout.once('drain', () => resolve()));
  }
}
