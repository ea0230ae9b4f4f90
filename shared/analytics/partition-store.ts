import { mkdir, readFile, readdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, NoSuchKey, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';

/**
 * Where the export keeps its files: a folder on this machine (the local stack) or a prefix in the
 * stage's analytics bucket (AWS). Paths are relative to that root, in the Hive layout DuckDB and
 * Athena read (`month=YYYY-MM/YYYY-MM-DD.parquet`, event-columns.ts). A day with no events has no file.
 */
export interface PartitionStore {
  /** The file's bytes, or undefined when there is none. */
  read(path: string): Promise<Uint8Array | undefined>;
  write(path: string, parquet: Uint8Array): Promise<void>;
  remove(path: string): Promise<void>;
  /** Names of the files directly inside a folder (`month=YYYY-MM/`); none when it does not exist. */
  list(folder: string): Promise<string[]>;
}

/** Files under `root`; each write goes to a temporary file renamed over the old one, so a reader never sees half a file. */
export function folderPartitionStore(root: string): PartitionStore {
  return {
    async read(path) {
      try {
        return new Uint8Array(await readFile(join(root, path)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    async write(path, parquet) {
      const file = join(root, path);
      await mkdir(dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(temporary, parquet);
      await rename(temporary, file);
    },
    async remove(path) {
      const file = join(root, path);
      await rm(file, { force: true });
      // An emptied month leaves no folder behind (S3 has no folders either).
      await rmdir(dirname(file)).catch(() => undefined);
    },
    async list(folder) {
      try {
        return (await readdir(join(root, folder), { withFileTypes: true })).filter((e) => e.isFile() && !e.name.endsWith('.tmp')).map((e) => e.name);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
    },
  };
}

/** Objects under `prefix` in `bucket` (a PUT replaces the whole object atomically for readers). */
export function s3PartitionStore(s3: S3Client, bucket: string, prefix: string): PartitionStore {
  return {
    async read(path) {
      try {
        const { Body } = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: `${prefix}${path}` }));
        return Body ? await Body.transformToByteArray() : undefined;
      } catch (error) {
        if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return undefined;
        throw error;
      }
    },
    async write(path, parquet) {
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key: `${prefix}${path}`, Body: parquet, ContentType: 'application/vnd.apache.parquet' }));
    },
    async remove(path) {
      await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: `${prefix}${path}` }));
    },
    async list(folder) {
      const names: string[] = [];
      let token: string | undefined;
      do {
        const page = await s3.send(
          new ListObjectsV2Command({ Bucket: bucket, Prefix: `${prefix}${folder}`, Delimiter: '/', ...(token ? { ContinuationToken: token } : {}) }),
        );
        for (const object of page.Contents ?? []) if (object.Key) names.push(object.Key.slice(prefix.length + folder.length));
        token = page.NextContinuationToken;
      } while (token);
      return names;
    },
  };
}
