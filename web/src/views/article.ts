import { getJson } from '../api.ts';
import type { ArticleWithEvents, DiplomaticEvent } from '../api-types.ts';
import { highlighted, markLegend, marksOf } from '../components/evidence.ts';
import { eventTable } from '../components/event-table.ts';
import { h, note } from '../dom.ts';
import { viewHeading, type ViewContext } from './view-context.ts';

/**
 * One article (`GET /articles/{id}`): its status (processed, failed with the reason, deleted),
 * extractor, notes, and its coded passages in reading order with every event's trigger and
 * actors marked. The API stores the sentences events were coded from, not the whole body, so
 * the text shown is those sentences, with "…" where the article goes on between them.
 */
export async function renderArticle({ main, params, signal }: ViewContext): Promise<void> {
  const id = params.get('id') ?? '';
  const heading = viewHeading(main, 'Article');
  if (!id) {
    main.append(note('No article id in the link.'));
    return;
  }
  const { article, events } = await getJson<ArticleWithEvents>(`/articles/${encodeURIComponent(id)}`, {}, signal);
  heading.textContent = article.title ?? article.key;
  document.title = `${heading.textContent} · Accord explorer`;
  main.append(h('dl', { class: 'figures article-facts' },
    fact('Status', h('span', { class: `status status-${article.status}` }, article.status)),
    article.reason ? fact(article.status === 'failed' ? 'Reason' : 'Note', article.reason) : null,
    fact('Extractor', article.extractor ?? '—'),
    fact('Published', article.publishedAt ?? '—'),
    fact('Events', String(article.eventCount)),
    fact('Object', `s3://${article.bucket}/${article.key}`),
    article.url ? fact('URL', h('a', { href: article.url, rel: 'noreferrer noopener' }, article.url)) : null,
    article.siteName ? fact('Site', article.siteName) : null,
    article.byline ? fact('Byline', article.byline) : null));
  if (article.notes.length > 0) {
    main.append(h('section', { 'aria-labelledby': 'notes-heading' }, h('h2', { id: 'notes-heading' }, 'Notes'), h('ul', {}, article.notes.map((text) => h('li', {}, text)))));
  }
  if (events.length === 0) {
    main.append(note(article.status === 'processed' ? 'No events were coded from this article.' : `No events: the article is ${article.status}.`));
    return;
  }
  main.append(h('section', { 'aria-labelledby': 'text-heading', class: 'article-text' },
    h('h2', { id: 'text-heading' }, 'Coded passages'), markLegend(), passages(events)));
  main.append(h('section', { 'aria-labelledby': 'article-events-heading' },
    h('h2', { id: 'article-events-heading' }, 'Events'), eventTable(events, `${events.length} events of this article`)));
}

function fact(term: string, value: string | Node): HTMLElement {
  return h('div', {}, h('dt', {}, term), h('dd', {}, value));
}

/** One paragraph per evidence sentence in body order, each with the marks of all its events. */
function passages(events: readonly DiplomaticEvent[]): HTMLElement[] {
  const bySentence = new Map<number, DiplomaticEvent[]>();
  for (const event of events) bySentence.set(event.evidence.start, [...(bySentence.get(event.evidence.start) ?? []), event]);
  const ordered = [...bySentence.entries()].sort(([a], [b]) => a - b);
  let previousEnd = 0;
  return ordered.flatMap(([start, sentenceEvents]) => {
    const first = sentenceEvents[0]!;
    const gap = start > previousEnd + 1 ? [h('p', { class: 'gap', 'aria-hidden': 'true' }, '…')] : [];
    previousEnd = Math.max(previousEnd, first.evidence.end);
    const codes = sentenceEvents.map((event) => `${event.source.country} ${event.cameo.code} ${event.target?.country ?? ''}`.trim()).join('; ');
    return [...gap, h('p', { class: 'passage' }, highlighted(first.evidence.sentence, sentenceEvents.flatMap(marksOf)), ' ', h('span', { class: 'passage-codes' }, `[${codes}]`))];
  });
}
