import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DiplomaticEvent } from '../model/diplomatic-event.ts';
import { InvalidCursorError } from './bucket-position.ts';
import type { ActorCount, Page, PageRequest } from './event-repository.ts';
import { ACTOR_COUNTS_PK, actorCountShardOf, actorCountSk, articlePk, ARTICLE_RECORD_SK } from './keys.ts';

/**
 * Events per actor (as source or target, an event once), kept at write time for the filter bar's
 * suggestions. Exact under retries, races and partial writes because the article record holds
 * `countedActors`, what this article has added to its counter shard, and every change to the shard
 * is in the same transaction as the change to that account, under the record's condition.
 * A write adds (new − counted) per actor; a deletion or failure subtracts what was counted.
 */
export type ActorEvents = Record<string, number>;

/** What an article's events add to each actor's count. */
export function actorEventsOf(events: readonly DiplomaticEvent[]): ActorEvents {
  const counts: ActorEvents = {};
  for (const event of events) {
    for (const actor of new Set([event.source.country, event.target?.country].filter((a): a is string => !!a))) {
      counts[actor] = (counts[actor] ?? 0) + 1;
    }
  }
  return counts;
}

/** Actor → change, for the actors whose count this write changes. */
export function actorCountDeltas(counted: ActorEvents, wanted: ActorEvents): [string, number][] {
  const actors = [...new Set([...Object.keys(counted), ...Object.keys(wanted)])].sort();
  return actors.map((actor): [string, number] => [actor, (wanted[actor] ?? 0) - (counted[actor] ?? 0)]).filter(([, delta]) => delta !== 0);
}

/**
 * The article's one counter update, as a TransactWriteItems entry: ADD every change to its
 * actors' attributes on the article's shard item (created by the first ADD). None when no count
 * changes. An attribute that falls to 0 stays (its actor may come back); readers skip it.
 */
export function actorCountUpdate(tableName: string, articleId: string, deltas: readonly [string, number][]): Record<string, unknown> | undefined {
  if (deltas.length === 0) return undefined;
  const names: Record<string, string> = {};
  const values: Record<string, number> = {};
  const adds = deltas.map(([actor, delta], i) => {
    names[`#a${i}`] = actor;
    values[`:d${i}`] = delta;
    return `#a${i} :d${i}`;
  });
  return {
    Update: {
      TableName: tableName,
      Key: { pk: ACTOR_COUNTS_PK, sk: actorCountSk(actorCountShardOf(articleId)) },
      UpdateExpression: `ADD ${adds.join(', ')}`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
}

/**
 * Sets the record's account of what it has counted, with the counter update, under the writer's
 * claim: the chunked path's counter step.
 */
export function countedActorsUpdate(tableName: string, articleId: string, claim: string, counted: ActorEvents): Record<string, unknown> {
  return {
    Update: {
      TableName: tableName,
      Key: { pk: articlePk(articleId), sk: ARTICLE_RECORD_SK },
      ConditionExpression: '#claim = :claim',
      UpdateExpression: 'SET #revision = #revision + :one, #counted = :counted',
      ExpressionAttributeNames: { '#claim': 'claim', '#revision': 'revision', '#counted': 'countedActors' },
      ExpressionAttributeValues: { ':claim': claim, ':one': 1, ':counted': counted },
    },
  };
}

/**
 * Actors whose code starts with `prefix`, most events first (then by code), paged by a position
 * after the last one returned. One Query reads the shard items (16, each at most one attribute
 * per actor code: a few KB), whose counts are summed, so the page is ordered over all of them.
 */
export async function listActorCounts(documentClient: DynamoDBDocumentClient, tableName: string, prefix: string, page: PageRequest): Promise<Page<ActorCount>> {
  const after = page.cursor === undefined ? undefined : decodeActorPosition(page.cursor);
  const totals = new Map<string, number>();
  let exclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const result = await documentClient.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': ACTOR_COUNTS_PK },
        ...(exclusiveStartKey ? { ExclusiveStartKey: exclusiveStartKey } : {}),
      }),
    );
    for (const item of result.Items ?? []) {
      for (const [actor, events] of Object.entries(item)) {
        if (actor !== 'pk' && actor !== 'sk' && actor.startsWith(prefix)) totals.set(actor, (totals.get(actor) ?? 0) + Number(events));
      }
    }
    exclusiveStartKey = result.LastEvaluatedKey;
  } while (exclusiveStartKey);
  const ordered = [...totals]
    .filter(([, events]) => events > 0)
    .map(([actor, events]) => ({ actor, events }))
    .sort(byEventsThenActor)
    .filter((item) => !after || byEventsThenActor(item, after) > 0);
  const items = ordered.slice(0, page.limit);
  const last = items.at(-1);
  return { items, ...(ordered.length > page.limit && last ? { cursor: encodeActorPosition(last) } : {}) };
}

const byEventsThenActor = (a: ActorCount, b: ActorCount): number => b.events - a.events || (a.actor < b.actor ? -1 : a.actor > b.actor ? 1 : 0);

function encodeActorPosition(position: ActorCount): string {
  return Buffer.from(JSON.stringify([position.events, position.actor])).toString('base64url');
}

function decodeActorPosition(cursor: string): ActorCount {
  try {
    const [events, actor] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof events === 'number' && Number.isInteger(events) && typeof actor === 'string' && actor.length <= 16) return { actor, events };
  } catch {
    // fall through
  }
  throw new InvalidCursorError();
}
