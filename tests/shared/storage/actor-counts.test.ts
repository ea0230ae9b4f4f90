import { DeleteCommand, GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { articleIdFor, type ArticleLocation } from '../../../shared/model/article.ts';
import { DynamoEventRepository } from '../../../shared/storage/dynamo-event-repository.ts';
import type { ActorCount } from '../../../shared/storage/event-repository.ts';
import { useDynamoDbLocal } from '../../support/dynamodb-local.ts';
import { event, location, processedArticle } from './event-fixtures.ts';

/**
 * The actor counts kept at write time agree exactly with the event index after every kind of
 * write: new versions, duplicates, deletions, failures, concurrent writers, chunked writes and
 * writers that die between transactions.
 */
const dynamo = useDynamoDbLocal();

async function newRepository(options: ConstructorParameters<typeof DynamoEventRepository>[2] = {}) {
  const { documentClient, tableName } = await dynamo.newTable();
  const make = (more = {}) => new DynamoEventRepository(documentClient, tableName, { calendarTtlMs: 0, ...options, ...more });
  return { repository: make(), make, documentClient, tableName };
}

async function allActors(repository: DynamoEventRepository, prefix = '', limit = 100): Promise<ActorCount[]> {
  const items: ActorCount[] = [];
  let cursor: string | undefined;
  do {
    const page = await repository.listActors(prefix, { limit, ...(cursor ? { cursor } : {}) });
    items.push(...page.items);
    cursor = page.cursor;
  } while (cursor && items.length < 1_000);
  return items;
}

/** What the event index says: every actor's events, counted by the actor query. */
async function countsFromIndex(repository: DynamoEventRepository, actors: readonly string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const actor of actors) {
    const { items } = await repository.queryEvents({ actor }, { limit: 100 });
    if (items.length > 0) counts[actor] = items.length;
  }
  return counts;
}

const ACTORS = ['KOR', 'CHN', 'JPN', 'USA', 'RUS', 'UKR'];
const ALL_ACTORS = [...ACTORS, 'BRA', 'ARG', 'FRA', 'DEU', 'ITA', 'ESP'];

async function expectCountsMatchIndex(repository: DynamoEventRepository): Promise<void> {
  const listed = Object.fromEntries((await allActors(repository)).map(({ actor, events }) => [actor, events]));
  expect(listed).toEqual(await countsFromIndex(repository, ALL_ACTORS));
}

/** The counter shard items, as stored. */
async function shardItems(documentClient: DynamoDBDocumentClient, tableName: string): Promise<Record<string, unknown>[]> {
  const { Items } = await documentClient.send(
    new QueryCommand({ TableName: tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': 'ACTORS' } }),
  );
  return Items ?? [];
}

const eventsOf = (loc: ArticleLocation, base: number, pairs: readonly [string, string | null][]) =>
  pairs.map(([source, target], n) => event(loc, { n: base + n, source, target }));

describe('actor counts', () => {
  it('lists actors with their events, most first, by prefix and page by page', async () => {
    const { repository } = await newRepository();
    const a = location('articles/counts-a.txt', '01');
    const b = location('articles/counts-b.txt', '01');
    await repository.saveProcessed(
      processedArticle(a),
      eventsOf(a, 0, [
        ['KOR', 'CHN'],
        ['CHN', 'KOR'],
        ['KOR', 'KOR'],
        ['USA', 'KOR'],
      ]),
    );
    await repository.saveProcessed(
      processedArticle(b),
      eventsOf(b, 0, [
        ['JPN', null],
        ['USA', 'CHN'],
      ]),
    );
    expect(await allActors(repository)).toEqual([
      { actor: 'KOR', events: 4 },
      { actor: 'CHN', events: 3 },
      { actor: 'USA', events: 2 },
      { actor: 'JPN', events: 1 },
    ]);
    expect(await allActors(repository, 'U')).toEqual([{ actor: 'USA', events: 2 }]);
    expect(await allActors(repository, 'CHN')).toEqual([{ actor: 'CHN', events: 3 }]);
    expect(await allActors(repository, 'X')).toEqual([]);
    const first = await repository.listActors('', { limit: 3 });
    expect(first.items.map((i) => i.actor)).toEqual(['KOR', 'CHN', 'USA']);
    const second = await repository.listActors('', { limit: 3, cursor: first.cursor! });
    expect(second).toEqual({ items: [{ actor: 'JPN', events: 1 }] });
    await expect(repository.listActors('', { limit: 3, cursor: 'bm90IGEgY3Vyc29y' })).rejects.toThrow(/cursor/);
    await expectCountsMatchIndex(repository);
  });

  it('follow new versions, duplicates, failures and deletions exactly', async () => {
    const { repository } = await newRepository();
    const v1 = location('articles/counts-versions.txt', '01');
    const v2 = location('articles/counts-versions.txt', '02');
    await repository.saveProcessed(
      processedArticle(v1),
      eventsOf(v1, 0, [
        ['KOR', 'CHN'],
        ['RUS', 'UKR'],
      ]),
    );
    expect(
      await repository.saveProcessed(
        processedArticle(v1),
        eventsOf(v1, 0, [
          ['KOR', 'CHN'],
          ['RUS', 'UKR'],
        ]),
      ),
    ).toBe('duplicate');
    await expectCountsMatchIndex(repository);
    await repository.saveProcessed(
      processedArticle(v2),
      eventsOf(v2, 0, [
        ['KOR', 'JPN'],
        ['KOR', 'CHN'],
        ['UKR', 'RUS'],
      ]),
    );
    await expectCountsMatchIndex(repository);
    expect(Object.fromEntries((await allActors(repository)).map((c) => [c.actor, c.events]))).toEqual({ KOR: 2, CHN: 1, JPN: 1, RUS: 1, UKR: 1 });
    await repository.saveFailed(location('articles/counts-versions.txt', '03'), 'the object is empty');
    expect(await allActors(repository)).toEqual([]);
    const v4 = location('articles/counts-versions.txt', '04');
    await repository.saveProcessed(processedArticle(v4), eventsOf(v4, 0, [['USA', 'KOR']]));
    await repository.saveDeleted(location('articles/counts-versions.txt', '05'));
    expect(await allActors(repository)).toEqual([]);
  });

  it('stay exact under concurrent writers of one article and of many articles', async () => {
    const { make, repository } = await newRepository();
    const versions = ['01', '02', '03', '04'].map((seq) => location('articles/counts-race.txt', seq));
    await Promise.all(
      versions.map((loc, v) =>
        make().saveProcessed(
          processedArticle(loc),
          eventsOf(loc, v * 10, [
            [ACTORS[v]!, ACTORS[v + 1]!],
            ['KOR', 'USA'],
          ]),
        ),
      ),
    );
    const others = Array.from({ length: 8 }, (_, n) => location(`articles/counts-many-${n}.txt`, '01'));
    await Promise.all(
      others.map((loc) =>
        make().saveProcessed(
          processedArticle(loc),
          eventsOf(loc, 0, [
            ['KOR', 'CHN'],
            ['USA', 'KOR'],
          ]),
        ),
      ),
    );
    await expectCountsMatchIndex(repository);
  });

  it('stay exact through chunked writes, including a writer that dies between its transactions', async () => {
    // One change per transaction (an event is one item): every `survive` below falls inside the event writes.
    const { make, repository, documentClient, tableName } = await newRepository({ transactionLimit: 2 });
    const loc = location('articles/counts-chunked.txt', '01');
    const pairs: [string, string | null][] = Array.from({ length: 12 }, (_, n) => [ACTORS[n % 6]!, ACTORS[(n + 1) % 6]!]);
    expect(await repository.saveProcessed(processedArticle(loc), eventsOf(loc, 0, pairs))).toBe('written');
    await expectCountsMatchIndex(repository);

    for (const survive of [1, 2, 4, 6]) {
      // A writer of a new version dies after `survive` transactions; the redelivery finishes it.
      const next = location('articles/counts-chunked.txt', `1${survive}`);
      const replaced: [string, string | null][] = pairs.slice(0, 12 - survive).map(([s, t]) => [t!, s]);
      let transactions = 0;
      const dying = {
        send: (command: object) =>
          command.constructor.name === 'TransactWriteCommand' && ++transactions > survive
            ? Promise.reject(new Error('process died'))
            : documentClient.send(command as never),
      };
      const first = new DynamoEventRepository(dying as never, tableName, { calendarTtlMs: 0, transactionLimit: 2 });
      await expect(first.saveProcessed(processedArticle(next), eventsOf(next, survive * 100, replaced))).rejects.toThrow('process died');
      const redelivery = make({ now: () => new Date(Date.now() + 60_000) });
      expect(await redelivery.saveProcessed(processedArticle(next), eventsOf(next, survive * 100, replaced))).toBe('written');
      await expectCountsMatchIndex(repository);
    }

    // A writer dies at its counter step (the record's account and the shard's one Update).
    const others: [string, string | null][] = [
      ['BRA', 'ARG'],
      ['FRA', 'DEU'],
      ['ITA', 'ESP'],
      ['BRA', 'FRA'],
    ];
    const moved = location('articles/counts-chunked.txt', '20');
    let counterTransactions = 0;
    const dyingInCounts = {
      send: (command: { constructor: { name: string }; input: { TransactItems?: { Update?: { Key?: { pk?: string } } }[] } }) =>
        command.constructor.name === 'TransactWriteCommand' &&
        command.input.TransactItems?.some((item) => item.Update?.Key?.pk === 'ACTORS') &&
        ++counterTransactions > 0
          ? Promise.reject(new Error('process died'))
          : documentClient.send(command as never),
    };
    const dyingWriter = new DynamoEventRepository(dyingInCounts as never, tableName, { calendarTtlMs: 0, transactionLimit: 4 });
    await expect(dyingWriter.saveProcessed(processedArticle(moved), eventsOf(moved, 700, others))).rejects.toThrow('process died');
    expect(counterTransactions).toBe(1);
    expect(await make({ now: () => new Date(Date.now() + 60_000) }).saveProcessed(processedArticle(moved), eventsOf(moved, 700, others))).toBe('written');
    expect(Object.fromEntries((await allActors(repository)).map((c) => [c.actor, c.events]))).toEqual({ BRA: 2, FRA: 2, ARG: 1, DEU: 1, ITA: 1, ESP: 1 });

    // Two chunked writers of different versions at once (as in the repository's own race test).
    const racing = ['31', '32'].map((seq) => location('articles/counts-chunked.txt', seq));
    await Promise.all(
      racing.map((v, i) => make({ transactionLimit: 6 }).saveProcessed(processedArticle(v), eventsOf(v, 500 + i * 20, pairs.slice(i * 2, i * 2 + 4)))),
    );
    await expectCountsMatchIndex(repository);
  });

  it('stay exact when another article conflicts with a chunked writer at its counter step', async () => {
    const { repository, documentClient, tableName } = await newRepository();
    type Command = { constructor: { name: string }; input: { TransactItems?: { Update?: { Key?: { pk?: string } } }[] } };
    let counterTransactions = 0;
    // the shard item is shared: another article's transaction on it cancels this one twice
    const conflicting = {
      send: (command: Command) =>
        command.constructor.name === 'TransactWriteCommand' &&
        command.input.TransactItems?.some((item) => item.Update?.Key?.pk === 'ACTORS') &&
        ++counterTransactions <= 2
          ? Promise.reject(
              Object.assign(new Error('Transaction cancelled'), {
                name: 'TransactionCanceledException',
                CancellationReasons: [{ Code: 'None' }, { Code: 'TransactionConflict' }],
              }),
            )
          : documentClient.send(command as never),
    };
    const writer = new DynamoEventRepository(conflicting as never, tableName, { calendarTtlMs: 0, transactionLimit: 2 });
    const loc = location('articles/counts-conflict.txt', '01');
    const events = eventsOf(loc, 0, [
      ['KOR', 'CHN'],
      ['USA', 'KOR'],
      ['RUS', null],
    ]);
    expect(await writer.saveProcessed(processedArticle(loc), events)).toBe('written');
    expect(counterTransactions).toBe(3);
    await expectCountsMatchIndex(repository);
    // the write completed: the same version again is a duplicate
    expect(await repository.saveProcessed(processedArticle(loc), events)).toBe('duplicate');
  });

  it('cost one Update of the article shard item per write, and are summed over the shards', async () => {
    const { documentClient, tableName } = await newRepository();
    type Entry = { Update?: { Key?: { pk?: string; sk?: string } } };
    const counterUpdates: Entry[][] = [];
    const watching = {
      send: (command: { constructor: { name: string }; input: { TransactItems?: Entry[] } }) => {
        if (command.constructor.name === 'TransactWriteCommand')
          counterUpdates.push((command.input.TransactItems ?? []).filter((e) => e.Update?.Key?.pk === 'ACTORS'));
        return documentClient.send(command as never);
      },
    };
    const repository = new DynamoEventRepository(watching as never, tableName, { calendarTtlMs: 0 });
    const pairs: [string, string | null][] = [
      ['KOR', 'CHN'],
      ['USA', 'KOR'],
      ['RUS', null],
    ];
    for (let n = 0; n < 12; n++) {
      const loc = location(`articles/counts-shards-${n}.txt`, '01');
      await repository.saveProcessed(processedArticle(loc), eventsOf(loc, 0, pairs));
    }
    // a new version that changes four actors' counts: still one Update, of the same shard item
    const again = location('articles/counts-shards-0.txt', '02');
    await repository.saveProcessed(processedArticle(again), eventsOf(again, 0, [['JPN', 'UKR']]));
    expect(counterUpdates.map((updates) => updates.length)).toEqual(Array.from({ length: 13 }, () => 1));
    expect(counterUpdates[12]![0]!.Update!.Key).toEqual(counterUpdates[0]![0]!.Update!.Key);
    const shards = await shardItems(documentClient, tableName);
    expect(shards.length).toBeGreaterThan(1);
    expect(shards.every((item) => /^SHARD#\d\d$/.test(String(item.sk)))).toBe(true);
    expect(await allActors(repository)).toEqual([
      { actor: 'KOR', events: 22 },
      { actor: 'CHN', events: 11 },
      { actor: 'RUS', events: 11 },
      { actor: 'USA', events: 11 },
      { actor: 'JPN', events: 1 },
      { actor: 'UKR', events: 1 },
    ]);
    await expectCountsMatchIndex(repository);
  });

  it('count an article stored before the shards afresh on its next write, and never read the counters before', async () => {
    const { repository, documentClient, tableName } = await newRepository();
    const loc = location('articles/counts-before-shards.txt', '01');
    const events = eventsOf(loc, 0, [
      ['KOR', 'CHN'],
      ['USA', null],
    ]);
    expect(await repository.saveProcessed(processedArticle(loc), events)).toBe('written');
    // Turn it into what the layout before left: the record's account in `actorEvents`, the fingerprint
    // of layout 2, and counter items `ACTORS#n` / actor code instead of the shard item.
    const key = { pk: `ART#${articleIdFor(loc.bucket, loc.key)}`, sk: 'ARTICLE' };
    const { Item: record } = await documentClient.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }));
    const { countedActors, ...rest } = record!;
    const fingerprint = JSON.stringify([...(JSON.parse(String(record!.fingerprint)) as unknown[]).slice(0, 4), 2]);
    await documentClient.send(new PutCommand({ TableName: tableName, Item: { ...rest, fingerprint, actorEvents: countedActors } }));
    for (const [actor, count] of Object.entries(countedActors as Record<string, number>)) {
      await documentClient.send(new PutCommand({ TableName: tableName, Item: { pk: 'ACTORS#3', sk: actor, events: count, type: 'actor-count' } }));
    }
    for (const shard of await shardItems(documentClient, tableName)) {
      await documentClient.send(new DeleteCommand({ TableName: tableName, Key: { pk: shard.pk, sk: shard.sk } }));
    }
    expect(await allActors(repository)).toEqual([]);
    // the same version again (a redelivery, `accord reprocess`) is applied and counts it in its shard
    expect(await repository.saveProcessed(processedArticle(loc), events)).toBe('written');
    await expectCountsMatchIndex(repository);
    // and a deletion subtracts exactly what that write added
    await repository.saveDeleted(location('articles/counts-before-shards.txt', '02'));
    expect(await allActors(repository)).toEqual([]);
  });
});
