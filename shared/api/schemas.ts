import * as z from 'zod/mini';
import '../model/zod-messages.ts';
import { DiplomaticEventSchema, MODALITIES } from '../model/diplomatic-event.ts';
import { MAX_NOTES, STORED_TEXT_LIMITS } from '../storage/stored-limits.ts';

/**
 * Request and response schemas of the HTTP API. The handler validates requests with exactly these
 * objects and openapi.ts generates the OpenAPI document from them, so the two cannot disagree.
 * Query objects are strict: an unknown (misspelt) parameter is a 400 that names it.
 */

/** What the OpenAPI document says about a schema besides what the schema itself says. */
export interface ApiDoc {
  /** The name of a component schema (`#/components/schemas/<id>`). */
  id?: string;
  description?: string;
  example?: unknown;
  default?: unknown;
  /** Documents the schema as this JSON type instead of what it parses (a decimal string read as an integer). */
  type?: 'integer' | 'string';
  minimum?: number;
  maximum?: number;
}

/** The documentation of the API's schemas, read by openapi.ts. */
export const apiDocs = z.registry<ApiDoc>();

/** The schema itself, with its documentation recorded. */
function documented<T extends z.ZodMiniType>(schema: T, doc: ApiDoc): T {
  apiDocs.add(schema, doc);
  return schema;
}

const COUNTRY = /^[A-Z0-9]{2,4}$/;
const ROOT = /^(0[1-9]|1\d|20)$/;
const CODE = /^(0[1-9]|1\d|20)\d{0,2}$/;

/** What `from` and `to` compare, said wherever they are documented. */
const EVENT_DATE_RULE =
  "Compared with the event's date or, when it has none, its article's publication date; an event dated only to a month or a year (`2024-10`, `2024`) matches every range that contains that whole period.";

export const CountryCodeParam = documented(z.string().check(z.regex(COUNTRY, 'must be an upper-case country or organisation code such as KOR, CHN or UNO')), {
  example: 'KOR',
});

/** A real calendar day: 2025-02-30 is rejected, not rolled over. */
export const DayParam = documented(
  z.string().check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'),
    z.refine((value) => {
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
    }, 'must be a real calendar date'),
  ),
  { example: '2025-03-01' },
);

/**
 * A whole number in plain decimal digits (after URL decoding), within [min, max]. Not z.coerce:
 * Number() also reads `1e2`, `0x10`, `0b1`, `  50` and `''`, so one value would have many
 * spellings and odd ones would pass; this is the only way numeric query parameters are read.
 */
export function decimalIntegerParam(min: number, max: number) {
  const range = `must be a whole number from ${min} to ${max}`;
  return documented(
    z.pipe(
      z.pipe(z.string().check(z.regex(/^[0-9]+$/, `${range}, written in decimal digits only`)), z.transform(Number)),
      z.int(range).check(z.gte(min, `must be at least ${min}`), z.lte(max, `must be at most ${max}`)),
    ),
    { type: 'integer', minimum: min, maximum: max },
  );
}

export const LimitParam = documented(z._default(decimalIntegerParam(1, 100), 25), {
  type: 'integer',
  minimum: 1,
  maximum: 100,
  default: 25,
  description: 'Items per page, 1–100, in decimal digits.',
  example: 25,
});

export const CursorParam = documented(
  z.string().check(z.minLength(1), z.maxLength(4096), z.regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/, 'is not a cursor returned by this API')),
  { description: 'Opaque cursor from the previous page of the same query.' },
);

/** An optional query parameter with what it means in this place. */
const optionalParam = <T extends z.ZodMiniType>(schema: T, description: string, example?: string) =>
  documented(z.optional(schema), { description, ...(example === undefined ? {} : { example }) });

/** The filters of GET /events, shared by GET /events/timeline. */
const EVENT_FILTERS = {
  actor: optionalParam(CountryCodeParam, 'Country or organisation as source or as target.', 'KOR'),
  source: optionalParam(CountryCodeParam, 'Source actor.', 'KOR'),
  target: optionalParam(CountryCodeParam, 'Target actor.', 'KOR'),
  dyad: optionalParam(
    z.string().check(z.regex(/^[A-Z0-9]{2,4},[A-Z0-9]{2,4}$/, 'must be two actor codes separated by a comma, e.g. KOR,CHN')),
    'Events between two actors, in either direction.',
    'KOR,CHN',
  ),
  root: optionalParam(z.string().check(z.regex(ROOT, 'must be a CAMEO root from 01 to 20')), 'CAMEO root.', '04'),
  code: optionalParam(z.string().check(z.regex(CODE, 'must be a CAMEO code of 2 to 4 digits')), 'CAMEO code; matches the code and its sub-codes.', '042'),
  quad: optionalParam(z.enum(['1', '2', '3', '4']), 'Quad class: 1 verbal cooperation … 4 material conflict.'),
  modality: z.optional(z.enum(MODALITIES)),
  from: optionalParam(DayParam, `First day (inclusive). ${EVENT_DATE_RULE}`, '2025-03-01'),
  to: optionalParam(DayParam, `Last day (inclusive). ${EVENT_DATE_RULE}`, '2025-03-01'),
};

const rangeInOrder = z.superRefine((query: { from?: string | undefined; to?: string | undefined }, context) => {
  if (query.from && query.to && query.from > query.to) {
    context.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
  }
});

const OptionalCursor = z.optional(CursorParam);

export const EventsQuerySchema = z.strictObject({ ...EVENT_FILTERS, limit: LimitParam, cursor: OptionalCursor }).check(rangeInOrder);
export type EventsQuery = z.infer<typeof EventsQuerySchema>;

export const PageQuerySchema = z.strictObject({ limit: LimitParam, cursor: OptionalCursor });

/** Routes without query parameters: every name is unknown. */
export const NoQuerySchema = z.strictObject({});

export const ActorsQuerySchema = z.strictObject({
  prefix: documented(
    z._default(
      z.pipe(
        z.string().check(z.regex(/^[A-Za-z0-9]{0,4}$/, 'must be up to 4 letters or digits, the start of an actor code')),
        z.transform((prefix) => prefix.toUpperCase()),
      ),
      '',
    ),
    { type: 'string', description: 'The start of the actor code, any case (`ko` finds KOR).', example: 'KO' },
  ),
  limit: LimitParam,
  cursor: OptionalCursor,
});

export const SummaryQuerySchema = z.strictObject({ from: EVENT_FILTERS.from, to: EVENT_FILTERS.to }).check(rangeInOrder);

export const TimelineQuerySchema = z
  .strictObject({
    ...EVENT_FILTERS,
    interval: documented(z._default(z.enum(['day', 'week']), 'day'), {
      description: 'Count per day, or per ISO week (Monday to Sunday; the period is its Monday).',
    }),
  })
  .check(rangeInOrder);
export type TimelineQuery = z.infer<typeof TimelineQuerySchema>;

/** Ids as the API hands them out; anything else cannot exist. */
export const IdParam = documented(z.string().check(z.minLength(1), z.maxLength(256), z.regex(/^[A-Za-z0-9._:#-]+$/, 'is not a valid id')), {
  example: 'a1b2c3d4e5f60718293a4-e001',
});

export const EventIdParams = z.strictObject({ id: IdParam });
export const ArticleIdParams = z.strictObject({ id: IdParam });
export const CountryParams = z.strictObject({ country: CountryCodeParam });

// ------------------------------------------------------------------ responses

const count = () => z.int().check(z.nonnegative());
const described = <T extends z.ZodMiniType>(schema: T, description: string) => documented(schema, { description });
const nextCursor = () => described(z.optional(z.string()), 'Present when more may follow: pass it as `cursor`.');

export const EventSchema = documented(DiplomaticEventSchema, { id: 'DiplomaticEvent' });

export const EventPageSchema = documented(z.object({ items: z.array(EventSchema), cursor: nextCursor() }), { id: 'EventPage' });

export const ArticleSchema = documented(
  z.object({
    id: z.string(),
    bucket: z.string(),
    key: z.string(),
    versionId: z.nullable(z.string()),
    etag: z.nullable(z.string()),
    sequencer: z.nullable(z.string()),
    title: described(
      z.nullable(z.string().check(z.maxLength(STORED_TEXT_LIMITS.title))),
      `Cut to ${STORED_TEXT_LIMITS.title} characters (ending in "…", with a note) when longer.`,
    ),
    url: described(
      z.nullable(z.string().check(z.maxLength(STORED_TEXT_LIMITS.url))),
      `Cut to ${STORED_TEXT_LIMITS.url} characters (ending in "…", with a note) when longer.`,
    ),
    publishedAt: described(z.nullable(z.string()), 'Publication date YYYY-MM-DD, years 0001–9999.'),
    byline: described(
      z.optional(z.nullable(z.string().check(z.maxLength(STORED_TEXT_LIMITS.phrase)))),
      `Author(s) as the page names them (HTML articles); absent when unknown. Cut to ${STORED_TEXT_LIMITS.phrase} characters.`,
    ),
    siteName: described(
      z.optional(z.nullable(z.string().check(z.maxLength(STORED_TEXT_LIMITS.phrase)))),
      `The site's own name for itself (og:site_name, the JSON-LD publisher); absent when unknown. Cut to ${STORED_TEXT_LIMITS.phrase} characters.`,
    ),
    status: z.enum(['processed', 'failed', 'deleted']),
    reason: described(
      z.nullable(z.string().check(z.maxLength(STORED_TEXT_LIMITS.reason))),
      'Why the article failed (status failed), or why a processed article has no events.',
    ),
    extractor: z.nullable(z.string()),
    eventCount: count(),
    contentHash: z.nullable(z.string()),
    notes: documented(z.array(z.string().check(z.maxLength(STORED_TEXT_LIMITS.note))).check(z.maxLength(MAX_NOTES)), {
      description:
        'What parsing, coding and storing changed that a reader should know: a giant line split, a title or evidence sentence truncated to its stored length… Empty when nothing was changed.',
      example: ['title truncated to 1,000 characters (was 512,000)'],
    }),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
  { id: 'Article' },
);

export const ArticlePageSchema = documented(z.object({ items: z.array(ArticleSchema), cursor: z.optional(z.string()) }), { id: 'ArticlePage' });

export const ArticleWithEventsSchema = documented(z.object({ article: ArticleSchema, events: z.array(EventSchema) }), { id: 'ArticleWithEvents' });

const RoleSummary = z.object({ count: count(), averageGoldstein: z.nullable(z.number()) });

const QuadCounts = () => z.object({ '1': z.int(), '2': z.int(), '3': z.int(), '4': z.int() });

export const ActorSummarySchema = documented(
  z.object({
    country: z.string(),
    from: z.nullable(z.string()),
    to: z.nullable(z.string()),
    asSource: RoleSummary,
    asTarget: RoleSummary,
    byRoot: z.record(z.string(), z.int()),
    byQuadClass: QuadCounts(),
    topCounterparts: z.array(z.object({ country: z.string(), count: z.int() })),
    truncated: described(z.optional(z.boolean()), 'The range held more events than one summary reads; the figures cover the newest ones.'),
  }),
  { id: 'ActorSummary' },
);

export const TimelineSchema = documented(
  z.object({
    interval: z.enum(['day', 'week']),
    buckets: described(
      z.array(
        z.object({
          period: documented(z.string(), { description: 'The day, or the Monday that starts the ISO week (YYYY-MM-DD).', example: '2026-11-02' }),
          total: z.int().check(z.positive()),
          byQuad: described(QuadCounts(), 'Events per quad class (1 verbal cooperation … 4 material conflict).'),
          meanGoldstein: described(z.nullable(z.number()), 'Mean Goldstein score of the period; null when no event has one.'),
        }),
      ),
      'Periods with events, oldest first.',
    ),
    truncated: described(
      z.optional(z.boolean()),
      'The filter matched more events than one timeline reads (10,000, newest first): older periods are missing or partial.',
    ),
  }),
  { id: 'Timeline' },
);

export const ActorPageSchema = documented(
  z.object({
    items: z.array(
      z.object({
        actor: documented(z.string(), { description: 'Country or organisation code.', example: 'USA' }),
        events: described(z.int().check(z.positive()), 'Events with this actor as source or target.'),
      }),
    ),
    cursor: nextCursor(),
  }),
  { id: 'ActorPage' },
);

export const BatchQuerySchema = z.strictObject({
  key: documented(z.string().check(z.minLength(1), z.maxLength(1024)), {
    description: "The batch object's key, e.g. articles/news.jsonl.",
    example: 'articles/cc-news.warc.gz',
  }),
});

export const BatchSchema = documented(
  z.object({
    id: z.string(),
    key: z.string(),
    versionId: z.nullable(z.string()),
    status: described(
      z.enum(['splitting', 'split', 'failed', 'deleted']),
      'splitting: articles are being written; split: all written; failed: the batch as a whole was refused (reason); deleted.',
    ),
    reason: z.nullable(z.string()),
    records: described(count(), 'Articles the batch holds (written so far while splitting).'),
    counts: z.object({
      processed: count(),
      failed: count(),
      pending: described(count(), 'Written, not yet processed or failed.'),
      skipped: described(count(), 'WARC responses that are not HTML pages, or not 2xx: no article.'),
      deleted: count(),
    }),
    failures: described(
      z.array(z.object({ articleId: z.string(), key: z.string(), reason: z.nullable(z.string()) })),
      'Up to 100 failed articles with their reasons.',
    ),
    updatedAt: z.string(),
  }),
  { id: 'Batch' },
);

export const HealthSchema = documented(z.object({ status: z.literal('ok') }), { id: 'Health' });

/** RFC 9457 problem details; `parameter` names the offending request parameter. */
export const ProblemSchema = documented(
  z.object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    parameter: z.optional(z.string()),
    instance: z.optional(z.string()),
  }),
  { id: 'Problem' },
);
