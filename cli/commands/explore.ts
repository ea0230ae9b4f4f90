import type { Command } from 'commander';
import { runAction } from '../run-action.ts';
import { addTargetOptions, resolveTarget, TargetError, type TargetOptions } from '../target.ts';

interface ExploreOptions extends TargetOptions {
  port: string;
}

/** Beside the local stack's 3000, so both can run at once. */
const DEFAULT_PORT = '3001';

export function register(program: Command): void {
  const command = program
    .command('explore')
    .summary('the event explorer in your browser, for a deployed stage (--stage) or any API')
    .description(
      'Serves the event explorer on 127.0.0.1 and forwards its API calls to the target: a deployed stage (--stage, requests signed ' +
        'with SigV4 from your AWS credentials, which never reach the browser), the local stack, or --api-url. ' +
        '(The local stack serves the explorer itself at its API URL, with uploads.)',
    )
    .option('--port <n>', 'port on 127.0.0.1 (0 picks a free one)', DEFAULT_PORT);
  addTargetOptions(command).action(runAction(explore));
}

async function explore(options: ExploreOptions): Promise<void> {
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new TargetError(`--port must be a port number, got "${options.port}"`);
  const target = await resolveTarget(options);
  // Loaded here: it brings esbuild and the map data, which no other command needs.
  const { startExploreServer } = await import('../explore-server.ts');
  const server = await startExploreServer({ target, port });
  process.stdout.write(
    `Accord explorer for ${target.label}: ${server.url}/\nAPI calls go to ${target.apiUrl ?? 'the stage API'}${target.signApiRequests ? ', signed with your AWS credentials' : ''}.\nCtrl-C stops it.\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => void server.close().finally(resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
