/** Environment variables the handlers read; set by CDK and by the local stack alike. */
export const ENV = {
  tableName: 'TABLE_NAME',
  bucketName: 'BUCKET_NAME',
  articlePrefix: 'ARTICLE_PREFIX',
  maxArticleBytes: 'MAX_ARTICLE_BYTES',
  /** The extraction budget of one article (shared/extractor/extraction-budget.ts). */
  extractionMaxWork: 'EXTRACTION_MAX_WORK',
  extractionMaxMs: 'EXTRACTION_MAX_MS',
  /** The limits of one batch object (shared/batch/batch-splitter.ts BatchLimits). */
  batchMaxBytes: 'BATCH_MAX_BYTES',
  batchMaxDecompressedBytes: 'BATCH_MAX_DECOMPRESSED_BYTES',
  batchMaxRecords: 'BATCH_MAX_RECORDS',
  /** The ingest queue, where a batch split that runs out of time puts its continuation. */
  ingestQueueUrl: 'INGEST_QUEUE_URL',
  cursorSecretName: 'CURSOR_SECRET_NAME',
  /** Local stack and tests only: the cursor key itself, instead of a secret name. */
  cursorKey: 'CURSOR_KEY',
  stage: 'STAGE',
  /** Comma-separated origins the API answers CORS requests for; `*` for any. */
  corsOrigins: 'CORS_ORIGINS',
  /** The analytics export's bucket and key prefix (functions/export). */
  exportBucket: 'EXPORT_BUCKET',
  exportPrefix: 'EXPORT_PREFIX',
} as const;
