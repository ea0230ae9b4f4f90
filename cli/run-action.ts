import { ApiProblem, ApiUnreachable } from './api-client.ts';
import { TargetError } from './target.ts';

/**
 * Wraps a command action: expected failures (no target, API problem, unreachable endpoint) print
 * one line on stderr and set exit code 1; a stack trace only with ACCORD_DEBUG=1.
 */
export function runAction<Args extends unknown[]>(action: (...args: Args) => Promise<void>): (...args: Args) => Promise<void> {
  return async (...args: Args) => {
    try {
      await action(...args);
    } catch (error) {
      process.stderr.write(`accord: ${describeFailure(error)}\n`);
      if (process.env.ACCORD_DEBUG && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
      process.exitCode = 1;
    }
  };
}

export function describeFailure(error: unknown): string {
  if (error instanceof ApiProblem) return `API error ${error.status}: ${error.message}`;
  if (error instanceof TargetError || error instanceof ApiUnreachable) return error.message;
  const { code, path } = (error ?? {}) as NodeJS.ErrnoException;
  if (code === 'ENOENT' && path) return `${path}: no such file or directory`;
  if ((code === 'EACCES' || code === 'EPERM') && path) return `${path}: permission denied`;
  return error instanceof Error ? error.message : String(error);
}
