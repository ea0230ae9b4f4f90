import { getIfAvailable } from '../api.ts';
import type { ActorCount } from '../api-types.ts';
import { CAMEO_ROOTS, MODALITY_NAMES, QUADS } from '../cameo.ts';
import { formText, h, type Child } from '../dom.ts';
import { linkTo, type View } from '../route.ts';

/** The filters of `GET /events`, named as the API names them, so the URL query is the API query. */
export const EVENT_FILTERS = ['actor', 'source', 'target', 'dyad', 'root', 'code', 'quad', 'modality', 'from', 'to'] as const;

export function eventFilters(params: URLSearchParams): Record<string, string | undefined> {
  return Object.fromEntries(EVENT_FILTERS.map((name) => [name, params.get(name) ?? undefined]));
}

const ACTOR_LIST_ID = 'actor-suggestions';

/**
 * The filter bar: a form, so Enter applies it from any field and every field has its label.
 * Applying it changes the URL (the view re-renders from there), so a filtered view is a link.
 */
export function filterBar(view: View, params: URLSearchParams, extra: Record<string, string | undefined> = {}, signal?: AbortSignal): HTMLElement {
  const value = (name: string) => params.get(name) ?? '';
  const text = (name: string, label: string, hint: string, options: { list?: boolean } = {}) =>
    field(
      name,
      label,
      h('input', {
        id: `filter-${name}`,
        name,
        value: value(name),
        placeholder: hint,
        autocomplete: 'off',
        ...(options.list ? { list: ACTOR_LIST_ID } : {}),
      }),
    );
  const choice = (name: string, label: string, choices: ReadonlyArray<readonly [string, string]>) =>
    field(
      name,
      label,
      h(
        'select',
        { id: `filter-${name}`, name },
        h('option', { value: '' }, 'any'),
        choices.map(([code, title]) => h('option', { value: code, selected: value(name) === code }, title)),
      ),
    );
  const date = (name: string, label: string) => field(name, label, h('input', { id: `filter-${name}`, name, type: 'date', value: value(name) }));

  const form = h(
    'form',
    { class: 'filter-bar', role: 'search', 'aria-label': 'Event filters' },
    text('actor', 'Actor', 'e.g. KOR', { list: true }),
    text('source', 'Source', 'e.g. USA', { list: true }),
    text('target', 'Target', 'e.g. CHN', { list: true }),
    text('dyad', 'Dyad', 'e.g. KOR,CHN'),
    choice(
      'root',
      'CAMEO root',
      CAMEO_ROOTS.map(([code, name]) => [code, `${code} ${name}`] as const),
    ),
    text('code', 'CAMEO code', 'e.g. 042'),
    choice(
      'quad',
      'Quad class',
      QUADS.map(({ key, name }) => [key, `${key} ${name}`] as const),
    ),
    choice('modality', 'Modality', MODALITY_NAMES),
    date('from', 'From'),
    date('to', 'To'),
    h('div', { class: 'filter-actions' }, h('button', { type: 'submit' }, 'Apply filters'), h('a', { href: linkTo(view, extra) }, 'Clear')),
    h('datalist', { id: ACTOR_LIST_ID }),
    h('p', { class: 'field-hint', id: 'suggestions-note', 'aria-live': 'polite' }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query: Record<string, string | undefined> = { ...extra };
    for (const name of EVENT_FILTERS) {
      const raw = formText(new FormData(form).get(name)).trim();
      // codes are upper case in the API; analysts type them any way
      query[name] = ['actor', 'source', 'target', 'dyad'].includes(name) ? raw.toUpperCase().replace(/\s+/g, '') : raw;
    }
    location.hash = linkTo(view, query);
  });
  void suggestActors(form, signal);
  return form;
}

function field(name: string, label: string, control: Child): HTMLElement {
  return h('div', { class: 'field' }, h('label', { for: `filter-${name}` }, label), control);
}

/** Actor codes with their event counts from `GET /actors`; a short note where the API has no such route. */
async function suggestActors(form: HTMLFormElement, signal?: AbortSignal): Promise<void> {
  const list = form.querySelector<HTMLDataListElement>(`#${ACTOR_LIST_ID}`)!;
  const status = form.querySelector<HTMLElement>('#suggestions-note')!;
  try {
    const actors = await getIfAvailable<{ items: ActorCount[] }>('/actors', { limit: '100' }, signal);
    if (actors === null) {
      status.textContent = 'Actor suggestions are not available: this API has no GET /actors.';
      return;
    }
    list.replaceChildren(...actors.items.map(({ actor, events }) => h('option', { value: actor }, `${actor} (${events} events)`)));
  } catch {
    if (!signal?.aborted) status.textContent = 'Actor suggestions could not be loaded.';
  }
}
