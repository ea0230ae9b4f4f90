/**
 * Where the page is: `#/VIEW?query`. The fragment keeps page paths apart from the API's paths on
 * the same origin, and the query holds every filter, so a view is a link an analyst can share.
 */
export const VIEWS = ['events', 'timeline', 'actor', 'dyad', 'article', 'upload'] as const;
export type View = (typeof VIEWS)[number];

export interface Route {
  view: View;
  params: URLSearchParams;
}

export function currentRoute(hash = location.hash): Route {
  const body = hash.replace(/^#\/?/, '');
  const at = body.indexOf('?');
  const name = at < 0 ? body : body.slice(0, at);
  const params = new URLSearchParams(at < 0 ? '' : body.slice(at + 1));
  const view = (VIEWS as readonly string[]).includes(name) ? (name as View) : 'events';
  return { view, params };
}

/** `#/events?actor=KOR`, without the empty parameters. */
export function linkTo(view: View, params: Record<string, string | undefined> | URLSearchParams = {}): string {
  const query = new URLSearchParams();
  const entries = params instanceof URLSearchParams ? [...params] : Object.entries(params);
  for (const [name, value] of entries) if (value !== undefined && value !== '') query.set(name, value);
  const text = query.toString();
  return `#/${view}${text ? `?${text}` : ''}`;
}
