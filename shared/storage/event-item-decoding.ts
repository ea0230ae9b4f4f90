import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DiplomaticEvent } from '../model/diplomatic-event.ts';
import { decodeEvent } from './event-codec.ts';
import { ARTICLE_PK_PREFIX, EVENT_SK_PREFIX } from './keys.ts';

/** Event ids begin with their article's id: `a` and 20 hex digits. */
const ARTICLE_ID_LENGTH = 21;

/**
 * The event of an event item as the document client returns it, from a Query of the table or of
 * any index (each projects ALL attributes) or a GetItem: the keys name it, `z` holds the rest.
 */
export function eventOfItem(item: Record<string, unknown>): DiplomaticEvent {
  const sk = String(item.sk);
  if (!sk.startsWith(EVENT_SK_PREFIX)) throw new Error(`not an event item: ${sk}`);
  // Items written before the compact layout hold the whole event as JSON in `e`.
  if (typeof item.e === 'string') return JSON.parse(item.e) as DiplomaticEvent;
  const id = sk.slice(EVENT_SK_PREFIX.length);
  if (!(item.z instanceof Uint8Array)) throw new Error(`event item ${id} has no stored event`);
  const articleId = typeof item.pk === 'string' ? item.pk.slice(ARTICLE_PK_PREFIX.length) : id.slice(0, ARTICLE_ID_LENGTH);
  return decodeEvent(item.z, id, articleId);
}

/**
 * The event and sort date of a stream image (`NewImage` / `OldImage`, AttributeValue form), or
 * null when the image is no event item (an article record, a counter, the calendar, a participant
 * item of the layout before issue 14). For the analytics export (event-months.ts).
 */
export function eventOfStreamImage(image: Record<string, AttributeValue>): { event: DiplomaticEvent; sortDate: string } | null {
  const item = unmarshall(image);
  if (typeof item.sk !== 'string' || !item.sk.startsWith(EVENT_SK_PREFIX)) return null;
  return { event: eventOfItem(item), sortDate: String(item.d) };
}
