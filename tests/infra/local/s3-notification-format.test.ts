import { describe, expect, it } from 'vitest';
import { s3NotificationMessageBody, s3NotificationRecord } from '../../../infra/local/s3-notification-format.ts';
import { parseS3NotificationMessage } from '../../../shared/ingest/s3-event-notification.ts';

describe('S3 notification records', () => {
  it('match the AWS shape for a versioned upload, one record per message', () => {
    const record = s3NotificationRecord({
      eventName: 'ObjectCreated:Put',
      region: 'eu-west-1',
      bucket: 'b',
      key: 'articles/a b.txt',
      size: 10,
      etag: '"abc"',
      versionId: 'v1',
      sequencer: '00AB',
      eventTime: new Date('2026-05-01T10:00:00Z'),
    });
    expect(record).toMatchObject({
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: 'eu-west-1',
      eventTime: '2026-05-01T10:00:00.000Z',
      s3: { bucket: { name: 'b', arn: 'arn:aws:s3:::b' }, object: { key: 'articles/a+b.txt', size: 10, eTag: 'abc', versionId: 'v1', sequencer: '00AB' } },
    });
    expect(Object.keys(record.s3.object)).toEqual(['key', 'size', 'eTag', 'versionId', 'sequencer']);
    expect(JSON.parse(s3NotificationMessageBody(record))).toEqual({ Records: [record] });
  });

  it('leaves out what S3 leaves out: size and ETag on deletes, the sequencer when unknown (reprocessing)', () => {
    const removed = s3NotificationRecord({ eventName: 'ObjectRemoved:Delete', region: 'us-east-1', bucket: 'b', key: 'articles/a.txt', sequencer: '01' });
    expect(removed.s3.object).toEqual({ key: 'articles/a.txt', sequencer: '01' });
    const synthetic = s3NotificationRecord({
      eventName: 'ObjectCreated:Put',
      region: 'us-east-1',
      bucket: 'b',
      key: 'articles/a.txt',
      size: 1,
      etag: 'e',
      sequencer: null,
    });
    expect(synthetic.s3.object).toEqual({ key: 'articles/a.txt', size: 1, eTag: 'e' });
    expect(parseS3NotificationMessage(s3NotificationMessageBody(synthetic))[0]?.location).toEqual({
      bucket: 'b',
      key: 'articles/a.txt',
      versionId: null,
      etag: 'e',
      sequencer: null,
    });
  });
});
