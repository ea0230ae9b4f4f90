import type { Message, SQSClient } from '@aws-sdk/client-sqs';
import type { Command } from 'commander';
import type { ObjectChange } from '../../shared/ingest/s3-event-notification.ts';
import { runAction } from '../run-action.ts';
import { addTargetOptions, resolveTarget, TargetError, type Target, type TargetOptions } from '../target.ts';

/**
 * `accord dlq list` shows the dead-lettered ingest messages (what object, how often tried);
 * `accord dlq redrive` moves them back to the ingest queue, e.g. after a fix or an outage.
 * Works the same on the local stack (fauxqs) and on AWS, with plain SQS calls.
 */
/** Loaded on use: keeps `accord --help` and the other commands fast. */
const sqsSdk = () => import('@aws-sdk/client-sqs');

interface DlqOptions extends TargetOptions {
  limit?: string;
  json?: boolean;
}

export function register(program: Command): void {
  const dlq = program.command('dlq').summary('show and redrive dead-lettered ingest messages');
  const list = dlq
    .command('list')
    .summary('list the messages in the dead-letter queue (they stay there)')
    .option('--limit <n>', 'show at most n messages', '100')
    .option('--json', 'one JSON object per line');
  addTargetOptions(list).action(runAction(listCommand));
  const redrive = dlq.command('redrive').summary('move every dead-lettered message back to the ingest queue');
  addTargetOptions(redrive).action(runAction(redriveCommand));
}

export interface DeadLetter {
  messageId: string;
  receiveCount: number;
  sentAt: string | null;
  /** "ObjectCreated:Put articles/x.txt", or why the body is not an S3 notification. */
  summary: string;
  body: string;
}

export interface DeadLetterQueues {
  deadLetterQueueUrl: string;
  queueUrl: string;
}

/** Reads up to `limit` dead letters without removing them (they become visible again right after). */
export async function listDeadLetters(sqs: SQSClient, deadLetterQueueUrl: string, limit: number): Promise<DeadLetter[]> {
  const { ReceiveMessageCommand } = await sqsSdk();
  const seen = new Map<string, Message>();
  const held: Message[] = [];
  try {
    while (seen.size < limit) {
      const out = await sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: deadLetterQueueUrl,
          MaxNumberOfMessages: Math.min(10, limit - seen.size),
          // Held briefly so the next receive returns the next messages, released below.
          VisibilityTimeout: 30,
          WaitTimeSeconds: 0,
          MessageSystemAttributeNames: ['All'],
        }),
      );
      const messages = out.Messages ?? [];
      if (messages.length === 0) break;
      held.push(...messages);
      for (const message of messages) seen.set(message.MessageId ?? '', message);
    }
  } finally {
    await release(sqs, deadLetterQueueUrl, held);
  }
  // Loaded on use, like the SDK: the notification schema brings zod.
  const { parseS3NotificationMessage } = await import('../../shared/ingest/s3-event-notification.ts');
  return [...seen.values()].map((message) => deadLetterOf(message, parseS3NotificationMessage));
}

/**
 * Moves the messages in the DLQ to the ingest queue; returns how many moved. Only as many as
 * were there at the start: a message that fails again and is dead-lettered anew during a long
 * redrive stays in the DLQ instead of circling forever.
 */
export async function redriveDeadLetters(sqs: SQSClient, queues: DeadLetterQueues, onMoved: (count: number) => void = () => undefined): Promise<number> {
  const { DeleteMessageBatchCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SendMessageBatchCommand } = await sqsSdk();
  const attributes = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: queues.deadLetterQueueUrl, AttributeNames: ['ApproximateNumberOfMessages'] }));
  const initial = Number(attributes.Attributes?.ApproximateNumberOfMessages ?? 0);
  let moved = 0;
  while (moved < initial) {
    const out = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queues.deadLetterQueueUrl,
        MaxNumberOfMessages: Math.min(10, initial - moved),
        VisibilityTimeout: 60,
        WaitTimeSeconds: 0,
        MessageAttributeNames: ['All'],
      }),
    );
    const messages = out.Messages ?? [];
    if (messages.length === 0) return moved;
    const sent = await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: queues.queueUrl,
        Entries: messages.map((message, i) => ({
          Id: String(i),
          MessageBody: message.Body ?? '',
          ...(message.MessageAttributes ? { MessageAttributes: message.MessageAttributes } : {}),
        })),
      }),
    );
    // Delete only what arrived in the ingest queue: a message is never in neither queue.
    const delivered = new Set((sent.Successful ?? []).map((entry) => entry.Id));
    const toDelete = messages.filter((_, i) => delivered.has(String(i)));
    if (toDelete.length > 0) {
      await sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl: queues.deadLetterQueueUrl,
          Entries: toDelete.map((message, i) => ({ Id: String(i), ReceiptHandle: message.ReceiptHandle })),
        }),
      );
    }
    moved += toDelete.length;
    onMoved(moved);
    if (toDelete.length < messages.length) {
      const failure = sent.Failed?.[0];
      throw new Error(
        `could not send ${messages.length - toDelete.length} message(s) to the ingest queue: ${failure?.Message ?? failure?.Code ?? 'unknown error'}`,
      );
    }
  }
  return moved;
}

type NotificationParser = (body: string) => ObjectChange[];

function deadLetterOf(message: Message, parse: NotificationParser): DeadLetter {
  const attributes = message.Attributes ?? {};
  const sent = Number(attributes.SentTimestamp);
  return {
    messageId: message.MessageId ?? '',
    receiveCount: Number(attributes.ApproximateReceiveCount ?? 0),
    sentAt: Number.isFinite(sent) && sent > 0 ? new Date(sent).toISOString() : null,
    summary: summarize(message.Body ?? '', parse),
    body: message.Body ?? '',
  };
}

function summarize(body: string, parse: NotificationParser): string {
  try {
    const changes = parse(body);
    if (changes.length === 0) return '(S3 test event)';
    return changes.map((change) => `${change.eventName} ${change.location.key}`).join(', ');
  } catch (error) {
    return `(not an S3 notification: ${error instanceof Error ? error.message : String(error)})`.slice(0, 120);
  }
}

async function release(sqs: SQSClient, queueUrl: string, messages: Message[]): Promise<void> {
  const { ChangeMessageVisibilityBatchCommand } = await sqsSdk();
  for (let i = 0; i < messages.length; i += 10) {
    const batch = messages.slice(i, i + 10);
    await sqs.send(
      new ChangeMessageVisibilityBatchCommand({
        QueueUrl: queueUrl,
        Entries: batch.map((message, j) => ({ Id: String(j), ReceiptHandle: message.ReceiptHandle, VisibilityTimeout: 0 })),
      }),
    );
  }
}

function queuesOf(target: Target): DeadLetterQueues {
  if (!target.deadLetterQueueUrl || !target.queueUrl) {
    throw new TargetError(`no ingest queues known for ${target.label}: use the local stack or --stage`);
  }
  return { deadLetterQueueUrl: target.deadLetterQueueUrl, queueUrl: target.queueUrl };
}

/** Runs `use` with the target's queues and an SQS client for them, destroyed afterwards. */
async function withQueues(options: DlqOptions, use: (sqs: SQSClient, queues: DeadLetterQueues, target: Target) => Promise<void>): Promise<void> {
  const target = await resolveTarget(options);
  const queues = queuesOf(target);
  const { SQSClient } = await sqsSdk();
  const sqs = new SQSClient(target.sqs);
  try {
    await use(sqs, queues, target);
  } finally {
    sqs.destroy();
  }
}

async function listCommand(options: DlqOptions): Promise<void> {
  await withQueues(options, async (sqs, queues, target) => {
    const limit = Math.max(1, Number.parseInt(options.limit ?? '100', 10) || 100);
    const letters = await listDeadLetters(sqs, queues.deadLetterQueueUrl, limit);
    if (options.json) {
      for (const letter of letters) process.stdout.write(`${JSON.stringify(letter)}\n`);
      return;
    }
    if (letters.length === 0) {
      process.stdout.write(`the dead-letter queue of ${target.label} is empty\n`);
      return;
    }
    for (const letter of letters) {
      process.stdout.write(`${letter.messageId}  tries=${letter.receiveCount}  ${letter.sentAt ?? '-'}  ${letter.summary}\n`);
    }
    process.stdout.write(
      `${letters.length} dead-lettered message(s)${letters.length === limit ? ' (limit reached, use --limit)' : ''}; move them back with \`accord dlq redrive\`\n`,
    );
  });
}

async function redriveCommand(options: DlqOptions): Promise<void> {
  await withQueues(options, async (sqs, queues, target) => {
    const moved = await redriveDeadLetters(sqs, queues, (count) => {
      if (process.stderr.isTTY) process.stderr.write(`\rmoved ${count}…`);
    });
    if (process.stderr.isTTY && moved > 0) process.stderr.write('\r');
    process.stdout.write(`moved ${moved} message(s) from the dead-letter queue back to the ingest queue of ${target.label}\n`);
  });
}
