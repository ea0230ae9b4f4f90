import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DiplomaticEvent } from '../model/diplomatic-event.ts';
import { InvalidCursorError } from './bucket-position.ts';
import type { ActorCount, Page, PageRequest } from './event-repository.ts';
import { ACTOR_COUNT_SHARDS, actorCountPk, actorCountShardOf, articlePk, ARTICLE_RECORD_SK } from './keys.ts';

/**
 * Events per actor (as source or target, an event once), kept at write time for the filter bar's
 * suggestions. Exact under retries, races and partial writes because the article record holds
 * `actorEvents`, what this article has added to the counters, and every change to a counter is
 * in the same transaction as the change to that record entry, under the record's condition.
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

/** The counter update of one actor, as a TransactWriteItems entry. */
export function actorCountUpdate(tableName: string, articleId: string, actor: string, delta: number): Record<string, unknown> {
  return {
    Update: {
      TableName: tableName,
      Key: { pk: actorCountPk(actorCountShardOf(articleId)), sk: actor },
      UpdateExpression: 'ADD #events :delta SET #type = :type',
      ExpressionAttributeNames: { '#events': 'events', '#type': 'type' },
      ExpressionAttributeValues: { ':delta': delta, ':type': 'actor-count' },
    },
  };
}

/**
 * Sets the record's counted entries for some actors (to their new value) together with their
 * counters, under the writer's claim: the chunked path's counter step.
 */
export function countedEntriesUpdate(tableName: string, articleId: string, claim: string, entries: readonly [string, number][]): Record<string, unknown> {
  const names: Record<string, string> = { '#claim': 'claim', '#revision': 'revision', '#ae': 'actorEvents' };
  const values: Record<string, unknown> = { ':claim': claim, ':one': 1 };
  const sets = entries.map(([actor, value], i) => {
    names[`#a${i}`] = actor;
    values[`:v${i}`] = value;
    return `#ae.#a${i} = :v${i}`;
  });
  return {
    Update: {
      TableName: tableName,
      Key: { pk: articlePk(articleId), sk: ARTICLE_RECORD_SK },
      ConditionExpression: '#claim = :claim',
      UpdateExpression: `SET #revision = #revision + :one, ${sets.join(', ')}`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
}

/**
 * Actors whose code starts with `prefix`, most events first (then by code), paged by a position
 * after the last one returned. Reads every shard's counters for the prefix (one small Query per
 * shard: there are a few hundred actor codes at most), so the page is ordered over all of them.
 */
export async function listActorCounts(documentClient: DynamoDBDocumentClient, tableName: string, prefix: string, page: PageRequest): Promise<Page<ActorCount>> {
  const after = page.cursor === undefined ? undefined : decodeActorPosition(page.cursor);
  const totals = new Map<string, number>();
  await Promise.all(
    Array.from({ length: ACTOR_COUNT_SHARDS }, async (_, shard) => {
      let exclusiveStartKey: Record<string, unknown> | undefined;
      do {
        const result = await documentClient.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: prefix ? '#pk = :pk AND begins_with(#sk, :prefix)' : '#pk = :pk',
            ExpressionAttributeNames: { '#pk': 'pk', '#events': 'events', ...(prefix ? { '#sk': 'sk' } : {}) },
            ExpressionAttributeValues: { ':pk': actorCountPk(shard), ...(prefix ? { ':prefix': prefix } : {}) },
            ProjectionExpression: 'sk, #events',
            ...(exclusiveStartKey ? { ExclusiveStartKey: exclusiveStartKey } : {}),
          }),
        );
        for (const item of result.Items ?? []) totals.set(String(item.sk), (totals.get(String(item.sk)) ?? 0) + Number(item.events ?? 0));
        exclusiveStartKey = result.LastEvaluatedKey;
      } while (exclusiveStartKey);
    }),
  );
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
