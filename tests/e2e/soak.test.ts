import { join } from 'node:path';
import { DeleteObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { randomFaults } from '../../infra/local/fault-injection-proxy.ts';
import { seededRandom } from '../../infra/local/seeded-random.ts';
import { LOCAL_CREDENTIALS } from '../../infra/local/local-credentials.ts';
import { redriveDeadLetters } from '../../cli/commands/dlq.ts';
import { parseS3NotificationMessage } from '../../shared/ingest/s3-event-notification.ts';
import { DynamoEventRepository } from '../../shared/storage/dynamo-event-repository.ts';
import { useLocalStack } from '../support/local-stack.ts';
import { expectedState } from './soak/oracle.ts';
import { actorCountMismatches, checkTable, type CheckResult, type KeyProblem } from './soak/table-check.ts';
import { generateWorkload, loadSamples, type Operation } from './soak/workload.ts';

/**
 * Issue 5 soak: uploads, updates, deletes, duplicate deliveries, poison objects and ~5% injected
 * transient faults (throttling, 5xx, lost responses) on the handlers' S3 and DynamoDB traffic, then
 * the table is checked EXACTLY against the expected state. Size: SOAK_SIZE uploads (default 100;
 * `npm run soak` runs 1,000); SOAK_SEED makes a run reproducible (up to thread timing).
 */
const SIZE = Number(process.env.SOAK_SIZE ?? 100);
const SEED = Number(process.env.SOAK_SEED ?? 20_260_501);
const FAULT_RATE = 0.05;
const UPLOAD_CONCURRENCY = 8;

// One attempt per SDK call in the handlers, so every injected fault surfaces as a failed record
// that SQS must redeliver (the SDK's own retries would hide most of them).
const previousMaxAttempts = process.env.AWS_MAX_ATTEMPTS;
process.env.AWS_MAX_ATTEMPTS = '1';
afterAll(() => {
  if (previousMaxAttempts === undefined) delete process.env.AWS_MAX_ATTEMPTS;
  else process.env.AWS_MAX_ATTEMPTS = previousMaxAttempts;
});

const faults = randomFaults(FAULT_RATE, seededRandom(SEED));
const notifications: string[] = [];
const local = useLocalStack({
  faults,
  onNotification: (body) => notifications.push(body),
  ingestConcurrency: 4,
  visibilityTimeoutSeconds: 1,
});

/** Bodies that are not S3 notifications at all: the DLQ is where they must end. */
const MALFORMED_MESSAGES = ['{"Records":[{"eventName":"ObjectCreated:Put"}]}', 'this is not JSON'];

describe('soak', () => {
  it(
    `${SIZE} uploads with duplicates, updates, deletes, poison objects and ${FAULT_RATE * 100}% transient faults end in exactly the expected state`,
    async () => {
      const { stack } = local;
      const { endpoints } = stack;
      const direct = { endpoint: endpoints.s3Endpoint, region: endpoints.region, credentials: LOCAL_CREDENTIALS };
      const s3 = new S3Client({ ...direct, forcePathStyle: true, maxAttempts: 3 });
      const sqs = new SQSClient({ ...direct, endpoint: endpoints.sqsEndpoint, maxAttempts: 3 });
      const dynamo = new DynamoDBClient({ endpoint: endpoints.dynamodbEndpoint, region: endpoints.region, credentials: LOCAL_CREDENTIALS, maxAttempts: 3 });
      const repository = new DynamoEventRepository(DynamoDBDocumentClient.from(dynamo), endpoints.table, { calendarTtlMs: 0 });

      const samples = await loadSamples(join(import.meta.dirname, '..', '..', 'samples', 'articles'));
      const operations = generateWorkload(samples, SIZE, seededRandom(SEED + 1));
      const random = seededRandom(SEED + 2);
      const everUploaded = new Set<string>();
      let uploaded = 0;

      // Operations on one key run in order (as one writer would issue them); keys run in parallel.
      const chains = new Map<string, Promise<void>>();
      const run = async (operation: Operation) => {
        if (operation.kind === 'duplicate') {
          if (notifications.length > 0) stack.sendToIngestQueue(notifications[operation.pick % notifications.length]!);
          return;
        }
        const previous = chains.get(operation.key) ?? Promise.resolve();
        const next = previous.then(async () => {
          if (operation.kind === 'put') {
            await s3.send(new PutObjectCommand({ Bucket: endpoints.bucket, Key: operation.key, Body: operation.body, ContentType: operation.contentType }));
            everUploaded.add(operation.key);
            uploaded++;
          } else {
            await s3.send(new DeleteObjectCommand({ Bucket: endpoints.bucket, Key: operation.key }));
          }
        });
        chains.set(operation.key, next);
        await next;
      };
      let position = 0;
      await Promise.all(
        Array.from({ length: UPLOAD_CONCURRENCY }, async () => {
          while (position < operations.length) await run(operations[position++]!);
        }),
      );
      for (const body of MALFORMED_MESSAGES) stack.sendToIngestQueue(body);
      // Late duplicates: redeliveries that arrive after newer versions were processed.
      for (let i = 0; i < Math.ceil(notifications.length * 0.05); i++) {
        stack.sendToIngestQueue(notifications[Math.floor(random() * notifications.length)]!);
      }
      const idleTimeout = 120_000 + SIZE * 600;
      await stack.waitForIngestIdle(idleTimeout);

      // Phase A: with faults, every key is as expected or its notification is in the DLQ.
      const expected = await expectedState(s3, endpoints.bucket, everUploaded);
      const deadLetters = stack.deadLetterBodies();
      const deadLetteredKeys = new Set(deadLetters.flatMap(keysOf));
      const phaseA = await checkTable(repository, endpoints.bucket, expected);
      const lostA = phaseA.mismatched.filter(({ key }) => !deadLetteredKeys.has(key));

      // Phase B: the operator's fix: faults gone, `accord dlq redrive`; now nothing may differ.
      faults.enabled = false;
      await redriveDeadLetters(sqs, { deadLetterQueueUrl: endpoints.deadLetterQueueUrl, queueUrl: endpoints.queueUrl });
      await stack.waitForIngestIdle(idleTimeout);
      const phaseB = await checkTable(repository, endpoints.bucket, expected);
      const actorCounts = await actorCountMismatches(repository, expected);

      const counts = summarize(phaseB);
      // A dead-lettered key may still show its previous version's events in phase A: not duplicates.
      const sum = (problems: KeyProblem[], field: 'extraEvents' | 'missingEvents') => problems.reduce((n, p) => n + p[field], 0);
      const duplicated = sum(lostA, 'extraEvents') + phaseA.strayEvents + sum(phaseB.mismatched, 'extraEvents') + phaseB.strayEvents;
      const lost = lostA.length + phaseB.mismatched.length + sum(phaseB.mismatched, 'missingEvents');
      console.log(
        `soak: uploaded=${uploaded} processed=${counts.processed} failed=${counts.failed} dead-lettered=${deadLetters.length} duplicated=${duplicated} lost=${lost}`,
      );
      const injected = stack.faultProxies ? [stack.faultProxies.s3, stack.faultProxies.dynamodb] : [];
      const faultCount = injected.reduce((sum, proxy) => sum + proxy.injected.throttle + proxy.injected.server + proxy.injected.timeout, 0);
      const requestCount = injected.reduce((sum, proxy) => sum + proxy.requests, 0);

      s3.destroy();
      sqs.destroy();
      dynamo.destroy();

      expect(lostA, 'keys neither as expected nor dead-lettered after the faulty run').toEqual([]);
      expect(phaseB.mismatched, 'keys not as expected after the redrive').toEqual([]);
      expect(actorCounts, 'actor event counts (listed, expected) that differ').toEqual({});
      expect(duplicated).toBe(0);
      expect(lost).toBe(0);
      expect(counts.processed + counts.failed).toBe(expected.size);
      // Only the messages that are not S3 notifications stay dead-lettered.
      expect(stack.deadLetterBodies().sort()).toEqual([...MALFORMED_MESSAGES].sort());
      expect(faultCount, 'faults were injected').toBeGreaterThan(0);
      expect(faultCount / requestCount).toBeLessThan(FAULT_RATE * 2);
    },
    30 * 60_000,
  );
});

function keysOf(body: string): string[] {
  try {
    return parseS3NotificationMessage(body).map((change) => change.location.key);
  } catch {
    return [];
  }
}

/** processed: objects whose last change was applied (article processed, or its deletion); failed: recorded failures. */
function summarize(result: CheckResult): { processed: number; failed: number } {
  let processed = 0;
  let failed = 0;
  for (const status of result.matched.values()) {
    if (status === 'failed') failed++;
    else processed++;
  }
  return { processed, failed };
}
