import { getJson } from '../api.ts';
import type { ArticleWithEvents, DiplomaticEvent, Page } from '../api-types.ts';
import { stackedBars } from '../charts/stacked-bars.ts';
import { rootName } from '../cameo.ts';
import { actorForm } from '../components/actor-form.ts';
import { h, note } from '../dom.ts';
import { linkTo } from '../route.ts';
import { countByRoot, monthRange, monthlyBars } from './dyad-figures.ts';
import { viewHeading, type ViewContext } from './view-context.ts';

/** Pages of `GET /events?dyad=` read at most (1,000 events): a dyad's history, not the whole table. */
const MAX_PAGES = 10;
/** Articles asked for their publication date, for events without a date of their own. */
const MAX_ARTICLE_LOOKUPS = 30;

/**
 * Two actors' interactions over time in both directions: per month stacked by quad class, and
 * by CAMEO root, from the newest events of the dyad (`GET /events?dyad=A,B`). An event dated
 * only by its year, or not at all, is placed at its article's publication date.
 */
export async function renderDyad({ main, params, signal }: ViewContext): Promise<void> {
  const a = (params.get('a') ?? '').toUpperCase();
  const b = (params.get('b') ?? '').toUpperCase();
  const range = { from: params.get('from') ?? undefined, to: params.get('to') ?? undefined };
  viewHeading(main, a && b ? `Dyad ${a} – ${b}` : 'Dyad');
  main.append(
    actorForm(
      'dyad',
      [
        { name: 'a', label: 'First actor', value: a },
        { name: 'b', label: 'Second actor', value: b },
      ],
      params,
    ),
  );
  if (!a || !b) {
    main.append(note('Enter two actor codes to see their interactions.'));
    return;
  }
  const events: DiplomaticEvent[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await getJson<Page<DiplomaticEvent>>('/events', { dyad: `${a},${b}`, ...range, limit: '100', cursor }, signal);
    events.push(...page.items);
    cursor = page.cursor;
  } while (cursor && ++pages < MAX_PAGES);
  if (events.length === 0) {
    main.append(note(`No events between ${a} and ${b}.`));
    return;
  }
  if (cursor) main.append(note(`Showing the newest ${events.length} events of this dyad; narrow the dates to see older ones.`));
  const { placed, byPublication } = await withPublicationDates(events, signal);
  if (byPublication > 0)
    main.append(note(`${byPublication} event(s) without a month of their own are placed at their article's publication date, as the date filters do.`));
  const directions = [
    { source: a, target: b, events: placed.filter((e) => e.source.country === a && e.target?.country === b) },
    { source: b, target: a, events: placed.filter((e) => e.source.country === b && e.target?.country === a) },
  ];
  for (const { source, target, events: directed } of directions) {
    const id = `direction-${source}-${target}`;
    const section = h('section', { 'aria-labelledby': id }, h('h2', { id }, `${source} → ${target}: ${directed.length} events`));
    main.append(section);
    if (directed.length === 0) continue;
    const { bars, undated } = monthlyBars(directed, (month) => linkTo('events', { source, target, ...monthRange(month) }));
    section.append(stackedBars(bars, `${source} → ${target}, events per month by quad class`));
    if (undated > 0) section.append(note(`${undated} event(s) without a date (nor a publication date) are not in the chart.`));
  }
  const [forward, backward] = directions.map((direction) => countByRoot(direction.events)) as [Map<string, number>, Map<string, number>];
  const roots = [...new Set([...forward.keys(), ...backward.keys()])].sort();
  main.append(
    h(
      'section',
      { 'aria-labelledby': 'roots-heading' },
      h('h2', { id: 'roots-heading' }, 'By CAMEO root'),
      h(
        'table',
        {},
        h('caption', {}, `Events of ${a} and ${b} by CAMEO root and direction`),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Root'), h('th', { scope: 'col' }, `${a} → ${b}`), h('th', { scope: 'col' }, `${b} → ${a}`))),
        h(
          'tbody',
          {},
          roots.map((root) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, `${root} ${rootName(root)}`),
              h('td', { class: 'number' }, h('a', { href: linkTo('events', { source: a, target: b, root, ...range }) }, forward.get(root) ?? 0)),
              h('td', { class: 'number' }, h('a', { href: linkTo('events', { source: b, target: a, root, ...range }) }, backward.get(root) ?? 0)),
            ),
          ),
        ),
      ),
    ),
  );
}

/** Events whose date has no month get their article's publication date (one `GET /articles/{id}` per article, bounded). */
async function withPublicationDates(events: readonly DiplomaticEvent[], signal: AbortSignal): Promise<{ placed: DiplomaticEvent[]; byPublication: number }> {
  const hasMonth = (event: DiplomaticEvent) => (event.date?.length ?? 0) >= 7;
  const articleIds = [...new Set(events.filter((event) => !hasMonth(event)).map((event) => event.articleId))].slice(0, MAX_ARTICLE_LOOKUPS);
  const published = new Map(
    await Promise.all(
      articleIds.map(async (id) => [id, (await getJson<ArticleWithEvents>(`/articles/${encodeURIComponent(id)}`, {}, signal)).article.publishedAt] as const),
    ),
  );
  let byPublication = 0;
  const placed = events.map((event) => {
    const date = hasMonth(event) ? null : published.get(event.articleId);
    if (!date) return event;
    byPublication++;
    return { ...event, date };
  });
  return { placed, byPublication };
}
