import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const REPO = join(import.meta.dirname, '../..');

export interface AccordRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npx accord …` from the repository root, as a user would. */
export function runAccord(args: readonly string[], env: Record<string, string> = {}): Promise<AccordRun> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['--no-install', 'accord', ...args], {
      cwd: REPO,
      env: { ...process.env, NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
