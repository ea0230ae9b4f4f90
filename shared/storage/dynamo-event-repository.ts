import { randomUUID } from 'node:crypto';
import {
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
  PutCommand,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { articleIdFor, type ArticleLocation, type ArticleRecord } from '../model/article.ts';
import type { BatchState, BatchSummary } from '../model/batch.ts';
import { batchIdFor } from '../batch/batch-keys.ts';
import { batchItem, batchMemberPut, batchSummary, type BatchItem } from './batch-items.ts';
import { byReadingOrder, DiplomaticEventSchema, type DiplomaticEvent } from '../model/diplomatic-event.ts';
import { actorCountDeltas, actorCountUpdate, actorEventsOf, countedActorsUpdate, listActorCounts } from './actor-counts.ts';
import { summarizeActor } from './actor-summary.ts';
import { articleItem, articleListDate, articleRecordOf, storedOutcomeOf, type ArticleItem } from './article-item.ts';
import { walkMergedBuckets } from './bucket-merge.ts';
import { walkBuckets, DEFAULT_MAX_QUERIES_PER_PAGE, type WalkResult } from './bucket-walker.ts';
import { eventOfItem } from './event-item-decoding.ts';
import { planEventQuery } from './event-query-plan.ts';
import { eventTimeline } from './event-timeline.ts';
import {
  UnstorableEventError,
  type ActorCount,
  type ActorSummary,
  type EventFilter,
  type EventRepository,
  type EventTimeline,
  type Page,
  type PageRequest,
  type ProcessedArticle,
  type TimelineInterval,
  type WriteOutcome,
} from './event-repository.ts';
import { transactItemSize } from './item-size.ts';
import {
  ARTICLE_RECORD_SK,
  articlePk,
  BATCH_MEMBER_SK_PREFIX,
  BATCH_RECORD_SK,
  batchPk,
  EVENT_SK_PREFIX,
  eventItem,
  eventSk,
  eventSortDate,
  monthOf,
  PARTITION,
  type EventItem,
} from './keys.ts';
import { MonthCalendar } from './month-calendar.ts';
import { boundArticleDescription, boundEvents, boundNotes, STORED_TEXT_LIMITS, truncateText } from './stored-limits.ts';
import { chunkWrites, fitsOneTransaction, type TransactionBudget } from './transaction-chunks.ts';
import { compareVersions, decideWrite, outcomeFingerprint } from './write-order.ts';

export interface DynamoEventRepositoryOptions {
  /** How long a reader trusts its cached month calendar (ms) for pages it fills. Default 2 s. */
  calendarTtlMs?: number;
  /** Upper bound on Queries one page may issue while walking month buckets. */
  maxQueriesPerPage?: number;
  /** An actor summary reads at most this many events (newest first), so one request stays bounded. Default 20,000. */
  maxSummaryEvents?: number;
  /** A timeline reads at most this many event items (newest first; before the filter). Default 10,000. */
  maxTimelineEvents?: number;
  /** Items per TransactWriteItems (DynamoDB's limit is 100); lower only to exercise the chunked path in tests. */
  transactionLimit?: number;
  /** Bytes of item data per TransactWriteItems (default 3 MiB, under DynamoDB's 4 MB); lower only in tests. */
  transactionBytes?: number;
  now?: () => Date;
}

/** Conflicting writers retry this often before giving up (the caller's retry policy takes over). */
const MAX_WRITE_ATTEMPTS = 8;
/** How long a chunked write of one version may hold its claim before another writer presumes it dead. */
const CLAIM_TTL_MS = 15_000;
/** Reads of one article's record and events before giving up on a view between two writes. */
const MAX_SNAPSHOT_ATTEMPTS = 5;
/**
 * DynamoDB refuses transactions over 4 MB of item data. Our measure (item-size.ts) rounds up, and a
 * quarter of headroom covers what it does not see, such as the expression strings of an Update.
 */
const DEFAULT_TRANSACTION_BYTES = 3 * 1024 * 1024;
const ARTICLE_ID = /^a[0-9a-f]{20}/;
/** A timeline reads at most this many items, and issues at most this many Queries (month buckets). */
export const DEFAULT_MAX_TIMELINE_EVENTS = 10_000;
const MAX_TIMELINE_QUERIES = 400;

/**
 * EventRepository on one DynamoDB table (layout in keys.ts and docs/data-model.md).
 *
 * Every write to an article goes through its record, the commit point:
 *  1. read the record (consistent) and decide: stale, duplicate, or apply (write-order.ts);
 *  2. read the article's current event items (consistent Query on its partition) and diff them
 *     against the new set: put new or changed items, delete stale ones, leave unchanged ones;
 *  3. if record + changes fit in one TransactWriteItems, write them atomically with the condition
 *     "record revision is still the one read in 1". A concurrent writer of any version makes the
 *     condition fail, and we start over at 1 (where a finished duplicate is recognised);
 *  4. otherwise claim the record first (state 'writing', a claim token, same condition), then apply
 *     the changes in transactions of limit-1 items (and within the byte budget, see
 *     transaction-chunks.ts) each carrying "record claim is still mine" and
 *     bumping the revision, then mark the record 'complete'. A newer claim stops the older writer
 *     at its next chunk, and the newer writer's diff (read after its claim) removes whatever the
 *     older one had written: one set of events remains. A writer that dies leaves 'writing',
 *     which a redelivery of the same version does not take for a duplicate: it redoes the write.
 */
export class DynamoEventRepository implements EventRepository {
  private readonly calendar: MonthCalendar;
  private readonly maxQueriesPerPage: number;
  private readonly transactionLimit: number;
  private readonly transactionBytes: number;
  private readonly maxSummaryEvents: number;
  private readonly maxTimelineEvents: number;
  private readonly now: () => Date;

  constructor(
    private readonly documentClient: DynamoDBDocumentClient,
    private readonly tableName: string,
    options: DynamoEventRepositoryOptions = {},
  ) {
    this.calendar = new MonthCalendar(documentClient, tableName, options.calendarTtlMs ?? 2_000);
    this.maxQueriesPerPage = options.maxQueriesPerPage ?? DEFAULT_MAX_QUERIES_PER_PAGE;
    this.transactionLimit = Math.min(100, Math.max(2, options.transactionLimit ?? 100));
    this.transactionBytes = Math.min(DEFAULT_TRANSACTION_BYTES, options.transactionBytes ?? DEFAULT_TRANSACTION_BYTES);
    this.maxSummaryEvents = options.maxSummaryEvents ?? 20_000;
    this.maxTimelineEvents = options.maxTimelineEvents ?? DEFAULT_MAX_TIMELINE_EVENTS;
    this.now = options.now ?? (() => new Date());
  }

  // ---------------------------------------------------------------- writes

  async saveProcessed(article: ProcessedArticle, events: readonly DiplomaticEvent[]): Promise<WriteOutcome> {
    const articleId = articleIdFor(article.location.bucket, article.location.key);
    // Cut before checking and storing: a giant title or sentence must cost a note, not the article.
    const notes = [...(article.notes ?? [])];
    const { title, url, reason } = boundArticleDescription({ title: article.title, url: article.url, reason: article.reason ?? null }, notes);
    // byline and site name are a few words from the page: bounded like an actor's text
    const byline = article.byline ? truncateText(article.byline, STORED_TEXT_LIMITS.phrase) : null;
    const siteName = article.siteName ? truncateText(article.siteName, STORED_TEXT_LIMITS.phrase) : null;
    const checked = boundEvents(checkEvents(articleId, events), notes);
    return this.apply(
      article.location,
      { status: 'processed', reason, extractor: article.extractor, contentHash: article.contentHash },
      () => ({
        title,
        url,
        publishedAt: article.publishedAt,
        notes: boundNotes(notes),
        ...(byline ? { byline } : {}),
        ...(siteName ? { siteName } : {}),
      }),
      checked,
    );
  }

  async saveFailed(location: ArticleLocation, reason: string): Promise<WriteOutcome> {
    const outcome = { status: 'failed', reason: truncateText(reason, STORED_TEXT_LIMITS.reason), extractor: null, contentHash: null } as const;
    return this.apply(
      location,
      outcome,
      () => ({
        title: null,
        url: null,
        publishedAt: null,
        notes: [],
      }),
      [],
    );
  }

  async saveDeleted(location: ArticleLocation): Promise<WriteOutcome> {
    // Keep what the article was called, so a listing can still say which article was deleted.
    return this.apply(
      location,
      { status: 'deleted', reason: null, extractor: null, contentHash: null },
      (current) => ({
        title: current?.title ?? null,
        url: current?.url ?? null,
        publishedAt: current?.publishedAt ?? null,
        notes: current?.notes ?? [],
        ...(current?.byline ? { byline: current.byline } : {}),
        ...(current?.siteName ? { siteName: current.siteName } : {}),
      }),
      [],
    );
  }

  private async apply(
    location: ArticleLocation,
    outcome: Pick<ArticleRecord, 'status' | 'reason' | 'extractor' | 'contentHash'>,
    describe: (current: ArticleItem | undefined) => Pick<ArticleRecord, 'title' | 'url' | 'publishedAt' | 'notes' | 'byline' | 'siteName'>,
    events: readonly DiplomaticEvent[],
  ): Promise<WriteOutcome> {
    const articleId = articleIdFor(location.bucket, location.key);
    const fingerprint = outcomeFingerprint(outcome);
    for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
      const current = await this.awaitLiveClaim(articleId, location, fingerprint);
      const decision = decideWrite(storedOutcomeOf(current), location, fingerprint);
      if (decision !== 'apply') return decision;

      const now = this.now().toISOString();
      const sameVersion = current !== undefined && compareVersions(location, storedOutcomeOf(current)!) === 'same';
      const record: ArticleRecord = {
        id: articleId,
        bucket: location.bucket,
        key: location.key,
        versionId: location.versionId,
        etag: location.etag,
        // A re-extraction may come without a sequencer: keep the one that orders this version.
        sequencer: location.sequencer ?? (sameVersion ? (current.sequencer ?? null) : null),
        ...describe(current),
        ...outcome,
        eventCount: events.length,
        createdAt: current?.createdAt ?? now,
        updatedAt: now,
      };
      const desired = events.map((event) => eventItem(event, eventSortDate(event, record.publishedAt, record.createdAt)));
      // Register buckets before anything lands in them, so readers never skip a bucket.
      await this.calendar.ensure(
        'eventMonths',
        desired.map((item) => monthOf(item.d)),
      );
      await this.calendar.ensure('articleMonths', [monthOf(articleListDate(record))]);

      const claim = randomUUID();
      const revision = (current?.revision ?? 0) + 1;
      const guard = current
        ? {
            ConditionExpression: '#revision = :revision',
            ExpressionAttributeNames: { '#revision': 'revision' },
            ExpressionAttributeValues: { ':revision': current.revision },
          }
        : { ConditionExpression: 'attribute_not_exists(pk)' };

      const existing = await this.readEventItemHashes(articleId);
      const changes = diffItems(this.tableName, articlePk(articleId), existing, desired);
      // The actor counts change in the same transaction as the record's account of them: one Update.
      const counted = current?.countedActors ?? {};
      const countedActors = actorEventsOf(events);
      const counter = actorCountUpdate(this.tableName, articleId, actorCountDeltas(counted, countedActors));
      const item = articleItem(record, { revision, state: 'complete', claim, fingerprint, countedActors });
      // an article of a batch: its status on the batch's partition, in the same transaction
      const member = batchMemberPut(this.tableName, record);
      const atomic = [{ Put: { TableName: this.tableName, Item: item, ...guard } }, ...(member ? [member] : []), ...changes, ...(counter ? [counter] : [])];
      if (fitsOneTransaction(atomic, this.budget(), transactItemSize)) {
        if (await this.transact(atomic)) return 'written';
        continue;
      }

      // Too large for one transaction: claim, apply in chunks under the claim, then complete.
      const claimed = articleItem(record, { revision, state: 'writing', claim, fingerprint, countedActors: counted });
      try {
        await this.documentClient.send(new PutCommand({ TableName: this.tableName, Item: claimed, ...guard }));
      } catch (error) {
        if (isConditionFailure(error)) continue;
        throw error;
      }
      // the counter step comes last, the record's new account with the counter update
      const counterStep = counter ? [countedActorsUpdate(this.tableName, articleId, claim, countedActors), counter] : [];
      return await this.applyUnderClaim(articleId, claim, desired, location, fingerprint, counterStep, member);
    }
    throw new Error(`article ${articleId}: gave up after ${MAX_WRITE_ATTEMPTS} conflicting concurrent writes`);
  }

  /**
   * Reads the record; while another writer holds a live claim to write this same version with the
   * same outcome, waits for it to finish (then the write is a duplicate) instead of taking the
   * record over. Taking over would restart that writer's chunks, and writers of one version would
   * keep restarting each other. A claim older than CLAIM_TTL_MS belongs to a writer that died: the
   * caller takes over and redoes the write.
   */
  private async awaitLiveClaim(articleId: string, location: ArticleLocation, fingerprint: string): Promise<ArticleItem | undefined> {
    const deadline = Date.now() + CLAIM_TTL_MS;
    for (;;) {
      const current = await this.readArticleItem(articleId, true);
      const ownWriteInProgress =
        current?.state === 'writing' &&
        current.fingerprint === fingerprint &&
        compareVersions(location, storedOutcomeOf(current)!) === 'same' &&
        this.now().getTime() - Date.parse(current.updatedAt) < CLAIM_TTL_MS;
      if (!ownWriteInProgress || Date.now() >= deadline) return current;
      await jitter();
    }
  }

  private async applyUnderClaim(
    articleId: string,
    claim: string,
    desired: EventItem[],
    location: ArticleLocation,
    fingerprint: string,
    /** the record's new account of the actor counts and the counter update; none when no count changes */
    counterStep: Record<string, unknown>[],
    member: ReturnType<typeof batchMemberPut>,
  ): Promise<WriteOutcome> {
    const key = { pk: articlePk(articleId), sk: ARTICLE_RECORD_SK };
    const underClaim = {
      TableName: this.tableName,
      Key: key,
      ConditionExpression: '#claim = :claim',
      ExpressionAttributeNames: { '#claim': 'claim', '#revision': 'revision' },
    };
    // Read after the claim: every item an older writer managed to write is visible now.
    const changes = diffItems(this.tableName, articlePk(articleId), await this.readEventItemHashes(articleId), desired);
    const bump = {
      Update: { ...underClaim, UpdateExpression: 'SET #revision = #revision + :one', ExpressionAttributeValues: { ':claim': claim, ':one': 1 } },
    };
    // Every chunk carries the bump: leave room for it in items and in bytes.
    const budget = this.budget();
    const room = { items: budget.items - 1, bytes: budget.bytes - transactItemSize(bump) };
    for (const chunk of chunkWrites(changes, room, transactItemSize)) {
      if (!(await this.transact([bump, ...chunk]))) {
        return this.supersededOutcome(articleId, location, fingerprint);
      }
    }
    // Then the actor counts, in one transaction with the record's account of them. The shard item
    // is shared with other articles, whose transactions can conflict with this one: that is no
    // takeover, so it is tried again while the claim is still ours.
    for (let attempt = 1; counterStep.length > 0 && !(await this.transact(counterStep)); attempt++) {
      if ((await this.readArticleItem(articleId, true))?.claim !== claim) return this.supersededOutcome(articleId, location, fingerprint);
      if (attempt >= MAX_WRITE_ATTEMPTS) throw new Error(`article ${articleId}: gave up after ${MAX_WRITE_ATTEMPTS} conflicting counter updates`);
    }
    const complete = {
      ...underClaim,
      UpdateExpression: 'SET #state = :complete, #revision = #revision + :one',
      ExpressionAttributeNames: { ...underClaim.ExpressionAttributeNames, '#state': 'state' },
      ExpressionAttributeValues: { ':claim': claim, ':complete': 'complete', ':one': 1 },
    };
    // the batch member's status changes with the completion, in one transaction
    if (member) return (await this.transact([{ Update: complete }, member])) ? 'written' : this.supersededOutcome(articleId, location, fingerprint);
    try {
      await this.documentClient.send(new UpdateCommand(complete));
    } catch (error) {
      if (isConditionFailure(error)) return this.supersededOutcome(articleId, location, fingerprint);
      throw error;
    }
    return 'written';
  }

  private budget(): TransactionBudget {
    return { items: this.transactionLimit, bytes: this.transactionBytes };
  }

  /** Another writer took the record over while we wrote: a newer version, or the same one again. */
  private async supersededOutcome(articleId: string, location: ArticleLocation, fingerprint: string): Promise<WriteOutcome> {
    const current = storedOutcomeOf(await this.readArticleItem(articleId, true));
    if (!current) return 'stale';
    const relation = compareVersions(location, current);
    return relation === 'same' && current.fingerprint === fingerprint ? 'duplicate' : 'stale';
  }

  /** true when committed; false when a condition failed or a concurrent transaction conflicted (retry). */
  private async transact(items: Record<string, unknown>[]): Promise<boolean> {
    try {
      await this.documentClient.send(new TransactWriteCommand({ TransactItems: items }));
      return true;
    } catch (error) {
      const name = (error as { name?: string }).name;
      if (name !== 'TransactionCanceledException') throw error;
      const reasons = ((error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? []).map((r) => r.Code);
      if (reasons.includes('TransactionConflict')) await jitter();
      if (reasons.some((code) => code === 'ConditionalCheckFailed' || code === 'TransactionConflict')) return false;
      throw error;
    }
  }

  private async readArticleItem(articleId: string, consistent: boolean): Promise<ArticleItem | undefined> {
    const { Item } = await this.documentClient.send(
      new GetCommand({ TableName: this.tableName, Key: { pk: articlePk(articleId), sk: ARTICLE_RECORD_SK }, ConsistentRead: consistent }),
    );
    return Item as ArticleItem | undefined;
  }

  /**
   * sk → content hash of every event item of the article, and of the participant items (`PAR#…`,
   * sorted after `EVT#`) of the layout before issue 14, which the diff then deletes.
   */
  private async readEventItemHashes(articleId: string): Promise<Map<string, string>> {
    const items = await this.queryAll({
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND sk >= :events',
      ExpressionAttributeNames: { '#h': 'h' },
      ExpressionAttributeValues: { ':pk': articlePk(articleId), ':events': EVENT_SK_PREFIX },
      ProjectionExpression: 'sk, #h',
      ConsistentRead: true,
    });
    return new Map(items.map((item) => [String(item.sk), String(item.h)]));
  }

  /** Every item of a Query on one article's partition (small: no page limit), following LastEvaluatedKey. */
  private async queryAll(input: QueryCommandInput): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let exclusiveStartKey: Record<string, unknown> | undefined;
    do {
      const result = await this.documentClient.send(new QueryCommand({ ...input, ...(exclusiveStartKey ? { ExclusiveStartKey: exclusiveStartKey } : {}) }));
      items.push(...(result.Items ?? []));
      exclusiveStartKey = result.LastEvaluatedKey;
    } while (exclusiveStartKey);
    return items;
  }

  async saveBatch(state: BatchState): Promise<WriteOutcome> {
    const key = { pk: batchPk(batchIdFor(state.location.key)), sk: BATCH_RECORD_SK };
    for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
      const { Item } = await this.documentClient.send(new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }));
      const current = Item as BatchItem | undefined;
      if (current && compareVersions(state.location, current) === 'older') return 'stale';
      const guard = current
        ? {
            ConditionExpression: '#revision = :revision',
            ExpressionAttributeNames: { '#revision': 'revision' },
            ExpressionAttributeValues: { ':revision': current.revision },
          }
        : { ConditionExpression: 'attribute_not_exists(pk)' };
      try {
        await this.documentClient.send(new PutCommand({ TableName: this.tableName, Item: batchItem(state, current, this.now().toISOString()), ...guard }));
        return 'written';
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        await jitter();
      }
    }
    throw new Error(`batch ${state.location.key}: gave up after ${MAX_WRITE_ATTEMPTS} conflicting concurrent writes`);
  }

  async getBatch(batchKey: string): Promise<BatchSummary | null> {
    const pk = batchPk(batchIdFor(batchKey));
    const { Item } = await this.documentClient.send(new GetCommand({ TableName: this.tableName, Key: { pk, sk: BATCH_RECORD_SK } }));
    if (!Item) return null;
    const members = await this.queryAll({
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :members)',
      ExpressionAttributeNames: { '#status': 'status', '#key': 'key', '#reason': 'reason' },
      ExpressionAttributeValues: { ':pk': pk, ':members': BATCH_MEMBER_SK_PREFIX },
      ProjectionExpression: 'articleId, #status, #key, #reason',
    });
    return batchSummary(Item as BatchItem, members);
  }

  // ---------------------------------------------------------------- reads

  async getArticle(articleId: string): Promise<ArticleRecord | null> {
    if (!ARTICLE_ID.test(articleId)) return null;
    const item = await this.readArticleItem(articleId, false);
    return item ? articleRecordOf(item as unknown as Record<string, unknown>) : null;
  }

  async listArticles(page: PageRequest): Promise<Page<ArticleRecord>> {
    const { index } = PARTITION.articles;
    const result = await this.walkCalendar('articleMonths', {}, page, (months) =>
      walkBuckets(this.documentClient, this.tableName, { index, prefix: PARTITION.articles.prefix(), months }, page, this.maxQueriesPerPage),
    );
    return { items: result.items.map(articleRecordOf), ...(result.cursor ? { cursor: result.cursor } : {}) };
  }

  /**
   * Walk with the cached calendar; when the walk ran out of buckets before filling the page, the
   * cache may be missing a month that appeared since it was read: re-read it, and walk again if so.
   */
  private async walkCalendar(
    kind: 'eventMonths' | 'articleMonths',
    range: { from?: string; to?: string },
    page: PageRequest,
    walk: (months: string[]) => Promise<WalkResult>,
  ): Promise<WalkResult> {
    const fromMonth = range.from?.slice(0, 7);
    const toMonth = range.to?.slice(0, 7);
    const months = await this.calendar.months(kind, fromMonth, toMonth);
    const result = await walk(months);
    if (result.cursor || result.items.length >= page.limit) return result;
    const fresh = await this.calendar.months(kind, fromMonth, toMonth, true);
    const known = new Set(months);
    return fresh.some((month) => !known.has(month)) ? walk(fresh) : result;
  }

  async getEvent(eventId: string): Promise<DiplomaticEvent | null> {
    // Event ids begin with their article id, which names the partition.
    const articleId = ARTICLE_ID.exec(eventId)?.[0];
    if (!articleId) return null;
    const { Item } = await this.documentClient.send(new GetCommand({ TableName: this.tableName, Key: { pk: articlePk(articleId), sk: eventSk(eventId) } }));
    return Item ? eventOfItem(Item) : null;
  }

  async queryEvents(filter: EventFilter, page: PageRequest): Promise<Page<DiplomaticEvent>> {
    const plan = planEventQuery(filter);
    if (plan.empty || (filter.from && filter.to && filter.from > filter.to)) return { items: [] };
    const range = { ...(filter.from ? { from: filter.from } : {}), ...(filter.to ? { to: filter.to } : {}) };
    const [only, ...others] = plan.streams;
    const result = await this.walkCalendar('eventMonths', filter, page, (months) =>
      only && others.length === 0
        ? walkBuckets(
            this.documentClient,
            this.tableName,
            { index: only.index, prefix: only.prefix, months, ...range, ...(only.filter ? { filter: only.filter } : {}) },
            page,
            this.maxQueriesPerPage,
          )
        : walkMergedBuckets(this.documentClient, this.tableName, { streams: plan.streams, months, ...range }, page, this.maxQueriesPerPage),
    );
    return { items: result.items.map(eventOfItem), ...(result.cursor ? { cursor: result.cursor } : {}) };
  }

  async eventsOfArticle(articleId: string): Promise<DiplomaticEvent[]> {
    if (!ARTICLE_ID.test(articleId)) return [];
    return inReadingOrder(await this.readEventItems(articleId, false));
  }

  /**
   * The record and the events of one committed write. A Query is not isolated from a transaction
   * that commits while it runs, and two parallel reads can straddle a re-extraction (a record
   * counting 14 events beside an empty list): the record is read again after the events, and the
   * pair is kept only when no write came between and none is in progress (state 'writing').
   */
  async articleWithEvents(articleId: string): Promise<{ article: ArticleRecord; events: DiplomaticEvent[] } | null> {
    if (!ARTICLE_ID.test(articleId)) return null;
    for (let attempt = 1; ; attempt++) {
      const before = await this.readArticleItem(articleId, true);
      if (!before) return null;
      const items = await this.readEventItems(articleId, true);
      const after = await this.readArticleItem(articleId, true);
      if (!after) return null;
      const settled = after.revision === before.revision && after.state === 'complete';
      // A write that outlasts the attempts: the latest record with the events read beside it.
      if (settled || attempt === MAX_SNAPSHOT_ATTEMPTS) {
        return { article: articleRecordOf(after as unknown as Record<string, unknown>), events: inReadingOrder(items) };
      }
      await jitter();
    }
  }

  private async readEventItems(articleId: string, consistent: boolean): Promise<Record<string, unknown>[]> {
    return this.queryAll({
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :events)',
      ExpressionAttributeValues: { ':pk': articlePk(articleId), ':events': EVENT_SK_PREFIX },
      ConsistentRead: consistent,
    });
  }

  async actorSummary(country: string, range: { from?: string; to?: string }): Promise<ActorSummary> {
    // A summary reads many buckets anyway: one fresh calendar read on top is noise.
    const months = await this.calendar.months('eventMonths', range.from?.slice(0, 7), range.to?.slice(0, 7), true);
    return summarizeActor(this.documentClient, this.tableName, { country, range, months, maxEvents: this.maxSummaryEvents });
  }

  async listActors(prefix: string, page: PageRequest): Promise<Page<ActorCount>> {
    return listActorCounts(this.documentClient, this.tableName, prefix, page);
  }

  async eventTimeline(filter: EventFilter, interval: TimelineInterval): Promise<EventTimeline> {
    const months = await this.calendar.months('eventMonths', filter.from?.slice(0, 7), filter.to?.slice(0, 7), true);
    return eventTimeline(this.documentClient, this.tableName, {
      filter,
      interval,
      months,
      maxEvents: this.maxTimelineEvents,
      maxQueries: MAX_TIMELINE_QUERIES,
    });
  }
}

/** Puts for new or changed items, deletes for items the new set no longer has. Unchanged items are left alone. */
function diffItems(tableName: string, pk: string, existing: Map<string, string>, desired: readonly EventItem[]): Record<string, unknown>[] {
  const changes: Record<string, unknown>[] = [];
  const wanted = new Set<string>();
  for (const item of desired) {
    wanted.add(item.sk);
    if (existing.get(item.sk) !== item.h) changes.push({ Put: { TableName: tableName, Item: item } });
  }
  for (const sk of existing.keys()) {
    if (!wanted.has(sk)) changes.push({ Delete: { TableName: tableName, Key: { pk, sk } } });
  }
  return changes;
}

/** The events must belong to the article they are saved with, and ids must be unique. */
function checkEvents(articleId: string, events: readonly DiplomaticEvent[]): DiplomaticEvent[] {
  const ids = new Set<string>();
  return events.map((event) => {
    const checked = DiplomaticEventSchema.safeParse(event);
    if (!checked.success) {
      const problems = checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
      throw new UnstorableEventError(`event ${String((event as { id?: unknown }).id)} does not match the event schema (${problems})`);
    }
    const parsed = checked.data;
    if (parsed.articleId !== articleId || !parsed.id.startsWith(articleId)) {
      throw new UnstorableEventError(`event ${parsed.id} does not belong to article ${articleId} (ids must begin with the article id)`);
    }
    if (ids.has(parsed.id)) throw new UnstorableEventError(`event id ${parsed.id} appears twice`);
    ids.add(parsed.id);
    return parsed;
  });
}

function isConditionFailure(error: unknown): boolean {
  return (error as { name?: string }).name === 'ConditionalCheckFailedException';
}

/** Events in the article's reading order. */
function inReadingOrder(items: readonly Record<string, unknown>[]): DiplomaticEvent[] {
  return items.map(eventOfItem).sort(byReadingOrder);
}

const jitter = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 45));
