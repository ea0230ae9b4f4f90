import { getIfAvailable, getJson } from '../api.ts';
import type { ArticleWithEvents } from '../api-types.ts';
import { articleBody, evidencePassages } from '../components/article-body.ts';
import { markLegend } from '../components/evidence.ts';
import { eventTable } from '../components/event-table.ts';
import { h, note } from '../dom.ts';
import { viewHeading, type ViewContext } from './view-context.ts';

/**
 * One article (`GET /articles/{id}`): its status (processed, failed with the reason, deleted),
 * extractor, notes, and its text with every event's evidence sentence, trigger and actors marked.
 * The API stores events, not bodies: the text comes from the server's article-text route (the
 * object parsed again); where that is not available, the stored evidence sentences stand in.
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
  main.append(
    h(
      'dl',
      { class: 'figures article-facts' },
      fact('Status', h('span', { class: `status status-${article.status}` }, article.status)),
      article.reason ? fact(article.status === 'failed' ? 'Reason' : 'Note', article.reason) : null,
      fact('Extractor', article.extractor ?? '—'),
      fact('Published', article.publishedAt ?? '—'),
      fact('Events', String(article.eventCount)),
      fact('Object', `s3://${article.bucket}/${article.key}`),
      article.url ? fact('URL', h('a', { href: article.url, rel: 'noreferrer noopener' }, article.url)) : null,
      article.siteName ? fact('Site', article.siteName) : null,
      article.byline ? fact('Byline', article.byline) : null,
    ),
  );
  if (article.notes.length > 0) {
    main.append(
      h(
        'section',
        { 'aria-labelledby': 'notes-heading' },
        h('h2', { id: 'notes-heading' }, 'Notes'),
        h(
          'ul',
          {},
          article.notes.map((text) => h('li', {}, text)),
        ),
      ),
    );
  }
  if (events.length === 0) {
    main.append(note(article.status === 'processed' ? 'No events were coded from this article.' : `No events: the article is ${article.status}.`));
    return;
  }
  const text = await getIfAvailable<{ title: string | null; body: string }>(
    '/explorer/article-text',
    { key: article.key, version: article.versionId ?? undefined },
    signal,
  ).catch(() => null);
  const whole = text ? articleBody(text.body, events) : null;
  main.append(
    h(
      'section',
      { 'aria-labelledby': 'text-heading', class: 'article-text' },
      h('h2', { id: 'text-heading' }, whole ? 'Text' : 'Coded sentences'),
      whole
        ? null
        : note(
            text
              ? 'The stored object has changed since these events were coded: only the sentences they were coded from are shown.'
              : 'The whole text is not available here (the server cannot read the bucket): only the sentences the events were coded from are shown.',
          ),
      markLegend(),
      whole ?? evidencePassages(events),
    ),
  );
  main.append(
    h(
      'section',
      { 'aria-labelledby': 'article-events-heading' },
      h('h2', { id: 'article-events-heading' }, 'Events'),
      eventTable(events, `${events.length} events of this article`),
    ),
  );
}

function fact(term: string, value: string | Node): HTMLElement {
  return h('div', {}, h('dt', {}, term), h('dd', {}, value));
}
