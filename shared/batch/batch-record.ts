import type { ArticleRejectionKind } from '../article/rejection.ts';

/**
 * One record of a batch as a reader yields it:
 *  - `article`: the bytes of one article (a JSON line, a WARC response's HTML) with the extension
 *    and S3 metadata its record object is written with;
 *  - `rejected`: a record that cannot become an article, known already while splitting (a line or
 *    WARC record over the article size limit). It still becomes a record object, empty, whose
 *    metadata carries the reason, so it ends `failed` with that reason like any bad article;
 *  - `skipped`: a record that is not an article (a WARC response that is not HTML, a redirect):
 *    counted on the batch, no object.
 */
export type BatchRecord =
  | { kind: 'article'; id: string; extension: 'json' | 'html'; body: Uint8Array; metadata: Record<string, string> }
  | { kind: 'rejected'; id: string; extension: 'json' | 'html'; rejection: ArticleRejectionKind; reason: string }
  | { kind: 'skipped'; what: string };

/** S3 user metadata of a record object rejected while splitting (see RejectedRecordMetadata in ingest). */
export const REJECTED_KIND_METADATA = 'accord-rejected-kind';
export const REJECTED_REASON_METADATA = 'accord-rejected-reason';
