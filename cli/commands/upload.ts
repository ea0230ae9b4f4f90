import { performance } from 'node:perf_hooks';
import type { Command } from 'commander';
import { ARTICLE_PREFIX } from '../../infra/resources.ts';
import { ARTICLE_EXTENSIONS } from '../../shared/article/article-format.ts';
import { collectArticleFiles } from '../article-files.ts';
import { parseDateOption } from '../dates.ts';
import { startProgress } from '../progress.ts';
import { runAction } from '../run-action.ts';
import { addTargetOptions, requireBucket, resolveTarget, type Target, type TargetOptions } from '../target.ts';
import { uploadFiles } from '../upload-files.ts';

interface UploadCommandOptions extends TargetOptions {
  published?: string;
  concurrency: string;
}

const MAX_FAILURES_LISTED = 10;

export function register(program: Command): void {
  const command = program
    .command('upload')
    .summary('upload article files or folders to the articles bucket')
    .description(
      `Upload files, or folders recursively (${ARTICLE_EXTENSIONS.join(' ')}), under ${ARTICLE_PREFIX} in the articles bucket:\n` +
        'the local stack by default, --stage for AWS, --endpoint/--bucket for any S3-compatible store. Exit code 1 if any upload failed.',
    )
    .argument('<paths...>', 'files or folders')
    .option('--published <YYYY-MM-DD>', 'publication date stored as object metadata `published`', parseDateOption)
    .option('--concurrency <n>', 'parallel uploads', '8');
  addTargetOptions(command).action(runAction(upload));
}

async function upload(paths: string[], options: UploadCommandOptions): Promise<void> {
  const target = await resolveTarget(options);
  const bucket = requireBucket(target);
  const files = await collectArticleFiles(paths);
  if (files.length === 0) {
    process.stderr.write(`accord: no article files (${ARTICLE_EXTENSIONS.join(' ')}) in ${paths.join(' ')}\n`);
    process.exitCode = 1;
    return;
  }
  const { S3Client } = await import('@aws-sdk/client-s3');
  const s3 = new S3Client(target.s3);
  const bar = await startProgress(files.length, 'uploading');
  const started = performance.now();
  const summary = await uploadFiles(s3, files, {
    bucket,
    concurrency: Math.max(1, Number.parseInt(options.concurrency, 10) || 8),
    ...(options.published ? { published: options.published } : {}),
    onFileDone: () => bar.increment(),
  });
  bar.stop();
  s3.destroy();
  for (const { file, error } of summary.failures.slice(0, MAX_FAILURES_LISTED)) {
    process.stderr.write(`failed: ${file.path}: ${explainS3Error(error, target)}\n`);
  }
  if (summary.failures.length > MAX_FAILURES_LISTED) process.stderr.write(`… and ${summary.failures.length - MAX_FAILURES_LISTED} more failures\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `uploaded ${summary.uploaded} of ${files.length} file(s), ${formatSize(summary.bytes)}, to s3://${bucket}/${ARTICLE_PREFIX} on ${target.label} in ${seconds}s` +
      `${summary.failures.length > 0 ? `; ${summary.failures.length} failed` : ''}\n`,
  );
  if (summary.failures.length > 0) process.exitCode = 1;
}

/** One line a user can act on for the usual S3 failures. */
export function explainS3Error(error: Error, target: Target): string {
  const code = (error as { code?: string; cause?: { code?: string } }).code ?? (error as { cause?: { code?: string } }).cause?.code;
  if (code === 'ECONNREFUSED' || /ECONNREFUSED/.test(error.message)) {
    return target.kind === 'local'
      ? `cannot reach the local stack's S3 at ${target.s3.endpoint ?? 'its local endpoint'}: start it with \`npm start\``
      : `cannot reach ${target.s3.endpoint ?? 'S3'} (connection refused)`;
  }
  if (error.name === 'NoSuchBucket') return `bucket ${target.bucket ?? '(none named)'} does not exist on ${target.label}`;
  if (error.name === 'AccessDenied' || error.name === 'Forbidden') return `access denied to bucket ${target.bucket ?? '(none named)'}: check your credentials`;
  return error.message || error.name;
}

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
