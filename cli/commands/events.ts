import type { Command } from 'commander';
import type { DiplomaticEvent } from '../../shared/model/diplomatic-event.ts';
import { addEventFilterOptions, type EventFilterOptions } from '../event-filter-options.ts';
import { createApiClient, type Query } from '../api-client.ts';
import { formatEventTable, terminalWidth } from '../event-table.ts';
import { fetchPages, printListing } from '../pages.ts';
import { runAction } from '../run-action.ts';
import { addTargetOptions, resolveTarget, type TargetOptions } from '../target.ts';

interface EventsOptions extends TargetOptions, EventFilterOptions {
  limit?: string;
  cursor?: string;
  all?: boolean;
  json?: boolean;
}

/** The API's query parameters, exactly as `GET /events` names them; it validates them. */
const FILTERS = ['actor', 'source', 'target', 'dyad', 'root', 'code', 'quad', 'modality', 'from', 'to', 'limit', 'cursor'] as const;

export function register(program: Command): void {
  const command = addEventFilterOptions(
    program
      .command('events')
      .summary('list events from the API, newest first (table or --json)')
      .description('Query GET /events on the local stack (default), a deployed stage (--stage, SigV4-signed) or any API (--api-url).'),
  )
    .option('--limit <n>', 'events per page (1–100, default 25)')
    .option('--cursor <cursor>', 'continue from a previous page')
    .option('--all', 'follow cursors to the last page')
    .option('--json', 'one JSON event per line (the API schema) instead of a table');
  addTargetOptions(command).action(runAction(listEvents));
}

async function listEvents(options: EventsOptions): Promise<void> {
  const client = createApiClient(await resolveTarget(options));
  const query: Query = {};
  for (const name of FILTERS) query[name] = options[name];
  await printListing(fetchPages<DiplomaticEvent>(client, 'events', query, 'events', options.all === true), options.json === true, (shown) =>
    shown.length === 0 ? 'no events match\n' : `${formatEventTable(shown, terminalWidth())}\n\n${shown.length} event(s)\n`,
  );
}
