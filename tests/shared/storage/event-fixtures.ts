import { articleIdFor, type ArticleLocation } from '../../../shared/model/article.ts';
import { quadClassOfRoot, type DiplomaticEvent } from '../../../shared/model/diplomatic-event.ts';
import type { ProcessedArticle } from '../../../shared/storage/event-repository.ts';

/** Builders of realistic articles and events for repository, API and benchmark runs. */
export const BUCKET = 'accord-articles-test';

export function location(key: string, sequencer: string | null, versionId: string | null = null, etag: string | null = null): ArticleLocation {
  return { bucket: BUCKET, key, versionId, etag, sequencer };
}

export function processedArticle(loc: ArticleLocation, overrides: Partial<Omit<ProcessedArticle, 'location'>> = {}): ProcessedArticle {
  return {
    location: loc,
    title: `Title of ${loc.key}`,
    url: `https://news.example/${loc.key}`,
    publishedAt: '2025-03-10',
    extractor: 'rules/1.0.0',
    contentHash: 'c'.repeat(64),
    ...overrides,
  };
}

export interface EventSpec {
  n: number;
  source: string;
  target?: string | null;
  code?: string;
  date?: string | null;
  modality?: DiplomaticEvent['modality'];
  goldstein?: number;
}

export function event(loc: ArticleLocation, spec: EventSpec): DiplomaticEvent {
  const articleId = articleIdFor(loc.bucket, loc.key);
  const code = spec.code ?? '042';
  const root = code.slice(0, 2);
  const target = spec.target === undefined ? 'CHN' : spec.target;
  return {
    id: `${articleId}-e${String(spec.n).padStart(3, '0')}`,
    articleId,
    date: spec.date === undefined ? '2025-03-10' : spec.date,
    dateText: spec.date ? 'on Monday' : null,
    source: { text: `${spec.source} officials`, country: spec.source, role: 'GOV' },
    target: target === null ? null : { text: `${target} government`, country: target, role: null },
    cameo: { code, root, name: `cameo ${code}` },
    plover: null,
    quadClass: quadClassOfRoot(root),
    goldstein: spec.goldstein ?? 1.9,
    modality: spec.modality ?? 'asserted',
    location: null,
    evidence: { sentence: `Sentence ${spec.n} about ${spec.source}.`, start: spec.n * 100, end: spec.n * 100 + 40, trigger: 'visited' },
    mentions: 1,
    confidence: 0.8,
    extractor: 'rules/1.0.0',
  };
}
