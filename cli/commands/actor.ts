import type { Command } from 'commander';
import type { ActorSummary } from '../../shared/storage/event-repository.ts';
import { formatActorSummary } from '../actor-summary.ts';
import { createApiClient } from '../api-client.ts';
import { runAction } from '../run-action.ts';
import { addTargetOptions, resolveTarget, type TargetOptions } from '../target.ts';

interface ActorOptions extends TargetOptions {
  from?: string;
  to?: string;
  json?: boolean;
}

export function register(program: Command): void {
  const command = program
    .command('actor')
    .summary('summarise one actor’s relations: counts by root and quad class, Goldstein, counterparts')
    .argument('<code>', 'country or organisation code (KOR, CHN, UNO, …)')
    .option('--from <date>', 'first day, YYYY-MM-DD')
    .option('--to <date>', 'last day, YYYY-MM-DD')
    .option('--json', 'the API response as JSON');
  addTargetOptions(command).action(runAction(showActor));
}

async function showActor(code: string, options: ActorOptions): Promise<void> {
  const client = createApiClient(await resolveTarget(options));
  const summary = await client.get<ActorSummary>(`actors/${encodeURIComponent(code.toUpperCase())}/summary`, { from: options.from, to: options.to });
  if (options.json) {
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    return;
  }
  process.stdout.write(`${formatActorSummary(summary, await cameoRootNames())}\n`);
}

/** Root names from the coder's CAMEO table; codes alone if it cannot be loaded. */
async function cameoRootNames(): Promise<(root: string) => string | undefined> {
  try {
    const { CAMEO_CODES } = await import('../../shared/coder/lexicon/cameo-codes.ts');
    return (root) => CAMEO_CODES.get(root)?.name;
  } catch {
    return () => undefined;
  }
}
