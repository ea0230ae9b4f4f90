import { Command, CommanderError } from 'commander';
import * as actor from './commands/actor.ts';
import * as articles from './commands/articles.ts';
import * as events from './commands/events.ts';
import * as extract from './commands/extract.ts';
import * as parse from './commands/parse.ts';
import * as upload from './commands/upload.ts';
import * as reprocess from './commands/reprocess.ts';
import * as dlq from './commands/dlq.ts';
import * as explore from './commands/explore.ts';
import * as sql from './commands/sql.ts';
import * as exportCommand from './commands/export.ts';

/**
 * Each command module exports `register(program)`. To add a command: import its module above
 * and list it here (the order is the order in `accord --help`).
 */
const COMMANDS: ReadonlyArray<{ register(program: Command): void }> = [
  upload,
  extract,
  parse,
  events,
  articles,
  actor,
  reprocess,
  dlq,
  explore,
  sql,
  exportCommand,
];

export function buildProgram(): Command {
  const program = new Command('accord')
    .description('Accord: news articles in, CAMEO-coded diplomatic events out.')
    .showHelpAfterError('(run with --help for usage)')
    .configureHelp({ sortSubcommands: false })
    // Throw instead of exiting, so main() can give usage errors their own exit code.
    .exitOverride();
  for (const command of COMMANDS) command.register(program);
  return program;
}

/** Exit codes: 0 success, 1 the command failed, 2 usage error (unknown option, bad argument). */
export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    // Help and version output are successes; anything else commander rejects is a usage error.
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  }
}
