import { getJson } from '../api.ts';
import type { ActorSummary } from '../api-types.ts';
import { barList } from '../charts/bar-list.ts';
import { worldMap } from '../charts/world-map.ts';
import { QUADS, rootName } from '../cameo.ts';
import { h, note } from '../dom.ts';
import { linkTo } from '../route.ts';
import { actorForm } from '../components/actor-form.ts';
import { viewHeading, type ViewContext } from './view-context.ts';

/**
 * One actor (`GET /actors/{country}/summary`): its events as source and target, by quad class and
 * CAMEO root, its top counterparts as bars and on a world map; a counterpart opens the dyad.
 */
export async function renderActor({ main, params, signal }: ViewContext): Promise<void> {
  const actor = (params.get('actor') ?? '').toUpperCase();
  const range = { from: params.get('from') ?? undefined, to: params.get('to') ?? undefined };
  viewHeading(main, actor ? `Actor ${actor}` : 'Actor');
  main.append(actorForm('actor', [{ name: 'actor', label: 'Actor', value: actor }], params));
  if (!actor) {
    main.append(note('Enter an actor code (KOR, CHN, UNO…) to see its summary.'));
    return;
  }
  const summary = await getJson<ActorSummary>(`/actors/${encodeURIComponent(actor)}/summary`, range, signal);
  const total = summary.asSource.count + summary.asTarget.count;
  if (total === 0) {
    main.append(note(`No events of ${actor} in this period.`));
    return;
  }
  const goldstein = (value: number | null) => (value === null ? '—' : value.toFixed(2));
  main.append(
    h(
      'section',
      { 'aria-labelledby': 'summary-heading' },
      h('h2', { id: 'summary-heading' }, 'Summary'),
      h(
        'dl',
        { class: 'figures' },
        h('div', {}, h('dt', {}, 'As source'), h('dd', {}, `${summary.asSource.count} events, mean Goldstein ${goldstein(summary.asSource.averageGoldstein)}`)),
        h('div', {}, h('dt', {}, 'As target'), h('dd', {}, `${summary.asTarget.count} events, mean Goldstein ${goldstein(summary.asTarget.averageGoldstein)}`)),
        h('div', {}, h('dt', {}, 'All events'), h('dd', {}, h('a', { href: linkTo('events', { actor, ...range }) }, `${total} in the event list`))),
      ),
      summary.truncated ? note('The period held more events than one summary reads: the figures cover the newest ones.') : null,
    ),
  );
  const counterparts = summary.topCounterparts.map(({ country, count }) => ({
    country,
    value: count,
    label: `${count} events with ${actor}`,
    href: linkTo('dyad', { a: actor, b: country, ...range }),
  }));
  const section = h('section', { 'aria-labelledby': 'counterparts-heading' }, h('h2', { id: 'counterparts-heading' }, 'Top counterparts'));
  main.append(section);
  if (counterparts.length === 0) section.append(note('No counterparts: every event of this actor has no target.'));
  else {
    section.append(
      h(
        'div',
        { class: 'counterparts' },
        barList(
          counterparts.map(({ country, value, href }) => ({ label: country, value, href })),
          'Events with each counterpart',
        ),
        await worldMap(counterparts, `Map: events of ${actor} with each counterpart; a country opens the dyad`, actor),
      ),
    );
  }
  main.append(
    h(
      'section',
      { 'aria-labelledby': 'quad-heading' },
      h('h2', { id: 'quad-heading' }, 'By quad class'),
      barList(
        QUADS.map(({ key, name }) => ({
          label: name,
          value: summary.byQuadClass[key],
          tone: `quad-${key}`,
          href: linkTo('events', { actor, quad: key, ...range }),
        })),
        'Events by quad class',
      ),
    ),
    h(
      'section',
      { 'aria-labelledby': 'root-heading' },
      h('h2', { id: 'root-heading' }, 'By CAMEO root'),
      barList(
        Object.entries(summary.byRoot)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([root, count]) => ({ label: `${root} ${rootName(root)}`, value: count, href: linkTo('events', { actor, root, ...range }) })),
        'Events by CAMEO root',
      ),
    ),
  );
}
