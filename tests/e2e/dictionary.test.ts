import { PutObjectCommand } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import { describe, expect, it } from 'vitest';
import { queueReprocessing } from '../../cli/commands/reprocess.ts';
import { LOCAL_CREDENTIALS } from '../../infra/local/local-credentials.ts';
import { DICTIONARY_KEY } from '../../infra/resources.ts';
import { RuleBasedExtractor } from '../../shared/coder/rule-based-extractor.ts';
import { articleIdFor, type ArticleRecord } from '../../shared/model/article.ts';
import type { DiplomaticEvent } from '../../shared/model/diplomatic-event.ts';
import { eventually, useLocalStack } from '../support/local-stack.ts';

/**
 * The analysts' dictionary on the local stack, through the same path as in AWS: `npm start --
 * --dictionary` puts it into the bucket at DICTIONARY_KEY, the deployed ingest handler reads it from
 * there, the record keeps its version, and after a dictionary change `accord reprocess` rewrites
 * the stored article instead of taking it for a duplicate.
 */
const dictionary = (role: string) =>
  new TextEncoder().encode(
    JSON.stringify({ actors: [{ name: 'Hamas', type: 'organisation', country: 'PSE', role }], verbs: [{ phrase: 'ghost', code: '125' }] }),
  );
const local = useLocalStack({ dictionary: dictionary('GOV') });

const KEY = 'articles/dictionary/2026-03-02_hamas-statement.txt';
const ARTICLE =
  'Hamas condemned Israel on Monday over the overnight strikes on Gaza City, a spokesman said in a statement. ' +
  'The group said the strikes had killed at least twelve people and called on mediators in Cairo to act.\n';

interface ArticleWithEvents {
  article: ArticleRecord;
  events: DiplomaticEvent[];
}

const articleId = () => articleIdFor(local.stack.endpoints.bucket, KEY);
const stored = async (extractor?: RegExp): Promise<ArticleWithEvents | undefined> => {
  const { status, body } = await local.api<ArticleWithEvents>(`/articles/${articleId()}`);
  return status === 200 && (!extractor || extractor.test(body.article.extractor ?? '')) ? body : undefined;
};
const hamasRoles = (result: ArticleWithEvents) => [...new Set(result.events.filter((e) => e.source.text === 'Hamas').map((e) => e.source.role))];

describe("analysts' dictionary on the local stack", () => {
  it('codes with the dictionary put at its key, and stores its version with the extractor', async () => {
    await local.upload(KEY, ARTICLE);
    const first = await eventually(() => stored(), 30_000, 'the article');
    expect(first.article.extractor).toMatch(/^rules\/1\.24\.0\+dict\.[0-9a-f]{12}$/);
    expect(hamasRoles(first)).toEqual(['GOV']);
    // the dictionary object is configuration, not an article: no record for it
    const listed = await local.api<{ items: ArticleRecord[] }>('/articles?limit=100');
    expect(listed.body.items.map((a) => a.key)).not.toContain(DICTIONARY_KEY);
  });

  it('after a dictionary change, reprocessing rewrites the unchanged article with the new version', async () => {
    const before = (await stored())!;
    const { s3, stack } = local;
    await s3.send(new PutObjectCommand({ Bucket: stack.endpoints.bucket, Key: DICTIONARY_KEY, Body: dictionary('REB'), ContentType: 'application/json' }));
    const sqs = new SQSClient({ endpoint: stack.endpoints.sqsEndpoint, region: stack.endpoints.region, credentials: LOCAL_CREDENTIALS });
    try {
      const summary = await queueReprocessing(
        { s3, sqs },
        { bucket: stack.endpoints.bucket, queueUrl: stack.endpoints.queueUrl, region: stack.endpoints.region },
        [{ key: KEY, record: before.article }],
      );
      expect(summary).toEqual({ queued: 1, gone: 0 });
    } finally {
      sqs.destroy();
    }
    const escaped = before.article.extractor!.replace(/[.+]/g, '\\$&');
    const version = new RuleBasedExtractor().version.replace(/[.+]/g, '\\$&');
    const after = await eventually(() => stored(new RegExp(`^(?!${escaped}$)${version}\\+dict\\.`)), 30_000, 'the reprocessed article');
    expect(hamasRoles(after)).toEqual(['REB']);
    expect(after.article.versionId ?? after.article.etag).toBe(before.article.versionId ?? before.article.etag);
    expect(after.events.every((e) => e.extractor === after.article.extractor)).toBe(true);
  });
});
