import type { S3Client } from '@aws-sdk/client-s3';
import type { SQSClient } from '@aws-sdk/client-sqs';
import type { Command } from 'commander';
import { ARTICLE_PREFIX } from '../../infra/resources.ts';
import { articleIdFor, type ArticleRecord } from '../../shared/model/article.ts';
import { ApiProblem, createApiClient, type ApiClient } from '../api-client.ts';
import { parseDateOption } from '../dates.ts';
import { fetchPages } from '../pages.ts';
import { startProgress } from '../progress.ts';
import { runAction } from '../run-action.ts';
import { addTargetOptions, requireBucket, resolveTarget, TargetError, type Target, type TargetOptions } from '../target.ts';

/**
 * `accord reprocess`: re-extract stored articles, e.g. after an extractor upgrade or a new analysts'
 * dictionary (whose version is part of the stored extractor string, README "Extending the dictionaries"). It puts an
 * S3 notification for each object's CURRENT version on the ingest queue, so the deployed ingest
 * (with its extractor) does the work through the normal path. Idempotent: the repository applies a
 * notification of the stored version only when the outcome changes (another extractor or dictionary version),
 * and treats the rest as duplicates; deleted articles and vanished objects are skipped.
 */
interface ReprocessOptions extends TargetOptions {
  all?: boolean;
  since?: string;
}

export function register(program: Command): void {
  const command = program
    .command('reprocess')
    .summary('re-extract stored articles (after an extractor or dictionary change), idempotently')
    .description(
      'Queue stored articles for extraction again: --all, those published (or stored) on or after --since, ' +
        `or the given object keys (with or without the ${ARTICLE_PREFIX} prefix). Deleted articles are skipped.`,
    )
    .argument('[keys...]', 'object keys to reprocess')
    .option('--all', 'every stored article')
    .option('--since <YYYY-MM-DD>', 'articles published on or after this date', parseDateOption);
  addTargetOptions(command).action(runAction(reprocess));
}

export interface ReprocessCandidate {
  key: string;
  record: ArticleRecord | null;
}

export interface ReprocessSummary {
  queued: number;
  /** The object is no longer in the bucket. */
  gone: number;
}

/** Stored articles of `bucket` that match the selection, from the API's article list. */
export async function selectStoredArticles(client: ApiClient, bucket: string, selection: { since?: string }): Promise<ReprocessCandidate[]> {
  const candidates: ReprocessCandidate[] = [];
  for await (const page of fetchPages<ArticleRecord>(client, 'articles', {}, 'articles', true)) {
    for (const record of page.items) {
      if (record.bucket !== bucket || record.status === 'deleted') continue;
      const day = (record.publishedAt ?? record.createdAt).slice(0, 10);
      if (selection.since && day < selection.since) continue;
      candidates.push({ key: record.key, record });
    }
  }
  return candidates;
}

/**
 * Sends one ObjectCreated notification per candidate's current object version. The stored
 * sequencer goes along when the stored record IS that version, so ordering stays exact.
 */
export async function queueReprocessing(
  clients: { s3: S3Client; sqs: SQSClient },
  where: { bucket: string; queueUrl: string; region: string },
  candidates: readonly ReprocessCandidate[],
  onProgress: (done: number) => void = () => undefined,
): Promise<ReprocessSummary> {
  const { SendMessageBatchCommand } = await import('@aws-sdk/client-sqs');
  // Loaded on use: the notification modules bring zod, which `accord --help` does not need.
  const { normalizeEtag } = await import('../../shared/ingest/s3-event-notification.ts');
  const { s3NotificationMessageBody, s3NotificationRecord } = await import('../../infra/local/s3-notification-format.ts');
  const summary: ReprocessSummary = { queued: 0, gone: 0 };
  let done = 0;
  let batch: string[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const out = await clients.sqs.send(
      new SendMessageBatchCommand({ QueueUrl: where.queueUrl, Entries: batch.map((body, i) => ({ Id: String(i), MessageBody: body })) }),
    );
    if (out.Failed && out.Failed.length > 0) throw new Error(`the ingest queue refused ${out.Failed.length} message(s): ${out.Failed[0]?.Message ?? ''}`);
    summary.queued += batch.length;
    batch = [];
  };
  for (const candidate of candidates) {
    const head = await headOrNull(clients.s3, where.bucket, candidate.key);
    if (head === null) summary.gone++;
    else {
      const etag = normalizeEtag(head.ETag ?? '');
      const sameVersion =
        candidate.record !== null &&
        (head.VersionId ? candidate.record.versionId === head.VersionId : candidate.record.etag !== null && normalizeEtag(candidate.record.etag) === etag);
      const record = s3NotificationRecord({
        eventName: 'ObjectCreated:Put',
        region: where.region,
        bucket: where.bucket,
        key: candidate.key,
        size: head.ContentLength ?? 0,
        etag,
        versionId: head.VersionId ?? null,
        sequencer: sameVersion ? (candidate.record?.sequencer ?? null) : null,
        configurationId: 'accord-reprocess',
      });
      batch.push(s3NotificationMessageBody(record));
      if (batch.length === 10) await flush();
    }
    onProgress(++done);
  }
  await flush();
  return summary;
}

async function headOrNull(s3: S3Client, bucket: string, key: string) {
  const { HeadObjectCommand } = await import('@aws-sdk/client-s3');
  try {
    return await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
  } catch (error) {
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    if (status === 404) return null;
    throw error;
  }
}

async function reprocess(keys: string[], options: ReprocessOptions): Promise<void> {
  const modes = [options.all === true, options.since !== undefined, keys.length > 0].filter(Boolean).length;
  if (modes !== 1) throw new TargetError('say what to reprocess: --all, --since YYYY-MM-DD, or one or more object keys');
  const target = await resolveTarget(options);
  const bucket = requireBucket(target);
  if (!target.queueUrl) throw new TargetError(`no ingest queue known for ${target.label}: use the local stack or --stage`);

  const candidates =
    keys.length > 0
      ? await candidatesForKeys(target, bucket, keys)
      : await selectStoredArticles(createApiClient(target), bucket, options.since ? { since: options.since } : {});
  const [{ S3Client }, { SQSClient }] = await Promise.all([import('@aws-sdk/client-s3'), import('@aws-sdk/client-sqs')]);
  const s3 = new S3Client(target.s3);
  const sqs = new SQSClient(target.sqs);
  // Every article takes a HEAD request: worth a bar from two on.
  const bar = await startProgress(candidates.length, 'reprocess', 'articles', 1);
  try {
    const summary = await queueReprocessing({ s3, sqs }, { bucket, queueUrl: target.queueUrl, region: target.region }, candidates, () => bar.increment());
    bar.stop();
    process.stdout.write(
      `queued ${summary.queued} article(s) for extraction on ${target.label}` +
        `${summary.gone > 0 ? `; skipped ${summary.gone} whose object is gone` : ''}; unchanged results are kept as they are\n`,
    );
  } finally {
    bar.stop();
    s3.destroy();
    sqs.destroy();
  }
}

/** Keys as given (the prefix added when missing), with their stored record when the API has one. */
async function candidatesForKeys(target: Target, bucket: string, keys: string[]): Promise<ReprocessCandidate[]> {
  const client = target.apiUrl ? createApiClient(target) : null;
  const candidates: ReprocessCandidate[] = [];
  for (const given of keys) {
    const key = given.startsWith(ARTICLE_PREFIX) ? given : `${ARTICLE_PREFIX}${given.replace(/^\/+/, '')}`;
    candidates.push({ key, record: client ? await storedRecord(client, articleIdFor(bucket, key)) : null });
  }
  return candidates;
}

async function storedRecord(client: ApiClient, articleId: string): Promise<ArticleRecord | null> {
  try {
    const body = await client.get<{ article?: ArticleRecord } & Partial<ArticleRecord>>(`articles/${articleId}`);
    return body.article ?? (typeof body.id === 'string' ? (body as ArticleRecord) : null);
  } catch (error) {
    if (error instanceof ApiProblem && error.status === 404) return null;
    throw error;
  }
}
