import type { Article } from '../model/article.ts';

/** A real calendar date written YYYY-MM-DD (rejects 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The publication date as the publisher wrote it. An ISO timestamp keeps its own calendar date
 * ("2026-01-05T23:30:00-05:00" → 2026-01-05): relative dates in the text ("yesterday") are relative
 * to the publisher's day, not to UTC. Other formats ("Jan 5, 2026") go through Date.parse.
 */
export function toPublicationDate(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(text);
  if (iso) return isCalendarDate(iso[1]!) ? iso[1]! : null;
  if (!/[a-z]/i.test(text) || !/\d{4}/.test(text)) return null;
  const parsed = Date.parse(`${text} UTC`) || Date.parse(text);
  if (Number.isNaN(parsed) || !parsed) return null;
  // Date.parse accepts years beyond 9999 and before 1 ("+020260-01-05"): not a publication date.
  const date = new Date(parsed).toISOString().slice(0, 10);
  return isCalendarDate(date) ? date : null;
}

/** A leading YYYY-MM-DD in the file name: "2026-01-05_seoul-beijing.txt". */
export function dateFromFileName(key: string): string | null {
  const name = key.slice(key.lastIndexOf('/') + 1);
  const match = /^(\d{4}-\d{2}-\d{2})(?!\d)/.exec(name);
  return match && isCalendarDate(match[1]!) ? match[1]! : null;
}

/** S3 lower-cases user metadata keys; local callers may not. */
function metadataValue(metadata: Record<string, string> | undefined, name: string): string | undefined {
  if (!metadata) return undefined;
  const key = Object.keys(metadata).find((k) => k.toLowerCase() === name || k.toLowerCase() === `x-amz-meta-${name}`);
  return key === undefined ? undefined : metadata[key];
}

/**
 * Publication date precedence: the content (JSON field / HTML meta), the S3 metadata
 * `published`, a leading date in the file name, else the upload time.
 */
export function resolvePublicationDate(input: {
  fromContent: string | null;
  metadata?: Record<string, string>;
  key: string;
  uploadedAt?: Date;
}): Pick<Article, 'publishedAt' | 'publishedFrom'> {
  if (input.fromContent) return { publishedAt: input.fromContent, publishedFrom: 'content' };
  const fromMetadata = toPublicationDate(metadataValue(input.metadata, 'published'));
  if (fromMetadata) return { publishedAt: fromMetadata, publishedFrom: 'metadata' };
  const fromName = dateFromFileName(input.key);
  if (fromName) return { publishedAt: fromName, publishedFrom: 'filename' };
  const uploaded = input.uploadedAt && !Number.isNaN(input.uploadedAt.getTime()) ? input.uploadedAt : new Date();
  return { publishedAt: uploaded.toISOString().slice(0, 10), publishedFrom: 'upload' };
}
