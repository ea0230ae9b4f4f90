import { describe, expect, it } from 'vitest';
import { decodeS3EventKey, encodeS3EventKey, MalformedNotificationError, parseS3NotificationMessage } from '../../../shared/ingest/s3-event-notification.ts';
import { notificationBody } from './fakes.ts';

describe('parseS3NotificationMessage', () => {
  it('reads a created object with its version identity', () => {
    const body = notificationBody('ObjectCreated:Put', 'articles/summit+in+Paris%2C+2026.txt', {
      size: 1234,
      eTag: 'd41d8cd98f00b204e9800998ecf8427e',
      versionId: 'v1',
      sequencer: '0062E99A88DC407460',
    });
    expect(parseS3NotificationMessage(body)).toEqual([
      {
        kind: 'created',
        eventName: 'ObjectCreated:Put',
        eventTime: '2026-05-01T10:00:00.000Z',
        size: 1234,
        location: {
          bucket: 'accord-articles-test',
          key: 'articles/summit in Paris, 2026.txt',
          versionId: 'v1',
          etag: 'd41d8cd98f00b204e9800998ecf8427e',
          sequencer: '0062E99A88DC407460',
        },
      },
    ]);
  });

  it('reads a removal, which carries neither size nor ETag', () => {
    const [change] = parseS3NotificationMessage(notificationBody('ObjectRemoved:Delete', 'articles/a.txt'));
    expect(change?.kind).toBe('removed');
    expect(change?.size).toBeNull();
    expect(change?.location.etag).toBeNull();
    expect(change?.location.sequencer).toBe('0055AED6DCD90281E5');
  });

  it('ignores the s3:TestEvent S3 sends when notifications are configured', () => {
    const body = JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent', Time: '2026-05-01T10:00:00Z', Bucket: 'b' });
    expect(parseS3NotificationMessage(body)).toEqual([]);
  });

  it('drops record kinds that do not change an article', () => {
    expect(parseS3NotificationMessage(notificationBody('ObjectRestore:Completed', 'articles/a.txt'))).toEqual([]);
  });

  it('rejects bodies that are not S3 notifications', () => {
    expect(() => parseS3NotificationMessage('not json')).toThrow(MalformedNotificationError);
    expect(() => parseS3NotificationMessage('{"Records":[{"eventName":"ObjectCreated:Put"}]}')).toThrow(MalformedNotificationError);
  });
});

describe('S3 event key encoding', () => {
  it.each([
    ['articles/plain.txt', 'articles/plain.txt'],
    ['articles/with space.txt', 'articles/with+space.txt'],
    ['articles/a+b.txt', 'articles/a%2Bb.txt'],
    ['articles/ünïcode €.md', 'articles/%C3%BCn%C3%AFcode+%E2%82%AC.md'],
  ])('%s ⇄ %s', (key, encoded) => {
    expect(encodeS3EventKey(key)).toBe(encoded);
    expect(decodeS3EventKey(encoded)).toBe(key);
  });
});
