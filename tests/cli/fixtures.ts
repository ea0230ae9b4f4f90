import type { Target } from '../../cli/target.ts';
import type { ArticleRecord } from '../../shared/model/article.ts';
import { DiplomaticEventSchema, type DiplomaticEvent } from '../../shared/model/diplomatic-event.ts';

/** A valid event (checked against the API schema) with overridable fields. */
export function event(overrides: Partial<DiplomaticEvent> = {}): DiplomaticEvent {
  return DiplomaticEventSchema.parse({
    id: 'a1234-e1',
    articleId: 'a1234',
    date: '2026-03-09',
    dateText: 'on Monday',
    source: { text: 'Lee Jae Myung', country: 'KOR', role: 'GOV' },
    target: { text: 'Xi Jinping', country: 'CHN', role: 'GOV' },
    cameo: { code: '042', root: '04', name: 'Make a visit' },
    plover: { event: 'CONSULT', mode: 'visit' },
    quadClass: 1,
    goldstein: 1.9,
    modality: 'asserted',
    location: { text: 'Beijing', country: 'CHN' },
    evidence: { sentence: 'Lee arrived in the Chinese capital on Sunday evening for a three-day state visit.', start: 10, end: 90, trigger: 'visit' },
    mentions: 2,
    confidence: 0.8,
    extractor: 'rules/1.0.0',
    ...overrides,
  });
}

export function articleRecord(overrides: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id: 'a1234',
    bucket: 'accord-articles-local',
    key: 'articles/2026-03-09_visit.txt',
    versionId: null,
    etag: '"abc"',
    sequencer: '0001',
    title: 'Lee visits Beijing',
    url: null,
    publishedAt: '2026-03-09',
    status: 'processed',
    reason: null,
    notes: [],
    extractor: 'rules/1.0.0',
    eventCount: 3,
    contentHash: 'f'.repeat(64),
    createdAt: '2026-03-09T10:00:00.000Z',
    updatedAt: '2026-03-09T10:00:01.000Z',
    ...overrides,
  };
}

/** A resolved `--stage dev` target with fixed credentials. */
export function awsTarget(overrides: Partial<Target> = {}): Target {
  const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' };
  const settings = { region: 'eu-west-1', credentials };
  return {
    kind: 'aws',
    label: 'stage dev (eu-west-1)',
    region: 'eu-west-1',
    bucket: 'b',
    apiUrl: 'https://abc.execute-api.eu-west-1.amazonaws.com/',
    queueUrl: null,
    deadLetterQueueUrl: null,
    table: null,
    s3: settings,
    sqs: settings,
    dynamodb: settings,
    signApiRequests: true,
    credentials,
    ...overrides,
  };
}
