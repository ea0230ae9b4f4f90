import type * as z from 'zod/mini';
import type { ActorSummarySchema, ArticleSchema, ArticleWithEventsSchema } from '../../shared/api/schemas.ts';
import type { DiplomaticEvent } from '../../shared/model/diplomatic-event.ts';

/** The API's response shapes, from the schemas it validates against (types only: nothing is bundled). */
export type { DiplomaticEvent };
export type Article = z.infer<typeof ArticleSchema>;
export type ArticleWithEvents = z.infer<typeof ArticleWithEventsSchema>;
export type ActorSummary = z.infer<typeof ActorSummarySchema>;

export interface Page<T> {
  items: T[];
  cursor?: string;
}

export type QuadKey = '1' | '2' | '3' | '4';

/** `GET /events/timeline`: events per day or week for the filters of `GET /events`. */
export interface TimelineBucket {
  period: string;
  total: number;
  byQuad: Partial<Record<QuadKey, number>>;
  meanGoldstein: number | null;
}
export interface Timeline {
  interval: 'day' | 'week';
  buckets: TimelineBucket[];
  truncated: boolean;
}

/** `GET /actors?prefix=`: actors with their event counts, for suggestions. */
export interface ActorCount {
  actor: string;
  events: number;
}
