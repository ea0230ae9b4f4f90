import { readFile } from 'node:fs/promises';
import type { S3Client } from '@aws-sdk/client-s3';
import { contentTypeOf } from '../shared/article/article-format.ts';
import type { ArticleFile } from './article-files.ts';

export interface UploadOptions {
  bucket: string;
  /** Sets the object metadata `published` (the ingest's date after the content's own). */
  published?: string;
  concurrency?: number;
  onFileDone?: (file: ArticleFile, error: Error | null) => void;
}

export interface UploadSummary {
  uploaded: number;
  bytes: number;
  failures: { file: ArticleFile; error: Error }[];
}

/** Uploads files with bounded concurrency; one failure does not stop the others. */
export async function uploadFiles(s3: S3Client, files: readonly ArticleFile[], options: UploadOptions): Promise<UploadSummary> {
  // Loaded here, not at the top: every `accord` command imports this module, few of them upload.
  const { PutObjectCommand } = await import('@aws-sdk/client-s3');
  const summary: UploadSummary = { uploaded: 0, bytes: 0, failures: [] };
  const seen = new Map<string, string>();
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      let failure: Error | null = null;
      try {
        const earlier = seen.get(file.key);
        if (earlier !== undefined) throw new Error(`same key ${file.key} as ${earlier}; rename one of them`);
        seen.set(file.key, file.path);
        const body = await readFile(file.path);
        await s3.send(
          new PutObjectCommand({
            Bucket: options.bucket,
            Key: file.key,
            Body: body,
            ContentType: contentTypeOf(file.path),
            ...(options.published ? { Metadata: { published: options.published } } : {}),
          }),
        );
        summary.uploaded++;
        summary.bytes += body.length;
      } catch (error) {
        failure = error instanceof Error ? error : new Error(String(error));
        summary.failures.push({ file, error: failure });
      }
      options.onFileDone?.(file, failure);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 8, files.length)) }, worker));
  return summary;
}
