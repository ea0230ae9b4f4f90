import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { DiplomaticEvent } from '../model/diplomatic-event.ts';
import { EVENT_SK_PREFIX, PARTITION } from './keys.ts';
import { MonthCalendar } from './month-calendar.ts';
import { eventOfItem } from './event-item-decoding.ts';

/**
 * The events table for the analytics export (shared/analytics): what a batch of stream records did
 * to which event on which day (the export applies that to the day's file), and, for a backfill or a
 * rebuild, every event of one month bucket (the all-events index, `EV#YYYY-MM`) and the months the
 * calendar knows. Like the rest of shared/storage, this is the only place that knows the keys behind it.
 */
export interface MonthEvent {
  event: DiplomaticEvent;
  /** The sort date (docs/data-model.md), YYYY-MM-DD. */
  sortDate: string;
}

/** What one stream record did to one event: now stored on `day` (its sort date) as `event`, or gone from `day`. */
export interface EventChange {
  day: string;
  eventId: string;
  event: MonthEvent | null;
}

/** A DynamoDB stream record as Lambda and GetRecords deliver it (images in AttributeValue form). */
export interface StreamRecordImages {
  eventName?: string;
  dynamodb?: {
    Keys?: Record<string, AttributeValue>;
    NewImage?: Record<string, AttributeValue>;
    OldImage?: Record<string, AttributeValue>;
  };
}

export class EventMonthReader {
  private readonly calendar: MonthCalendar;

  constructor(
    private readonly documentClient: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {
    this.calendar = new MonthCalendar(documentClient, tableName, 0);
  }

  /** Every month that ever held events (months are never removed), oldest first. */
  async eventMonths(): Promise<string[]> {
    return (await this.calendar.months('eventMonths', undefined, undefined, true)).reverse();
  }

  /** All events of one month, oldest first (date, then id). */
  async eventsOfMonth(month: string): Promise<MonthEvent[]> {
    const events: MonthEvent[] = [];
    let exclusiveStartKey: Record<string, unknown> | undefined;
    do {
      const result = await this.documentClient.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: PARTITION.allEvents.index,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': `${PARTITION.allEvents.index}pk`, '#e': 'e', '#z': 'z', '#d': 'd' },
          ExpressionAttributeValues: { ':pk': `${PARTITION.allEvents.prefix()}${month}` },
          ProjectionExpression: 'pk, sk, #z, #e, #d',
          ...(exclusiveStartKey ? { ExclusiveStartKey: exclusiveStartKey } : {}),
        }),
      );
      for (const item of result.Items ?? []) events.push(monthEventOf(item));
      exclusiveStartKey = result.LastEvaluatedKey;
    } while (exclusiveStartKey);
    return events;
  }
}

/**
 * The event changes in a batch of stream records, in record order. Only base event items count
 * (participant items repeat the same event; article records and the calendar hold no event rows).
 * A re-extraction that re-dates an event removes it from its old day and adds it to the new one.
 */
export function eventChangesOf(records: readonly StreamRecordImages[]): EventChange[] {
  const changes: EventChange[] = [];
  for (const record of records) {
    const keys = record.dynamodb?.Keys ? unmarshall(record.dynamodb.Keys) : undefined;
    if (typeof keys?.sk !== 'string' || !keys.sk.startsWith(EVENT_SK_PREFIX)) continue;
    const eventId = keys.sk.slice(EVENT_SK_PREFIX.length);
    const before = record.dynamodb?.OldImage ? unmarshall(record.dynamodb.OldImage) : undefined;
    const after = record.eventName === 'REMOVE' || !record.dynamodb?.NewImage ? undefined : unmarshall(record.dynamodb.NewImage);
    if (before) changes.push({ day: String(before.d), eventId, event: null });
    if (after) {
      const event = monthEventOf(after);
      changes.push({ day: event.sortDate, eventId, event });
    }
  }
  return changes;
}

function monthEventOf(item: Record<string, unknown>): MonthEvent {
  return { event: eventOfItem(item), sortDate: String(item.d) };
}
