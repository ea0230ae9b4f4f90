import { join } from 'node:path';
import { localAnalyticsRoot } from '../infra/local/local-analytics-root.ts';
import { LOCAL_DATA_DIR } from '../infra/local/local-endpoints.ts';

/**
 * The local stack's data folder: `--data-dir`, else ACCORD_DATA_DIR, else `.accord/local` of the
 * repository `accord` belongs to (where `npm start` keeps its data).
 */
export function localDataDir(dataDir: string | undefined, env: Record<string, string | undefined> = process.env): string {
  if (dataDir) return dataDir;
  if (env.ACCORD_DATA_DIR) return LOCAL_DATA_DIR;
  return join(import.meta.dirname, '..', '.accord', 'local');
}

/** The local export's folder, under the local data folder. */
export function localExportRoot(dataDir: string | undefined, env: Record<string, string | undefined> = process.env): string {
  return localAnalyticsRoot(localDataDir(dataDir, env));
}
