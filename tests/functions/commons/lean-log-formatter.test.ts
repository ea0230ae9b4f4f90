import { describe, expect, it } from 'vitest';
import { LeanLogFormatter } from '../../../functions/commons/lean-log-formatter.ts';

describe('LeanLogFormatter', () => {
  it('keeps what finds a line and its invocation, not the keys every line of the log group repeats', () => {
    const item = new LeanLogFormatter().formatAttributes(
      {
        logLevel: 'INFO',
        message: 'article processed',
        timestamp: new Date('2026-12-04T10:00:00.000Z'),
        serviceName: 'accord-ingest',
        sampleRateValue: 0,
        awsRegion: 'us-east-1',
        xRayTraceId: '1-abc-def',
        lambdaContext: {
          coldStart: false,
          awsRequestId: 'req-1',
          functionName: 'accord-ingest-prod',
          functionVersion: '$LATEST',
          invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:accord-ingest-prod',
          memoryLimitInMB: '1769',
        },
      },
      { s3Key: 'articles/a.txt', eventCount: 3 },
    );
    expect(item.getAttributes()).toEqual({
      level: 'INFO',
      message: 'article processed',
      timestamp: '2026-12-04T10:00:00.000Z',
      service: 'accord-ingest',
      cold_start: false,
      function_request_id: 'req-1',
      xray_trace_id: '1-abc-def',
      s3Key: 'articles/a.txt',
      eventCount: 3,
    });
  });
});
