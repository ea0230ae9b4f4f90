import type { Actor, DiplomaticEvent } from '../shared/model/diplomatic-event.ts';
import type { ArticleRecord } from '../shared/model/article.ts';
import { formatTable, type Column } from './table.ts';

/** "KOR GOV (Lee Jae Myung)" shortened to what fits: code and role first, they are what users filter on. */
export function actorLabel(actor: Actor | null): string {
  if (actor === null) return '-';
  return [actor.country, actor.role].filter(Boolean).join(' ');
}

const EVENT_COLUMNS: Column<DiplomaticEvent>[] = [
  { header: 'DATE', value: (e) => e.date ?? '-', max: 10 },
  { header: 'SOURCE', value: (e) => actorLabel(e.source), max: 9 },
  { header: 'CAMEO', value: (e) => `${e.cameo.code} ${e.cameo.name}`, max: 34 },
  { header: 'TARGET', value: (e) => actorLabel(e.target), max: 9 },
  { header: 'MODALITY', value: (e) => e.modality, max: 15 },
  { header: 'N', value: (e) => String(e.mentions), align: 'right', max: 3 },
  { header: 'EVIDENCE', value: (e) => e.evidence.sentence, flexible: true },
];

export function formatEventTable(events: readonly DiplomaticEvent[], width?: number): string {
  return formatTable(EVENT_COLUMNS, events, width);
}

const ARTICLE_COLUMNS: Column<ArticleRecord>[] = [
  { header: 'PUBLISHED', value: (a) => a.publishedAt ?? '-', max: 10 },
  { header: 'STATUS', value: (a) => a.status, max: 9 },
  { header: 'EVENTS', value: (a) => String(a.eventCount), align: 'right', max: 6 },
  { header: 'ID', value: (a) => a.id, max: 24 },
  { header: 'TITLE / REASON', value: (a) => (a.status === 'failed' ? `FAILED: ${a.reason ?? 'unknown reason'}` : (a.title ?? a.key)), flexible: true },
];

export function formatArticleTable(articles: readonly ArticleRecord[], width?: number): string {
  return formatTable(ARTICLE_COLUMNS, articles, width);
}

/** The width to lay tables out in: the terminal's, or a generous default when piped. */
export function terminalWidth(): number {
  return process.stdout.columns && process.stdout.columns > 40 ? process.stdout.columns : 160;
}
