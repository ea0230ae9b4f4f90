import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { isPermanentError } from '../../../shared/ingest/error-classification.ts';
import { articleIdFor } from '../../../shared/model/article.ts';
import { DiplomaticEventSchema, type DiplomaticEvent } from '../../../shared/model/diplomatic-event.ts';
import { DynamoEventRepository } from '../../../shared/storage/dynamo-event-repository.ts';
import { itemSize } from '../../../shared/storage/item-size.ts';
import { STORED_TEXT_LIMITS } from '../../../shared/storage/stored-limits.ts';
import { useDynamoDbLocal } from '../../support/dynamodb-local.ts';
import { event, location, processedArticle } from './event-fixtures.ts';

/**
 * Issue "Hostile input", limits: DynamoDB refuses items over 400 KB and transactions over 4 MB
 * on every try. Giant strings from an article are cut to the stored limits with a note, and
 * transactions are sized by bytes, so such articles are stored instead of retried into the DLQ.
 */
const dynamo = useDynamoDbLocal();
const KB = 1024;

async function newRepository(options: ConstructorParameters<typeof DynamoEventRepository>[2] = {}) {
  const { documentClient, tableName } = await dynamo.newTable();
  return { repository: new DynamoEventRepository(documentClient, tableName, { calendarTtlMs: 0, ...options }), documentClient, tableName };
}

const withSentence = (e: DiplomaticEvent, sentence: string): DiplomaticEvent => ({
  ...e,
  evidence: { ...e.evidence, sentence, end: e.evidence.start + sentence.length },
});

/** Text deflate cannot shrink much: CJK characters (3 bytes of UTF-8 each) in a pseudo-random order. */
const incompressible = (seed: number, length: number): string =>
  Array.from({ length }, (_, j) => String.fromCharCode(0x4e00 + ((seed * 7_919 + j * 104_729 + j * j * 31) % 20_000))).join('');

/** Counts the TransactWriteItems a document client sends and the largest one's size. */
function recordTransactions(documentClient: DynamoDBDocumentClient) {
  const sizes: number[] = [];
  const send = documentClient.send.bind(documentClient);
  documentClient.send = ((command: { constructor: { name: string }; input: { TransactItems?: Record<string, { Item?: Record<string, unknown> }>[] } }) => {
    if (command.constructor.name === 'TransactWriteCommand') {
      sizes.push((command.input.TransactItems ?? []).reduce((sum, entry) => sum + itemSize(Object.values(entry)[0]?.Item ?? {}), 0));
    }
    return send(command as never);
  }) as typeof documentClient.send;
  return sizes;
}

describe('stored text limits', () => {
  it('stores an article with a 500 KB title and a 500 KB URL, cut to their limits with notes', async () => {
    const { repository } = await newRepository();
    const loc = location('articles/giant-title.json', '0001');
    const article = processedArticle(loc, { title: 'T'.repeat(500 * KB), url: `https://news.example/${'u'.repeat(500 * KB)}` });
    expect(await repository.saveProcessed(article, [event(loc, { n: 1, source: 'KOR' })])).toBe('written');

    const record = await repository.getArticle(articleIdFor(loc.bucket, loc.key));
    expect(record).toMatchObject({ status: 'processed', eventCount: 1 });
    expect(record?.title).toHaveLength(STORED_TEXT_LIMITS.title);
    expect(record?.url).toHaveLength(STORED_TEXT_LIMITS.url);
    expect(record?.url?.startsWith('https://news.example/uuu')).toBe(true);
    expect(record?.notes).toEqual(['title truncated to 1,000 characters (was 512,000)', 'URL truncated to 2,048 characters (was 512,021)']);
  });

  it('stores an event whose evidence is a 1 MB sentence, and every other free text of events, cut', async () => {
    const { repository } = await newRepository();
    const loc = location('articles/one-line.txt', '0001');
    const giant = `France and Germany signed a treaty${', and the ministers praised the talks'.repeat(30_000)}.`;
    const base = withSentence(event(loc, { n: 1, source: 'FRA', target: 'DEU' }), giant);
    const long = 'w'.repeat(10 * KB);
    const e1 = {
      ...base,
      dateText: long,
      source: { ...base.source, text: long },
      target: { ...base.target!, text: long },
      location: { text: long, country: 'FRA' },
      evidence: { ...base.evidence, trigger: long },
    };
    expect(await repository.saveProcessed(processedArticle(loc, { notes: ['a line of 1,000,000 characters was split'] }), [e1])).toBe('written');

    const [stored] = await repository.eventsOfArticle(e1.articleId);
    expect(DiplomaticEventSchema.parse(stored)).toBeDefined();
    expect(stored?.evidence.sentence).toHaveLength(STORED_TEXT_LIMITS.sentence);
    expect(stored?.evidence.sentence.startsWith('France and Germany signed a treaty')).toBe(true);
    // The offsets still locate the whole sentence in the article body.
    expect(stored?.evidence).toMatchObject({ start: e1.evidence.start, end: e1.evidence.end });
    for (const text of [stored?.dateText, stored?.source.text, stored?.target?.text, stored?.location?.text, stored?.evidence.trigger]) {
      expect(text).toHaveLength(STORED_TEXT_LIMITS.phrase);
    }
    const record = await repository.getArticle(e1.articleId);
    expect(record?.notes).toEqual([
      'a line of 1,000,000 characters was split',
      'date text of 1 event truncated to 200 characters',
      'actor text of 1 event truncated to 200 characters',
      'location text of 1 event truncated to 200 characters',
      'evidence sentence of 1 event truncated to 2,000 characters',
      'trigger of 1 event truncated to 200 characters',
    ]);
  });

  it('stores 15 events with 100 KB sentences', async () => {
    const { repository } = await newRepository();
    const loc = location('articles/long-sentences.txt', '0001');
    const events = Array.from({ length: 15 }, (_, i) => withSentence(event(loc, { n: i + 1, source: 'KOR' }), `Sentence ${i} ${'s'.repeat(100 * KB)}.`));
    expect(await repository.saveProcessed(processedArticle(loc), events)).toBe('written');
    const stored = await repository.eventsOfArticle(events[0]!.articleId);
    expect(stored).toHaveLength(15);
    expect(stored.every((e) => e.evidence.sentence.length === STORED_TEXT_LIMITS.sentence)).toBe(true);
    expect((await repository.getArticle(events[0]!.articleId))?.notes).toEqual(['evidence sentence of 15 events truncated to 2,000 characters']);
  });

  it('keeps at most 20 notes of at most 500 characters', async () => {
    const { repository } = await newRepository();
    const loc = location('articles/noisy.txt', '0001');
    const notes = Array.from({ length: 40 }, (_, i) => `note ${i}: ${'n'.repeat(2 * KB)}`);
    await repository.saveProcessed(processedArticle(loc, { notes }), []);
    const record = await repository.getArticle(articleIdFor(loc.bucket, loc.key));
    expect(record?.notes).toHaveLength(20);
    expect(record?.notes.every((note) => note.length <= STORED_TEXT_LIMITS.note)).toBe(true);
    expect(record?.notes.at(-1)).toBe('21 more notes left out');
  });

  it('cuts a failure reason and keeps the notes of a deleted article', async () => {
    const { repository } = await newRepository();
    const failed = location('articles/failed.txt', '0001');
    await repository.saveFailed(failed, `The database refused it: ${'r'.repeat(500 * KB)}`);
    const record = await repository.getArticle(articleIdFor(failed.bucket, failed.key));
    expect(record).toMatchObject({ status: 'failed', notes: [] });
    expect(record?.reason).toHaveLength(STORED_TEXT_LIMITS.reason);

    const deleted = location('articles/deleted.txt', '0001');
    await repository.saveProcessed(processedArticle(deleted, { notes: ['a note'] }), []);
    await repository.saveDeleted(location('articles/deleted.txt', '0002'));
    expect(await repository.getArticle(articleIdFor(deleted.bucket, deleted.key))).toMatchObject({ status: 'deleted', notes: ['a note'] });
  });
});

describe('events the data model rejects', () => {
  it('are refused with UnstorableEventError (permanent), before anything is cut or written', async () => {
    const { repository } = await newRepository();
    const loc = location('articles/malformed.txt', '0001');
    const { source: _dropped, ...sourceless } = event(loc, { n: 1, source: 'KOR' });
    const error = await repository.saveProcessed(processedArticle(loc), [sourceless as DiplomaticEvent]).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'UnstorableEventError', message: expect.stringMatching(/source/) });
    expect(isPermanentError(error)).toBe(true);
    expect(await repository.getArticle(articleIdFor(loc.bucket, loc.key))).toBeNull();
  });
});

describe('transactions sized by bytes', () => {
  it('splits a write into transactions that fit the byte budget, and stores every event', async () => {
    const budget = 12 * KB;
    const { repository, documentClient } = await newRepository({ transactionBytes: budget });
    const transactions = recordTransactions(documentClient);
    const loc = location('articles/many-long.txt', '0001');
    // 12 events of ~4 KB each (a sentence the compressor cannot shrink much): about 48 KB, four
    // times the budget but far under 100 items.
    const events = Array.from({ length: 12 }, (_, i) => withSentence(event(loc, { n: i + 1, source: 'KOR' }), `Sentence ${i} ${incompressible(i, 1_990)}`));
    expect(await repository.saveProcessed(processedArticle(loc), events)).toBe('written');

    expect(transactions.length).toBeGreaterThanOrEqual(4);
    expect(Math.max(...transactions)).toBeLessThanOrEqual(budget);
    expect((await repository.eventsOfArticle(events[0]!.articleId)).map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect(await repository.getArticle(events[0]!.articleId)).toMatchObject({ status: 'processed', eventCount: 12 });
  });

  it('writes in one transaction what fits the budget', async () => {
    const { repository, documentClient } = await newRepository();
    const transactions = recordTransactions(documentClient);
    const loc = location('articles/small.txt', '0001');
    await repository.saveProcessed(processedArticle(loc), [event(loc, { n: 1, source: 'KOR' }), event(loc, { n: 2, source: 'JPN' })]);
    expect(transactions).toHaveLength(1);
  });
});

describe('DynamoDB item size as DynamoDB Local counts it', () => {
  const put = (documentClient: DynamoDBDocumentClient, tableName: string, item: Record<string, unknown>) =>
    documentClient.send(new PutCommand({ TableName: tableName, Item: item }));

  it('accepts any item our measure puts at 400 KB or less (the measure is conservative)', async () => {
    const { documentClient, tableName } = await newRepository();
    const base = { pk: 'SIZE', sk: 'x', n: 12345, list: ['a', 'b'], map: { k: 'v' } };
    for (const unit of ['a', 'é', '語', '😀']) {
      const room = 400 * KB - itemSize({ ...base, s: '' });
      const s = unit.repeat(Math.floor(room / Buffer.byteLength(unit)));
      expect(itemSize({ ...base, s })).toBeLessThanOrEqual(400 * KB);
      await expect(put(documentClient, tableName, { ...base, sk: unit, s })).resolves.toBeDefined();
    }
  });

  it('gets a ValidationException for an item over 400 KB, which ingest counts as permanent', async () => {
    const { documentClient, tableName } = await newRepository();
    const error = await put(documentClient, tableName, { pk: 'SIZE', sk: 'big', s: 'x'.repeat(401 * KB) }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ValidationException' });
    expect(isPermanentError(error)).toBe(true);
  });
});
