import type { Article } from '../model/article.ts';
import type { Extractor, ExtractionResult } from '../extractor/extractor.ts';
import type { Dictionary } from '../dictionary/dictionary-schema.ts';
import { DictionaryFormatError, formatProblem, parseDictionary } from '../dictionary/load-dictionary.ts';
import type { ObjectStore } from './object-store.ts';

/**
 * The ingest's extractor when the stage keeps an analysts' dictionary in its bucket
 * (DICTIONARY_KEY, outside articles/). Per warm container:
 * - `expire()` (the ingest calls it at the start of each SQS batch) makes the next `prepare()` or
 *   `extract()` check the object (`prepare()` starts the check while the ingest downloads the batch's
 *   first article): one HEAD, shared by the batch's concurrent extractions; only when the ETag differs
 *   from the cached one is the object read, validated and compiled. So a batch with articles costs one
 *   HEAD, a batch with none (deletions, S3 test events) nothing, and a changed dictionary applies
 *   from the next batch on;
 * - without `expire()`, `extract()` checks when the last check is older than `maxAgeMs`;
 * - no object: the built-ins alone. Bad entries are logged once per object version and skipped; a
 *   file that is not JSON at all, too large, or unreadable is logged and ignored (the previous
 *   dictionary, or the built-ins, stay in use). Nothing about the dictionary ever fails an article.
 */
export interface DictionaryLog {
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

export interface StoredDictionaryOptions {
  bucket: string;
  key: string;
  /** Builds an extractor with the dictionary (none: the built-ins). */
  build(dictionary?: Dictionary): Extractor;
  log: DictionaryLog;
  /** How stale the cached dictionary may get between explicit refreshes; default 60 s. */
  maxAgeMs?: number;
  /** Larger objects are ignored; default 5 MiB. */
  maxBytes?: number;
  now?: () => number;
}

interface Loaded {
  /** ETag of the object it came from; null for the built-ins (no object). */
  etag: string | null;
  extractor: Extractor;
}

export class StoredDictionaryExtractor implements Extractor {
  private loaded: Loaded;
  private readonly builtIn: Extractor;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private inFlight: Promise<void> | null = null;
  private readonly now: () => number;

  constructor(
    private readonly store: ObjectStore,
    private readonly options: StoredDictionaryOptions,
  ) {
    this.builtIn = options.build();
    this.loaded = { etag: null, extractor: this.builtIn };
    this.now = options.now ?? (() => Date.now());
  }

  get version(): string {
    return this.loaded.extractor.version;
  }

  get dictionaryVersion(): string | null {
    return this.loaded.extractor.dictionaryVersion ?? null;
  }

  /** The next extract checks the dictionary object again (no I/O here). */
  expire(): void {
    this.checkedAt = Number.NEGATIVE_INFINITY;
  }

  /** A check due starts now (the ingest calls this before it downloads the article); extract waits for the same one. */
  prepare(): void {
    if (this.checkDue()) void this.refresh();
  }

  async extract(article: Article): Promise<ExtractionResult> {
    // (a check under way, started by prepare(), may have its HEAD back and be reading a changed object: wait for it)
    if (this.checkDue() || this.inFlight) await this.refresh();
    // read once: a refresh of a concurrent batch must not change the extractor under this article
    const extractor = this.loaded.extractor;
    const result = await extractor.extract(article);
    return { ...result, version: result.version ?? extractor.version };
  }

  private checkDue(): boolean {
    return this.now() - this.checkedAt >= (this.options.maxAgeMs ?? 60_000);
  }

  /** One HEAD; a read only when the object changed. Concurrent callers share one check. Never throws. */
  refresh(): Promise<void> {
    this.inFlight ??= this.check().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  private async check(): Promise<void> {
    const { bucket, key, log } = this.options;
    try {
      const head = await this.store.head({ bucket, key, versionId: null, etag: null });
      this.checkedAt = this.now();
      if (head === null) {
        if (this.loaded.etag !== null) log.info('dictionary removed: coding with the built-in dictionaries', { key });
        this.loaded = { etag: null, extractor: this.builtIn };
        return;
      }
      const etag = head.etag ?? `${head.size}@${head.lastModified?.toISOString() ?? ''}`;
      if (etag === this.loaded.etag) return;
      const maxBytes = this.options.maxBytes ?? 5 * 1024 * 1024;
      if (head.size > maxBytes) {
        log.error('dictionary ignored: the object is larger than the limit', { key, etag, size: head.size, maxBytes });
        this.loaded = { etag, extractor: this.builtIn };
        return;
      }
      const body = await this.store.get({ bucket, key, versionId: null, etag: head.etag });
      if (body === null) return; // replaced between HEAD and GET: the next check reads the new one
      this.loaded = { etag, extractor: this.compile(body, etag) };
    } catch (error) {
      // S3 unreachable, access denied …: keep coding with what we have, try again next time
      this.checkedAt = this.now();
      log.warn('could not check the dictionary; coding with the one already loaded', { key, error: error instanceof Error ? error.message : String(error) });
    }
  }

  private compile(body: Uint8Array, etag: string): Extractor {
    const { key, log } = this.options;
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
      const { dictionary, version, problems } = parseDictionary(text);
      if (problems.length > 0) {
        log.warn(`dictionary: ${problems.length} entr${problems.length === 1 ? 'y' : 'ies'} rejected, the rest applies`, {
          key,
          etag,
          problems: problems.slice(0, 50).map((p) => formatProblem(p, key)),
        });
      }
      log.info('dictionary loaded', { key, etag, version, actors: dictionary.actors.length, verbs: dictionary.verbs.length });
      return version ? this.options.build(dictionary) : this.builtIn;
    } catch (error) {
      const reason = error instanceof DictionaryFormatError || error instanceof TypeError ? error.message : String(error);
      log.error('dictionary ignored: the file is not a usable dictionary; coding with the built-in dictionaries', { key, etag, reason });
      return this.builtIn;
    }
  }
}
