import type { Article } from '../../../shared/model/article.ts';
import type { DiplomaticEvent } from '../../../shared/model/diplomatic-event.ts';
import { RuleBasedExtractor } from '../../../shared/coder/rule-based-extractor.ts';
import { codeAllEvents } from '../../../shared/coder/article-coder.ts';

export const extractor = new RuleBasedExtractor();

export function article(body: string, publishedAt = '2026-01-07', id = 'atest'): Article {
  return { id, title: null, body, url: null, source: null, publishedAt, publishedFrom: 'content', format: 'txt' };
}

export async function code(body: string, publishedAt = '2026-01-07'): Promise<DiplomaticEvent[]> {
  return (await extractor.extract(article(body, publishedAt))).events;
}

/** "KOR>CHN 042" style summary of an event, for compact assertions. */
export function brief(e: DiplomaticEvent): string {
  return `${e.source.country}>${e.target?.country ?? '-'} ${e.cameo.code}`;
}

/** The briefs of the events `keep` accepts, sorted: what a test compares when order does not matter. */
export function briefsOf(events: readonly DiplomaticEvent[], keep: (e: DiplomaticEvent) => boolean = () => true): string[] {
  return events.filter(keep).map(brief).sort();
}

/**
 * Every event the text states, before the diplomatic scope drops domestic ones from international stories:
 * for tests of how domestic dyads are coded (they are kept in domestic stories).
 */
export function codeAll(body: string, publishedAt = '2026-01-07'): DiplomaticEvent[] {
  return codeAllEvents(article(body, publishedAt), extractor.version).events;
}
