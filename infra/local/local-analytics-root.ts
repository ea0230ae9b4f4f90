import { join } from 'node:path';

/** The local analytics export: `<data dir>/analytics/events/month=YYYY-MM/YYYY-MM-DD.parquet`. Its own module so the CLI finds it without loading the exporter. */
export const localAnalyticsRoot = (dataDir: string): string => join(dataDir, 'analytics', 'events');
