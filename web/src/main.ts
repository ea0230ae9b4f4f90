import { getJson, errorText } from './api.ts';
import { h, note } from './dom.ts';
import { currentRoute, linkTo, type View } from './route.ts';
import { renderActor } from './views/actor.ts';
import { renderArticle } from './views/article.ts';
import { renderDyad } from './views/dyad.ts';
import { renderEvents } from './views/events.ts';
import { renderTimeline } from './views/timeline.ts';
import { renderUpload } from './views/upload.ts';
import type { ViewContext } from './views/view-context.ts';

/** What the server says about where the page runs (`/explorer/config.json`). */
interface ExplorerConfig {
  target: string;
  upload: boolean;
}

const RENDERERS: Record<View, (context: ViewContext) => Promise<void>> = {
  events: renderEvents,
  timeline: renderTimeline,
  actor: renderActor,
  dyad: renderDyad,
  article: renderArticle,
  upload: renderUpload,
};

const NAV: ReadonlyArray<{ view: View; label: string }> = [
  { view: 'events', label: 'Events' },
  { view: 'timeline', label: 'Timeline' },
  { view: 'actor', label: 'Actor' },
  { view: 'dyad', label: 'Dyad' },
  { view: 'upload', label: 'Upload' },
];

/** Filters carry over between the two views that share the filter bar. */
const FILTER_VIEWS: ReadonlySet<View> = new Set(['events', 'timeline']);

let config: ExplorerConfig = { target: '', upload: false };
let running: AbortController | undefined;

async function show(): Promise<void> {
  running?.abort();
  const controller = new AbortController();
  running = controller;
  const route = currentRoute();
  renderNav(route.view, route.params);
  const main = document.getElementById('main')!;
  main.replaceChildren();
  try {
    await RENDERERS[route.view]({ main, params: route.params, signal: controller.signal, uploads: config.upload });
  } catch (error) {
    if (controller.signal.aborted) return;
    main.append(note(errorText(error), 'error'));
  }
}

function renderNav(view: View, params: URLSearchParams): void {
  const nav = document.getElementById('views-nav')!;
  const items = NAV.filter((item) => item.view !== 'upload' || config.upload).map((item) => {
    const carry = FILTER_VIEWS.has(view) && FILTER_VIEWS.has(item.view) ? withoutInterval(params) : {};
    const current = item.view === view || (view === 'article' && item.view === 'events');
    return h('li', {}, h('a', { href: linkTo(item.view, carry), 'aria-current': current ? 'page' : undefined }, item.label));
  });
  nav.replaceChildren(h('ul', {}, items));
}

function withoutInterval(params: URLSearchParams): URLSearchParams {
  const copy = new URLSearchParams(params);
  copy.delete('interval');
  return copy;
}

async function start(): Promise<void> {
  try {
    config = await getJson<ExplorerConfig>('/explorer/config.json');
  } catch {
    // An older server: no upload, no target label; the views work all the same.
  }
  document.getElementById('target')!.textContent = config.target ? `Data: ${config.target}` : '';
  window.addEventListener('hashchange', () => void show());
  await show();
}

void start();
