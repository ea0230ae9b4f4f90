import { getJson } from '../api.ts';
import type { ArticleWithEvents } from '../api-types.ts';
import { h, note } from '../dom.ts';
import { linkTo } from '../route.ts';
import { viewHeading, type ViewContext } from './view-context.ts';

/** How long the page waits for ingest before saying so (the local stack codes an article in about a second). */
const INGEST_WAIT_MS = 120_000;

interface Uploaded {
  key: string;
  articleId: string;
  etag: string;
}

/**
 * Local stack only: files dropped here go into the bucket through the server's upload route, the
 * same S3 path as `accord upload`; each file's line follows its article until ingest has
 * recorded this upload (its ETag), then shows processed with its events, or failed with the reason.
 */
// (a view renders asynchronously in general; this one has nothing to wait for)
export function renderUpload({ main, uploads }: ViewContext): Promise<void> {
  viewHeading(main, 'Upload articles');
  if (!uploads) {
    main.append(note('Uploads are offered by the local stack only (`npm start`); for a deployed stage use `accord upload --stage …`.'));
    return Promise.resolve();
  }
  const input = h('input', { id: 'upload-files', type: 'file', multiple: true, accept: '.txt,.md,.html,.htm,.json' });
  const list = h('ul', { class: 'uploads', 'aria-live': 'polite', 'aria-label': 'Uploaded files' });
  const zone = h(
    'div',
    { class: 'drop-zone' },
    h('p', {}, 'Drop article files (.txt, .md, .html, .json) here, or ', h('label', { for: 'upload-files' }, 'choose files'), ':'),
    input,
  );
  const take = (files: FileList | null) => {
    for (const file of files ?? []) void uploadOne(file, list);
  };
  input.addEventListener('change', () => take(input.files));
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('dragging');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('dragging');
    take(event.dataTransfer?.files ?? null);
  });
  main.append(zone, h('h2', {}, 'This session'), list);
  return Promise.resolve();
}

async function uploadOne(file: File, list: HTMLElement): Promise<void> {
  const state = h('span', { class: 'upload-state' }, 'uploading…');
  const item = h('li', {}, h('strong', {}, file.name), ' ', state);
  list.append(item);
  try {
    const response = await fetch(`/explorer/upload?name=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      headers: { 'x-accord-explorer': '1', 'content-type': 'application/octet-stream' },
      body: file,
    });
    const answer = (await response.json()) as Uploaded & { title?: string; detail?: string };
    if (!response.ok)
      throw new Error(answer.detail ? `${answer.title ?? 'Upload failed'}: ${answer.detail}` : (answer.title ?? `HTTP ${String(response.status)}`));
    state.textContent = 'uploaded, waiting for ingest…';
    const stored = await ingested(answer);
    const { article, events } = stored;
    const link = h('a', { href: linkTo('article', { id: article.id }) }, 'open the article');
    if (article.status === 'failed') {
      state.replaceChildren(h('span', { class: 'status status-failed' }, 'failed'), `: ${article.reason ?? 'no reason given'} (`, link, ')');
      return;
    }
    state.replaceChildren(h('span', { class: `status status-${article.status}` }, article.status), `, ${events.length} event(s) (`, link, ')');
    if (events.length > 0) {
      item.append(
        h(
          'ul',
          { class: 'upload-events' },
          events
            .slice(0, 10)
            .map((event) => h('li', {}, `${event.date ?? 'undated'}: ${event.source.country} ${event.cameo.name} ${event.target?.country ?? ''}`.trim())),
        ),
      );
    }
  } catch (error) {
    state.replaceWith(note(`${file.name}: ${error instanceof Error ? error.message : String(error)}`, 'error'));
  }
}

/** Polls the article until its record is of this upload (a re-upload of the same key waits for its new version). */
async function ingested(uploaded: Uploaded): Promise<ArticleWithEvents> {
  const deadline = Date.now() + INGEST_WAIT_MS;
  for (;;) {
    try {
      const stored = await getJson<ArticleWithEvents>(`/articles/${encodeURIComponent(uploaded.articleId)}`);
      if (stored.article.etag === uploaded.etag) return stored;
    } catch {
      // 404 until the ingest writes the record
    }
    if (Date.now() > deadline) throw new Error('ingest has not recorded this upload yet; see `npx accord dlq list` and the server log');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
