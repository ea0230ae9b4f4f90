import { join } from 'node:path';
import { localAnalyticsRoot } from '../infra/local/local-analytics-root.ts';
import { LOCAL_DATA_DIR } from '../infra/local/local-endpoints.ts';

/**
 * The local export's folder: `--data-dir`, else ACCORD_DATA_DIR, else `.accord/local` of the
 * repository `accord` belongs to (where `npm start` keeps its data).
 */
export function localExportRoot(dataDir: string | undefined, env: Record<string, string | undefined> = process.env): string {
  if (dataDir) return localAnalyticsRoot(dataDir);
  if (env.ACCORD_DATA_DIR) return localAnalyticsRoot(LOCAL_DATA_DIR);
  return localAnalyticsRoot(join(import.meta.dirname, '..', '.accord', 'local'));
}
