import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOpenApiDocument } from '../shared/api/openapi.ts';
import { apiRoutes } from '../shared/api/routes.ts';

/**
 * Lints the generated OpenAPI document with Redocly's recommended rules (redocly.yaml at the
 * repository root, which also turns Redocly's telemetry off: the lint never touches the network).
 * `npm run lint:api` prints the report and fails on errors; tests/scripts/lint-api.test.ts runs it.
 */
export interface LintReport {
  totals: { errors: number; warnings: number; ignored: number };
  problems: { ruleId: string; severity: 'error' | 'warn'; message: string; location: { pointer: string }[] }[];
}

const repositoryRoot = join(import.meta.dirname, '..');
const redoclyCli = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');

export function lintApiDocument(): LintReport {
  const folder = mkdtempSync(join(tmpdir(), 'accord-openapi-'));
  try {
    const file = join(folder, 'openapi.json');
    writeFileSync(file, JSON.stringify(buildOpenApiDocument(apiRoutes), null, 2));
    const run = spawnSync(process.execPath, [redoclyCli, 'lint', '--format=json', '--config', join(repositoryRoot, 'redocly.yaml'), file], {
      cwd: repositoryRoot,
      encoding: 'utf8',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    });
    // Exit status 1 means "errors found", with the report on stdout all the same.
    if (!run.stdout.trim().startsWith('{')) throw new Error(`redocly lint did not report (exit ${String(run.status)}): ${run.stderr}`);
    return JSON.parse(run.stdout) as LintReport;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const report = lintApiDocument();
  for (const problem of report.problems) {
    console.log(`${problem.severity} ${problem.ruleId} at ${problem.location[0]?.pointer ?? '#'}: ${problem.message}`);
  }
  console.log(`OpenAPI document: ${report.totals.errors} errors, ${report.totals.warnings} warnings (Redocly recommended rules)`);
  if (report.totals.errors > 0) process.exitCode = 1;
}
