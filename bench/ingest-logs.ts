/**
 * `npm run bench:ingest-logs`: the bytes the ingest Lambda writes to CloudWatch Logs per article
 * (docs/cost.md, "CloudWatch Logs" line and A9).
 *
 * Starts the local stack, uploads the sample articles (real S3 notifications, handed over by the
 * stack's poller and not ingested by it), then serves them to the ingest handler in this process,
 * in one invocation of INGEST_BATCH_SIZE records at most like the event source mapping, with the
 * prod logging settings: INFO, metrics on (the EMF line is a log line too), the prod service name.
 * Counts every byte the handler writes to stdout and stderr. Lambda's own START/END/REPORT lines
 * are not the handler's and are not counted (docs/cost.md adds them).
 *
 *   npm run bench:ingest-logs [-- samples/articles]
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { ARTICLE_PREFIX, INGEST_BATCH_SIZE } from '../infra/resources.ts';
import { applyEnvironment } from '../infra/local/handler-environment.ts';
import { localLambdaContext } from '../infra/local/lambda-context.ts';
import { LOCAL_CREDENTIALS } from '../infra/local/local-credentials.ts';
import { waitUntil } from '../infra/local/wait-until.ts';
import { startNotificationStack } from './notification-stack.ts';

const folder = process.argv[2] ?? 'samples/articles';
const files = readdirSync(folder).sort();
const work = mkdtempSync(join(tmpdir(), 'accord-ingest-logs-'));
// The handler below ingests; the stack only hands over the notifications. Not the API handler:
// importing it would build the shared Logger before the environment below is set.
const { stack, records, environment } = await startNotificationStack(work, () => Promise.resolve({ statusCode: 204 }));

try {
  const { endpoints } = stack;
  applyEnvironment({
    ...environment,
    // what prod sets (infra/constructs/bundled-function.ts, stage-config.ts)
    POWERTOOLS_SERVICE_NAME: 'accord-ingest',
    POWERTOOLS_METRICS_NAMESPACE: 'Accord/prod',
    POWERTOOLS_METRICS_DISABLED: 'false',
    POWERTOOLS_LOG_LEVEL: 'INFO',
  });
  const s3 = new S3Client({ endpoint: endpoints.s3Endpoint, region: endpoints.region, forcePathStyle: true, credentials: LOCAL_CREDENTIALS });
  for (const file of files) {
    await s3.send(new PutObjectCommand({ Bucket: endpoints.bucket, Key: `${ARTICLE_PREFIX}${file}`, Body: readFileSync(join(folder, file)) }));
  }
  s3.destroy();
  await waitUntil(() => records.length >= files.length, 60_000, 'the upload notifications');

  // imported after the environment is set: the handler builds its clients at import, like a cold start
  const { handler } = await import('../functions/ingest/handler.ts');
  const written = { bytes: 0, lines: 0 };
  const count = (chunk: unknown) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
    written.bytes += Buffer.byteLength(text, 'utf8');
    written.lines += text.split('\n').filter(Boolean).length;
    return true;
  };
  const stdout = process.stdout.write.bind(process.stdout);
  const stderr = process.stderr.write.bind(process.stderr);
  let invocations = 0;
  try {
    process.stdout.write = count;
    process.stderr.write = count;
    for (let i = 0; i < records.length; i += INGEST_BATCH_SIZE) {
      const context = localLambdaContext({ functionName: 'accord-ingest-prod', region: endpoints.region, awsRequestId: `bench-${i}`, timeoutMs: 120_000 });
      const result = await handler({ Records: records.slice(i, i + INGEST_BATCH_SIZE) }, context);
      invocations++;
      if (result.batchItemFailures.length > 0) throw new Error(`ingest failed: ${JSON.stringify(result.batchItemFailures)}`);
    }
  } finally {
    process.stdout.write = stdout;
    process.stderr.write = stderr;
  }
  const articles = records.length;
  console.log(`${folder}: ${articles} articles in ${invocations} invocation(s) of at most ${INGEST_BATCH_SIZE}, prod log settings (INFO, metrics on)`);
  console.log(`ingest logs: ${(written.bytes / articles).toFixed(0)} bytes per article (${(written.lines / articles).toFixed(2)} lines), handler output only`);
} finally {
  await stack.stop();
  rmSync(work, { recursive: true, force: true });
}
