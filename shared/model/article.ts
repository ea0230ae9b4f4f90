import { createHash } from 'node:crypto';

/**
 * An article after parsing: plain text plus what we know about it.
 * Produced by `shared/article` from an S3 object (or a local file), consumed by extractors.
 */
export interface Article {
  /** Stable id derived from where the article lives (bucket + key), so re-uploads replace its events. */
  id: string;
  title: string | null;
  /** Plain text body: markup, scripts and page debris removed. Evidence offsets index into this string. */
  body: string;
  url: string | null;
  /** Outlet or site name when known. */
  source: string | null;
  /** Author(s) as the page names them ("Amina Diallo, Li Wei"); absent for formats that do not say. */
  byline?: string | null;
  /** The site's name for itself (og:site_name, the JSON-LD publisher); absent when unknown. */
  siteName?: string | null;
  /** Declared language of the page (BCP 47, "en-GB"): a hint for the language check, never a verdict. */
  language?: string | null;
  /** Publication date, YYYY-MM-DD, the anchor for relative dates in the text. */
  publishedAt: string;
  /** Where publishedAt came from, in order of precedence. */
  publishedFrom: 'content' | 'metadata' | 'filename' | 'upload';
  format: 'txt' | 'md' | 'html' | 'json';
  /** What parsing noticed and worked around (e.g. a giant line split), in words a user can read. */
  notes?: string[];
}

/** Where an article came from in S3: what idempotency and ordering are keyed on. */
export interface ArticleLocation {
  bucket: string;
  key: string;
  versionId: string | null;
  etag: string | null;
  /** S3 event sequencer (hex string), orders events for the same key. */
  sequencer: string | null;
}

export type ArticleStatus = 'processed' | 'failed' | 'deleted';

/** The stored record of one article: what the API returns under /articles. */
export interface ArticleRecord {
  id: string;
  bucket: string;
  key: string;
  versionId: string | null;
  etag: string | null;
  sequencer: string | null;
  title: string | null;
  url: string | null;
  publishedAt: string | null;
  /** Author(s) and the site's own name, from the page (HTML articles); absent on records stored before they were kept. */
  byline?: string | null;
  siteName?: string | null;
  status: ArticleStatus;
  /** Why the article failed (status `failed`), in words a user can act on. */
  reason: string | null;
  extractor: string | null;
  eventCount: number;
  /** sha256 of the object bytes, hex. */
  contentHash: string | null;
  /**
   * What parsing, coding and storing changed that a reader should know: a giant line split, a
   * title truncated to 1,000 characters… At most 20 notes of at most 500 characters each.
   */
  notes: string[];
  createdAt: string;
  updatedAt: string;
}

/** Article id from its S3 location: stable across versions, so an update replaces the events of the same article. */
export function articleIdFor(bucket: string, key: string): string {
  return `a${createHash('sha256').update(`${bucket}\u0000${key}`).digest('hex').slice(0, 20)}`;
}
