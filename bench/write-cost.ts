/**
 * `npm run bench:write-cost`: DynamoDB write request units (WRU) and stored bytes per article and
 * per event, for the sample articles, through the real write path.
 *
 * Codes every file of samples/articles (or the folder given) with the rule-based coder, stores
 * each as a new article through DynamoEventRepository against DynamoDB Local, records every write
 * request the repository sends, and prices them with write-units.ts (DynamoDB's size rules and
 * on-demand billing). The figures are deterministic: a function of the item layout and the
 * coder's output, not a timing. docs/cost.md takes its "DynamoDB writes" line from here.
 *
 *   npm run bench:write-cost [-- samples/articles]
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { ensureEventsTable, startDynamoDbLocal } from '../infra/local/dynamodb-local.ts';
import { LOCAL_CREDENTIALS } from '../infra/local/local-credentials.ts';
import { parseArticle } from '../shared/article/index.ts';
import { RuleBasedExtractor } from '../shared/coder/rule-based-extractor.ts';
import { COUNTRY_CODES, ORGANISATION_CODES } from '../shared/dictionary/known-codes.ts';
import { eventsDocumentClient } from '../shared/storage/document-client.ts';
import { DynamoEventRepository } from '../shared/storage/dynamo-event-repository.ts';
import { itemSize } from '../shared/storage/item-size.ts';
import { ACTOR_COUNTS_PK, actorCountSk, ARTICLE_RECORD_SK } from '../shared/storage/keys.ts';
import { EVENTS_TABLE } from '../shared/storage/table-definition.ts';
import { putUnits, storedBytes, type WriteUnits } from '../shared/storage/write-units.ts';

const folder = process.argv[2] ?? 'samples/articles';
const TABLE = 'accord-events-write-cost';
/** On-demand price per million WRU in us-east-1 (docs/cost.md). */
const DOLLARS_PER_MILLION_WRU = 0.625;

type Item = Record<string, unknown>;
interface Tally extends WriteUnits {
  events: number;
  record: number;
  counters: number;
}

const dynamo = await startDynamoDbLocal();
try {
  const client = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'us-east-1', credentials: LOCAL_CREDENTIALS });
  await ensureEventsTable(client, TABLE);
  const documentClient = eventsDocumentClient(client);
  const tally: Tally = { table: 0, index: 0, events: 0, record: 0, counters: 0 };
  const stored = { table: 0, index: 0 };
  // Items written that hold events (event items, and participant items where the layout has them).
  let eventItems = 0;
  const add = (kind: 'events' | 'record' | 'counters', cost: WriteUnits) => {
    tally.table += cost.table;
    tally.index += cost.index;
    tally[kind] += cost.table + cost.index;
  };
  const put = (item: Item, transactional: boolean) => {
    const sk = String(item.sk);
    const cost = putUnits(item, EVENTS_TABLE, transactional);
    if (sk === ARTICLE_RECORD_SK) {
      add('record', cost);
      return;
    }
    add('events', cost);
    eventItems++;
    const bytes = storedBytes(item, EVENTS_TABLE);
    stored.table += bytes.table;
    stored.index += bytes.index;
  };
  let counterUpdates = 0;
  // An Update (of a counter shard, or of the record on the chunked path) is billed on the larger of
  // the item before and after it. The writes here only add, so that is the item it leaves: read it
  // back once the request is done (a counter shard grows with every actor counted in it).
  const update = async (entry: Item, transactional: boolean) => {
    const { Key } = Object.values(entry)[0] as { Key: Item };
    const { Item: after } = await documentClient.send(new GetCommand({ TableName: TABLE, Key, ConsistentRead: true }));
    const cost = { table: Math.ceil(itemSize(after ?? Key) / 1024) * (transactional ? 2 : 1), index: Key.sk === ARTICLE_RECORD_SK ? 1 : 0 };
    add(Key.sk === ARTICLE_RECORD_SK ? 'record' : 'counters', cost);
    if (Key.sk !== ARTICLE_RECORD_SK) counterUpdates++;
  };
  documentClient.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as Item;
      const updates: [Item, boolean][] = [];
      if (context.commandName === 'TransactWriteItemsCommand') {
        for (const entry of input.TransactItems as Item[]) {
          if ('Put' in entry) put((entry.Put as { Item: Item }).Item, true);
          else if ('Update' in entry) updates.push([entry, true]);
        }
      } else if (context.commandName === 'BatchWriteItemCommand') {
        for (const requests of Object.values(input.RequestItems as Record<string, Item[]>)) {
          for (const request of requests) if ('PutRequest' in request) put((request.PutRequest as { Item: Item }).Item, false);
        }
      } else if (context.commandName === 'PutItemCommand') {
        put(input.Item as Item, false);
      } else if (context.commandName === 'UpdateItemCommand' && (input.Key as Item).sk !== 'MONTHS') {
        updates.push([{ Update: input }, false]);
      }
      const result = await next(args);
      for (const [entry, transactional] of updates) await update(entry, transactional);
      return result;
    },
    // the document client's commands arrive here as the client's own (PutItemCommand …), values not yet marshalled
    { step: 'initialize', name: 'priceWrites' },
  );

  const repository = new DynamoEventRepository(documentClient, TABLE);
  const extractor = new RuleBasedExtractor();
  const files = readdirSync(folder).sort();
  let events = 0;
  let withTarget = 0;
  for (const file of files) {
    const body = readFileSync(join(folder, file));
    const location = { bucket: 'accord-articles-bench', key: `articles/${file}`, versionId: null, etag: null, sequencer: '01' };
    const article = await parseArticle({ bucket: location.bucket, key: location.key, body });
    const result = await extractor.extract(article);
    events += result.events.length;
    withTarget += result.events.filter((event) => event.target).length;
    await repository.saveProcessed(
      {
        location,
        title: article.title,
        url: article.url,
        publishedAt: article.publishedAt,
        extractor: result.version ?? extractor.version,
        contentHash: createHash('sha256').update(body).digest('hex'),
        notes: [...(article.notes ?? []), ...(result.notes ?? [])],
      },
      result.events,
    );
  }
  client.destroy();

  const articles = files.length;
  const perArticle = (tally.table + tally.index) / articles;
  const fmt = (n: number, digits = 1) => n.toFixed(digits);
  console.log(
    `${folder}: ${articles} articles, ${events} events (${fmt(events / articles)} per article, ${fmt((100 * withTarget) / events, 0)} % with a target), ${eventItems} items written for them (${fmt(eventItems / events, 2)} per event)`,
  );
  console.log(
    `per article: ${fmt(perArticle)} WRU = table ${fmt(tally.table / articles)} + indexes ${fmt(tally.index / articles)}; events ${fmt(tally.events / articles)}, article record ${fmt(tally.record / articles)}, actor counters ${fmt(tally.counters / articles)}`,
  );
  console.log(
    `per event: ${fmt(tally.events / events, 2)} WRU; stored ${fmt((stored.table + stored.index) / events, 0)} bytes (table ${fmt(stored.table / events, 0)} + indexes ${fmt(stored.index / events, 0)}, with DynamoDB's 100 bytes per item)`,
  );
  // A shard item ends up with an attribute for every actor counted in it: at most every code the
  // coder knows. Its counts are priced by DynamoDB's documented number size (1 byte per 2
  // significant digits + 1; item-size.ts uses the 21-byte maximum), with 6 digits each.
  const codes = [...COUNTRY_CODES, ...ORGANISATION_CODES];
  const fullShard = itemSize({ pk: ACTOR_COUNTS_PK, sk: actorCountSk(0) }) + codes.reduce((sum, code) => sum + code.length + 4, 0);
  const fullCounters = (Math.ceil(fullShard / 1024) * 2 * counterUpdates) / articles;
  const perArticleFull = perArticle - tally.counters / articles + fullCounters;
  console.log(
    `actor counters once every shard item holds all ${codes.length} actor codes (${fullShard} bytes): ${fmt(fullCounters)} WRU per article, so ${fmt(perArticleFull)} WRU per article, $${fmt(perArticleFull * DOLLARS_PER_MILLION_WRU, 2)} per million articles`,
  );
  console.log(
    `write cost: ${fmt(perArticle)} WRU per article, $${fmt((perArticle * DOLLARS_PER_MILLION_WRU * 1e6) / 1e6, 2)} per million articles; ${fmt((stored.table + stored.index) / events, 0)} bytes stored per event`,
  );
} finally {
  await dynamo.stop();
}
