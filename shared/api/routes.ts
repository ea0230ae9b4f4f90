import type * as z from 'zod/mini';
import type { EventFilter, EventRepository, Page, PageRequest } from '../storage/event-repository.ts';
import type { CursorSigner } from './cursor-signer.ts';
import { notFound, problemFromIssues } from './problem.ts';
import type { Route, RouteResult } from './router.ts';
import {
  ActorPageSchema,
  ActorsQuerySchema,
  ActorSummarySchema,
  ArticleIdParams,
  ArticlePageSchema,
  ArticleWithEventsSchema,
  BatchQuerySchema,
  BatchSchema,
  CountryParams,
  EventIdParams,
  EventPageSchema,
  EventSchema,
  EventsQuerySchema,
  HealthSchema,
  PageQuerySchema,
  SummaryQuerySchema,
  TimelineQuerySchema,
  TimelineSchema,
  type EventsQuery,
} from './schemas.ts';

/** What every route may use: the storage port, the cursor signer and the generated document. */
export interface ApiContext {
  repository: EventRepository;
  cursors: CursorSigner;
  query: Record<string, string>;
  openApiDocument(): unknown;
}

/** Route plus what the OpenAPI document says about it (generated from the same schemas). */
export interface DocumentedRoute extends Route<ApiContext> {
  doc: {
    operationId: string;
    summary: string;
    description?: string;
    query?: z.ZodMiniType;
    params?: z.ZodMiniObject;
    /** The 200 answer: its description and the schema of its JSON body (a plain JSON schema where no zod schema describes it). */
    ok: { description: string; schema: z.ZodMiniType | { type: 'object' } };
    /** Error statuses this route can answer besides 500. */
    errors: (400 | 404)[];
  };
}

export function parse<T extends z.ZodMiniType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw problemFromIssues(result.error.issues);
  return result.data;
}

const json = (body: unknown): RouteResult => ({ status: 200, body });

/**
 * One page of a listing. Cursors are signed for a binding (the route and its filter) and verified
 * against it, so a cursor of one listing or filter is rejected by another.
 */
async function signedPage<T>(
  context: ApiContext,
  query: { limit: number; cursor?: string | undefined },
  binding: unknown,
  fetchPage: (request: PageRequest) => Promise<Page<T>>,
): Promise<RouteResult> {
  const position = query.cursor === undefined ? undefined : context.cursors.verify(query.cursor, binding);
  const page = await fetchPage({ limit: query.limit, ...(position ? { cursor: position } : {}) });
  return json({ items: page.items, ...(page.cursor ? { cursor: context.cursors.sign(page.cursor, binding) } : {}) });
}

export function eventFilterOf(query: Omit<EventsQuery, 'limit' | 'cursor'>): EventFilter {
  const filter: EventFilter = {};
  if (query.actor) filter.actor = query.actor;
  if (query.source) filter.source = query.source;
  if (query.target) filter.target = query.target;
  if (query.dyad) {
    const [a, b] = query.dyad.split(',') as [string, string];
    // Canonical order, so KOR,CHN and CHN,KOR share cursors as they share results.
    filter.dyad = a <= b ? [a, b] : [b, a];
  }
  if (query.root) filter.root = query.root;
  if (query.code) filter.code = query.code;
  if (query.quad) filter.quad = Number(query.quad) as 1 | 2 | 3 | 4;
  if (query.modality) filter.modality = query.modality;
  if (query.from) filter.from = query.from;
  if (query.to) filter.to = query.to;
  return filter;
}

export const apiRoutes: DocumentedRoute[] = [
  {
    method: 'GET',
    path: '/events',
    doc: {
      operationId: 'listEvents',
      summary: 'Events, newest first, filtered by actor, dyad, CAMEO code, quad class, modality and date',
      description: 'Every filter combination is answered by one DynamoDB Query. Follow `cursor` for the next page.',
      query: EventsQuerySchema,
      ok: { description: 'A page of events.', schema: EventPageSchema },
      errors: [400],
    },
    async handle(context) {
      const query = parse(EventsQuerySchema, context.query);
      const filter = eventFilterOf(query);
      return signedPage(context, query, { route: 'events', filter }, (request) => context.repository.queryEvents(filter, request));
    },
  },
  {
    // Before /events/{id}: the router takes the first route that matches.
    method: 'GET',
    path: '/events/timeline',
    doc: {
      operationId: 'getEventTimeline',
      summary: 'Events per day or ISO week, by quad class, with the mean Goldstein score, for the filters of GET /events',
      description:
        'One DynamoDB Query per month bucket of the range on the index GET /events would use, reading at most 10,000 events (newest first); `truncated` says when a broad filter reached that bound.',
      query: TimelineQuerySchema,
      ok: { description: 'The periods that have events, oldest first.', schema: TimelineSchema },
      errors: [400],
    },
    async handle(context) {
      const { interval, ...filters } = parse(TimelineQuerySchema, context.query);
      return json(await context.repository.eventTimeline(eventFilterOf(filters), interval));
    },
  },
  {
    method: 'GET',
    path: '/events/{id}',
    doc: {
      operationId: 'getEvent',
      summary: 'One event by id',
      params: EventIdParams,
      ok: { description: 'The event.', schema: EventSchema },
      errors: [400, 404],
    },
    async handle(context, params) {
      const { id } = parse(EventIdParams, params);
      const event = await context.repository.getEvent(id);
      if (!event) throw notFound(`No event with id ${id}.`);
      return json(event);
    },
  },
  {
    method: 'GET',
    path: '/articles',
    doc: {
      operationId: 'listArticles',
      summary: 'Stored articles with their status, newest first',
      query: PageQuerySchema,
      ok: { description: 'A page of articles.', schema: ArticlePageSchema },
      errors: [400],
    },
    async handle(context) {
      const query = parse(PageQuerySchema, context.query);
      return signedPage(context, query, { route: 'articles' }, (request) => context.repository.listArticles(request));
    },
  },
  {
    method: 'GET',
    path: '/articles/{id}',
    doc: {
      operationId: 'getArticle',
      summary: 'One article: status, failure reason and its events',
      params: ArticleIdParams,
      ok: { description: 'The article and its events.', schema: ArticleWithEventsSchema },
      errors: [400, 404],
    },
    async handle(context, params) {
      const { id } = parse(ArticleIdParams, params);
      const found = await context.repository.articleWithEvents(id);
      if (!found) throw notFound(`No article with id ${id}.`);
      return json(found);
    },
  },
  {
    method: 'GET',
    path: '/actors',
    doc: {
      operationId: 'listActors',
      summary: 'Actors with their event counts, most events first, for suggestions',
      description:
        'Country and organisation codes with the number of events that have them as source or target, kept up to date at write time. One Query of the 16 counter shards, summed.',
      query: ActorsQuerySchema,
      ok: { description: 'A page of actors.', schema: ActorPageSchema },
      errors: [400],
    },
    async handle(context) {
      const { prefix, ...page } = parse(ActorsQuerySchema, context.query);
      return signedPage(context, page, { route: 'actors', prefix }, (request) => context.repository.listActors(prefix, request));
    },
  },
  {
    method: 'GET',
    path: '/batches',
    doc: {
      operationId: 'getBatch',
      summary: 'One batch (JSON Lines, WARC) by its key: its articles counted processed / failed / pending / skipped',
      query: BatchQuerySchema,
      ok: { description: 'The batch.', schema: BatchSchema },
      errors: [400, 404],
    },
    async handle(context) {
      const { key } = parse(BatchQuerySchema, context.query);
      const batch = await context.repository.getBatch(key);
      if (!batch) throw notFound(`No batch with key ${key}.`);
      return json(batch);
    },
  },
  {
    method: 'GET',
    path: '/actors/{country}/summary',
    doc: {
      operationId: 'getActorSummary',
      summary: 'Counts by CAMEO root and quad class, average Goldstein as source and as target, top counterparts',
      params: CountryParams,
      query: SummaryQuerySchema,
      ok: { description: 'The summary (zero counts when the actor has no events).', schema: ActorSummarySchema },
      errors: [400],
    },
    async handle(context, params) {
      const { country } = parse(CountryParams, params);
      const range = parse(SummaryQuerySchema, context.query);
      return json(await context.repository.actorSummary(country, { ...(range.from ? { from: range.from } : {}), ...(range.to ? { to: range.to } : {}) }));
    },
  },
  {
    method: 'GET',
    path: '/health',
    doc: {
      operationId: 'health',
      summary: 'Liveness',
      ok: { description: 'The API is up.', schema: HealthSchema },
      errors: [],
    },
    handle() {
      return Promise.resolve(json({ status: 'ok' }));
    },
  },
  {
    method: 'GET',
    path: '/openapi.json',
    doc: {
      operationId: 'openApiDocument',
      summary: 'This OpenAPI 3.1 document',
      ok: { description: 'The OpenAPI document.', schema: { type: 'object' } },
      errors: [],
    },
    handle(context) {
      return Promise.resolve(json(context.openApiDocument()));
    },
  },
];
