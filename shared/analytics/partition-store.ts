import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DeleteObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { partitionPath } from './event-columns.ts';

/**
 * Where the export puts one month's Parquet file: a folder on this machine (the local stack) or a
 * prefix in the stage's analytics bucket (AWS). Both lay files out as `month=YYYY-MM/events.parquet`,
 * the Hive layout DuckDB and Athena read. A month with no events has no file.
 */
export interface PartitionStore {
  put(month: string, parquet: Uint8Array): Promise<void>;
  remove(month: string): Promise<void>;
}

/** Files under `root`; each write goes to a temporary file renamed over the old one, so a reader never sees half a file. */
export function folderPartitionStore(root: string): PartitionStore {
  return {
    async put(month, parquet) {
      const path = join(root, partitionPath(month));
      await mkdir(dirname(path), { recursive: true });
      const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(temporary, parquet);
      await rename(temporary, path);
    },
    async remove(month) {
      await rm(join(root, partitionPath(month)), { force: true });
    },
  };
}

/** Objects under `prefix` in `bucket` (a PUT replaces the whole object atomically for readers). */
export function s3PartitionStore(s3: S3Client, bucket: string, prefix: string): PartitionStore {
  const key = (month: string) => `${prefix}${partitionPath(month)}`;
  return {
    async put(month, parquet) {
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key(month), Body: parquet, ContentType: 'application/vnd.apache.parquet' }));
    },
    async remove(month) {
      await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: key(month) }));
    },
  };
}
