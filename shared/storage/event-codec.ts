import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { DiplomaticEvent } from '../model/diplomatic-event.ts';

/**
 * How an event is stored on its item: the event JSON without its id and article id (the item's
 * sort and partition keys carry them), deflated with a preset dictionary of what every event's
 * JSON repeats (its field names, common values), in the binary attribute `z`. A 700-byte event
 * becomes about 280 bytes, which keeps the whole item, and every index entry that projects it,
 * under the 1 KB that one write unit buys (docs/data-model.md, "Write cost per event").
 *
 * The first byte names the dictionary. A new dictionary gets a new byte; decoding keeps every
 * byte ever written, so items stored before a change stay readable. A dictionary is never edited
 * in place, not even to follow the extractor's version: raw deflate has no checksum, so items
 * written with the old text would decode, silently, into other text
 * (tests/shared/storage/event-codec.test.ts holds an item encoded with dictionary 1 to catch it).
 */
const DICTIONARIES: Record<number, Buffer> = {
  1: Buffer.from(
    '"plover":{"event":"CONSULT","mode":null},"quadClass":1,"goldstein":-,"modality":"asserted","location":{"text":"","country":null},' +
      '"evidence":{"sentence":"","start":,"end":,"trigger":""},"mentions":1,"confidence":0.,"extractor":"rules/1.2.0"}' +
      ' said on Monday Tuesday Wednesday Thursday Friday the government minister president foreign ministry officials' +
      '{"date":"2026-","dateText":null,"source":{"text":"","country":"","role":"GOV"},"target":{"text":"","country":"","role":null},"cameo":{"code":"","root":"","name":"',
  ),
};
const CURRENT = 1;

type StoredPayload = Omit<DiplomaticEvent, 'id' | 'articleId'>;

export function encodeEvent(event: DiplomaticEvent): Uint8Array {
  const { id: _id, articleId: _articleId, ...payload } = event;
  const deflated = deflateRawSync(JSON.stringify(payload satisfies StoredPayload), { dictionary: DICTIONARIES[CURRENT]!, level: 9 });
  return Buffer.concat([Buffer.from([CURRENT]), deflated]);
}

/** The event stored by encodeEvent, given back the id and article id its item's keys carry. */
export function decodeEvent(stored: Uint8Array, id: string, articleId: string): DiplomaticEvent {
  const dictionary = DICTIONARIES[stored[0] ?? -1];
  if (!dictionary || stored.length < 2) throw new Error(`event ${id}: unknown stored encoding (${String(stored[0])})`);
  const payload = JSON.parse(inflateRawSync(stored.subarray(1), { dictionary }).toString('utf8')) as StoredPayload;
  return { id, articleId, ...payload };
}
