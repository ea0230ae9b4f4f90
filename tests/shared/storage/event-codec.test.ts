import { marshall } from '@aws-sdk/util-dynamodb';
import { describe, expect, it } from 'vitest';
import { decodeEvent, encodeEvent } from '../../../shared/storage/event-codec.ts';
import { eventOfItem, eventOfStreamImage } from '../../../shared/storage/event-item-decoding.ts';
import { itemSize } from '../../../shared/storage/item-size.ts';
import { eventItem } from '../../../shared/storage/keys.ts';
import { event, location } from './event-fixtures.ts';

const loc = location('articles/codec.txt', '01');
const sample = {
  ...event(loc, { n: 7, source: 'KOR', target: 'CHN', date: '2026-03-09' }),
  evidence: {
    sentence:
      'BEIJING, March 9 (Meridian News) - South Korean President Lee Jae Myung and Chinese President Xi Jinping signed six cooperation agreements in Beijing on Monday, as the two leaders sought to steady ties strained by years of disputes.',
    start: 0,
    end: 231,
    trigger: 'signed',
  },
};

describe('the stored event', () => {
  it('round-trips, without storing the id and article id the keys carry', () => {
    const stored = encodeEvent(sample);
    expect(decodeEvent(stored, sample.id, sample.articleId)).toEqual(sample);
    expect(Buffer.from(stored).includes(Buffer.from(sample.id))).toBe(false);
    expect(stored.length).toBeLessThan(JSON.stringify(sample).length / 2);
  });

  it('keeps an event item, and so each index entry, under one write unit (1 KB)', () => {
    const item = eventItem(sample, '2026-03-09');
    expect(itemSize({ ...item })).toBeLessThan(1024);
    expect(eventOfItem({ ...item })).toEqual(sample);
  });

  it('decodes an item written with dictionary 1 as it was written (a dictionary edited in place would change it silently)', () => {
    // encoded on 2026-12-03 with the dictionary of commit 4da0fe3; raw deflate has no checksum, so only a fixed item catches an edit
    const stored = Buffer.from(
      'AZWTyw6CMBBFf2VCXCqpECIs1RANvhLcsK1hxDFYDGjUvzdVYing6wOmvXfmHD0hs3vM02Iar1UZLWnniBBwhMXtLBIty2wVfk8fEQQkjlSbHU+Xjdl6F+YMVB3mqEJreYltlh94CjzJEeXV5AtN0IeT0Pd/xtz9A/MR0r6t1Xvc5Sa5iCEiKCgRGENBV1WggEuWn3bQ6ZsWbChNKRNAAsqPFNBdqOD+gN1UJrFSJc+uyvT8T1fKqivlOh+kugM=',
      'base64',
    );
    const written = {
      id: 'a0123456789abcdef0123-000000000007',
      articleId: 'a0123456789abcdef0123',
      date: '2026-03-09',
      dateText: 'on Monday',
      source: { text: 'Lee Jae Myung', country: 'KOR', role: 'GOV' },
      target: { text: 'Xi Jinping', country: 'CHN', role: 'GOV' },
      cameo: { code: '057', root: '05', name: 'Sign formal agreement' },
      plover: { event: 'AGREE', mode: null },
      quadClass: 1,
      goldstein: 8,
      modality: 'asserted',
      location: { text: 'Beijing', country: 'CHN' },
      evidence: {
        sentence: 'Lee and Xi signed six agreements worth $1.2 billion in Beijing on Monday, rules/1.2.0 said.',
        start: 0,
        end: 93,
        trigger: 'signed',
      },
      mentions: 2,
      confidence: 0.85,
      extractor: 'rules/1.2.0',
    };
    expect(decodeEvent(stored, written.id, written.articleId)).toEqual(written);
  });

  it('refuses an encoding it does not know', () => {
    const stored = Buffer.from(encodeEvent(sample));
    stored[0] = 99;
    expect(() => decodeEvent(stored, sample.id, sample.articleId)).toThrow(/unknown stored encoding \(99\)/);
  });

  it('reads items of the layout before issue 14 (the event as JSON in `e`)', () => {
    expect(eventOfItem({ pk: `ART#${sample.articleId}`, sk: `EVT#${sample.id}`, e: JSON.stringify(sample), d: '2026-03-09' })).toEqual(sample);
  });

  it('decodes stream images of event items, and nothing else', () => {
    const item = eventItem(sample, '2026-03-09');
    expect(eventOfStreamImage(marshall(item))).toEqual({ event: sample, sortDate: '2026-03-09' });
    expect(eventOfStreamImage(marshall({ pk: `ART#${sample.articleId}`, sk: 'ARTICLE', title: 'x' }))).toBeNull();
    expect(eventOfStreamImage(marshall({ pk: `ART#${sample.articleId}`, sk: `PAR#${sample.id}#S`, e: '{}' }))).toBeNull();
  });
});
