import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { DiplomaticEventSchema, MODALITIES } from '../model/diplomatic-event.ts';
import { MAX_NOTES, STORED_TEXT_LIMITS } from '../storage/stored-limits.ts';

/**
 * Request and response schemas of the HTTP API. The handler validates requests with exactly these
 * objects and openapi.ts generates the OpenAPI document from them, so the two cannot disagree.
 * Query objects are strict: an unknown (misspelt) parameter is a 400 that names it.
 */
extendZodWithOpenApi(z);

const COUNTRY = /^[A-Z0-9]{2,4}$/;
const ROOT = /^(0[1-9]|1\d|20)$/;
const CODE = /^(0[1-9]|1\d|20)\d{0,2}$/;

/** What `from` and `to` compare, said wherever they are documented. */
const EVENT_DATE_RULE =
  "Compared with the event's date or, when it has none, its article's publication date; an event dated only to a month or a year (`2024-10`, `2024`) matches every range that contains that whole period.";

export const CountryCodeParam = z
  .string()
  .regex(COUNTRY, 'must be an upper-case country or organisation code such as KOR, CHN or UNO')
  .openapi({ example: 'KOR' });

/** A real calendar day: 2025-02-30 is rejected, not rolled over. */
export const DayParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'must be a real calendar date')
  .openapi({ example: '2025-03-01' });

/**
 * A whole number in plain decimal digits (after URL decoding), within [min, max]. Not z.coerce:
 * Number() also reads `1e2`, `0x10`, `0b1`, `  50` and `''`, so one value would have many
 * spellings and odd ones would pass; this is the only way numeric query parameters are read.
 */
export function decimalIntegerParam(min: number, max: number) {
  const range = `must be a whole number from ${min} to ${max}`;
  return z
    .string()
    .regex(/^[0-9]+$/, `${range}, written in decimal digits only`)
    .transform(Number)
    .pipe(z.number().int(range).min(min, `must be at least ${min}`).max(max, `must be at most ${max}`))
    .openapi({ type: 'integer', minimum: min, maximum: max });
}

export const LimitParam = decimalIntegerParam(1, 100)
  .default(25)
  .openapi({ type: 'integer', minimum: 1, maximum: 100, default: 25, description: 'Items per page, 1–100, in decimal digits.', example: 25 });

export const CursorParam = z
  .string()
  .min(1)
  .max(4096)
  .regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/, 'is not a cursor returned by this API')
  .openapi({ description: 'Opaque cursor from the previous page of the same query.' });

/** The filters of GET /events, shared by GET /events/timeline. */
const EVENT_FILTERS = {
  actor: CountryCodeParam.optional().openapi({ description: 'Country or organisation as source or as target.' }),
  source: CountryCodeParam.optional().openapi({ description: 'Source actor.' }),
  target: CountryCodeParam.optional().openapi({ description: 'Target actor.' }),
  dyad: z
    .string()
    .regex(/^[A-Z0-9]{2,4},[A-Z0-9]{2,4}$/, 'must be two actor codes separated by a comma, e.g. KOR,CHN')
    .optional()
    .openapi({ description: 'Events between two actors, in either direction.', example: 'KOR,CHN' }),
  root: z.string().regex(ROOT, 'must be a CAMEO root from 01 to 20').optional().openapi({ description: 'CAMEO root.', example: '04' }),
  code: z
    .string()
    .regex(CODE, 'must be a CAMEO code of 2 to 4 digits')
    .optional()
    .openapi({ description: 'CAMEO code; matches the code and its sub-codes.', example: '042' }),
  quad: z.enum(['1', '2', '3', '4']).optional().openapi({ description: 'Quad class: 1 verbal cooperation … 4 material conflict.' }),
  modality: z.enum(MODALITIES).optional(),
  from: DayParam.optional().openapi({ description: `First day (inclusive). ${EVENT_DATE_RULE}` }),
  to: DayParam.optional().openapi({ description: `Last day (inclusive). ${EVENT_DATE_RULE}` }),
};

const rangeInOrder = (query: { from?: string | undefined; to?: string | undefined }, context: z.RefinementCtx) => {
  if (query.from && query.to && query.from > query.to) {
    context.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
  }
};

export const EventsQuerySchema = z.strictObject({ ...EVENT_FILTERS, limit: LimitParam, cursor: CursorParam.optional() }).superRefine(rangeInOrder);
export type EventsQuery = z.infer<typeof EventsQuerySchema>;

export const PageQuerySchema = z.strictObject({ limit: LimitParam, cursor: CursorParam.optional() });

/** Routes without query parameters: every name is unknown. */
export const NoQuerySchema = z.strictObject({});

export const ActorsQuerySchema = z.strictObject({
  prefix: z
    .string()
    .regex(/^[A-Za-z0-9]{0,4}$/, 'must be up to 4 letters or digits, the start of an actor code')
    .transform((prefix) => prefix.toUpperCase())
    .default('')
    .openapi({ type: 'string', description: 'The start of the actor code, any case (`ko` finds KOR).', example: 'KO' }),
  limit: LimitParam,
  cursor: CursorParam.optional(),
});

export const SummaryQuerySchema = z.strictObject({ from: EVENT_FILTERS.from, to: EVENT_FILTERS.to }).superRefine(rangeInOrder);

export const TimelineQuerySchema = z
  .strictObject({
    ...EVENT_FILTERS,
    interval: z.enum(['day', 'week']).default('day').openapi({ description: 'Count per day, or per ISO week (Monday to Sunday; the period is its Monday).' }),
  })
  .superRefine(rangeInOrder);
export type TimelineQuery = z.infer<typeof TimelineQuerySchema>;

/** Ids as the API hands them out; anything else cannot exist. */
export const IdParam = z
  .string()
  .min(1)
  .max(256)
  .regex(/^[A-Za-z0-9._:#-]+$/, 'is not a valid id')
  .openapi({ example: 'a1b2c3d4e5f60718293a4-e001' });

export const EventIdParams = z.strictObject({ id: IdParam });
export const ArticleIdParams = z.strictObject({ id: IdParam });
export const CountryParams = z.strictObject({ country: CountryCodeParam });

// ------------------------------------------------------------------ responses

// A fresh object over the model's shape: schemas created before extendZodWithOpenApi lack `.openapi`.
export const EventSchema = z.object(DiplomaticEventSchema.shape).openapi('DiplomaticEvent');

export const EventPageSchema = z
  .object({
    items: z.array(EventSchema),
    cursor: z.string().optional().openapi({ description: 'Present when more may follow: pass it as `cursor`.' }),
  })
  .openapi('EventPage');

export const ArticleSchema = z
  .object({
    id: z.string(),
    bucket: z.string(),
    key: z.string(),
    versionId: z.string().nullable(),
    etag: z.string().nullable(),
    sequencer: z.string().nullable(),
    title: z
      .string()
      .max(STORED_TEXT_LIMITS.title)
      .nullable()
      .openapi({ description: `Cut to ${STORED_TEXT_LIMITS.title} characters (ending in "…", with a note) when longer.` }),
    url: z
      .string()
      .max(STORED_TEXT_LIMITS.url)
      .nullable()
      .openapi({ description: `Cut to ${STORED_TEXT_LIMITS.url} characters (ending in "…", with a note) when longer.` }),
    publishedAt: z.string().nullable().openapi({ description: 'Publication date YYYY-MM-DD, years 0001–9999.' }),
    byline: z
      .string()
      .max(STORED_TEXT_LIMITS.phrase)
      .nullable()
      .optional()
      .openapi({ description: `Author(s) as the page names them (HTML articles); absent when unknown. Cut to ${STORED_TEXT_LIMITS.phrase} characters.` }),
    siteName: z
      .string()
      .max(STORED_TEXT_LIMITS.phrase)
      .nullable()
      .optional()
      .openapi({
        description: `The site's own name for itself (og:site_name, the JSON-LD publisher); absent when unknown. Cut to ${STORED_TEXT_LIMITS.phrase} characters.`,
      }),
    status: z.enum(['processed', 'failed', 'deleted']),
    reason: z
      .string()
      .max(STORED_TEXT_LIMITS.reason)
      .nullable()
      .openapi({ description: 'Why the article failed (status failed), or why a processed article has no events.' }),
    extractor: z.string().nullable(),
    eventCount: z.number().int().nonnegative(),
    contentHash: z.string().nullable(),
    notes: z
      .array(z.string().max(STORED_TEXT_LIMITS.note))
      .max(MAX_NOTES)
      .openapi({
        description:
          'What parsing, coding and storing changed that a reader should know: a giant line split, a title or evidence sentence truncated to its stored length… Empty when nothing was changed.',
        example: ['title truncated to 1,000 characters (was 512,000)'],
      }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Article');

export const ArticlePageSchema = z.object({ items: z.array(ArticleSchema), cursor: z.string().optional() }).openapi('ArticlePage');

export const ArticleWithEventsSchema = z.object({ article: ArticleSchema, events: z.array(EventSchema) }).openapi('ArticleWithEvents');

const RoleSummary = z.object({ count: z.number().int().nonnegative(), averageGoldstein: z.number().nullable() });

export const ActorSummarySchema = z
  .object({
    country: z.string(),
    from: z.string().nullable(),
    to: z.string().nullable(),
    asSource: RoleSummary,
    asTarget: RoleSummary,
    byRoot: z.record(z.string(), z.number().int()),
    byQuadClass: z.object({ '1': z.number().int(), '2': z.number().int(), '3': z.number().int(), '4': z.number().int() }),
    topCounterparts: z.array(z.object({ country: z.string(), count: z.number().int() })),
    truncated: z.boolean().optional().openapi({ description: 'The range held more events than one summary reads; the figures cover the newest ones.' }),
  })
  .openapi('ActorSummary');

const QuadCounts = z.object({ '1': z.number().int(), '2': z.number().int(), '3': z.number().int(), '4': z.number().int() });

export const TimelineSchema = z
  .object({
    interval: z.enum(['day', 'week']),
    buckets: z
      .array(
        z.object({
          period: z.string().openapi({ description: 'The day, or the Monday that starts the ISO week (YYYY-MM-DD).', example: '2026-11-02' }),
          total: z.number().int().positive(),
          byQuad: QuadCounts.openapi({ description: 'Events per quad class (1 verbal cooperation … 4 material conflict).' }),
          meanGoldstein: z.number().nullable().openapi({ description: 'Mean Goldstein score of the period; null when no event has one.' }),
        }),
      )
      .openapi({ description: 'Periods with events, oldest first.' }),
    truncated: z
      .boolean()
      .optional()
      .openapi({ description: 'The filter matched more events than one timeline reads (10,000, newest first): older periods are missing or partial.' }),
  })
  .openapi('Timeline');

export const ActorPageSchema = z
  .object({
    items: z.array(
      z.object({
        actor: z.string().openapi({ description: 'Country or organisation code.', example: 'USA' }),
        events: z.number().int().positive().openapi({ description: 'Events with this actor as source or target.' }),
      }),
    ),
    cursor: z.string().optional().openapi({ description: 'Present when more may follow: pass it as `cursor`.' }),
  })
  .openapi('ActorPage');

export const BatchQuerySchema = z.strictObject({
  key: z.string().min(1).max(1024).openapi({ description: "The batch object's key, e.g. articles/news.jsonl.", example: 'articles/cc-news.warc.gz' }),
});

export const BatchSchema = z
  .object({
    id: z.string(),
    key: z.string(),
    versionId: z.string().nullable(),
    status: z
      .enum(['splitting', 'split', 'failed', 'deleted'])
      .openapi({ description: 'splitting: articles are being written; split: all written; failed: the batch as a whole was refused (reason); deleted.' }),
    reason: z.string().nullable(),
    records: z.number().int().nonnegative().openapi({ description: 'Articles the batch holds (written so far while splitting).' }),
    counts: z.object({
      processed: z.number().int().nonnegative(),
      failed: z.number().int().nonnegative(),
      pending: z.number().int().nonnegative().openapi({ description: 'Written, not yet processed or failed.' }),
      skipped: z.number().int().nonnegative().openapi({ description: 'WARC responses that are not HTML pages, or not 2xx: no article.' }),
      deleted: z.number().int().nonnegative(),
    }),
    failures: z
      .array(z.object({ articleId: z.string(), key: z.string(), reason: z.string().nullable() }))
      .openapi({ description: 'Up to 100 failed articles with their reasons.' }),
    updatedAt: z.string(),
  })
  .openapi('Batch');

export const HealthSchema = z.object({ status: z.literal('ok') }).openapi('Health');

/** RFC 9457 problem details; `parameter` names the offending request parameter. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    parameter: z.string().optional(),
    instance: z.string().optional(),
  })
  .openapi('Problem');
