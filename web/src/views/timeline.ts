import { getIfAvailable } from '../api.ts';
import type { Timeline } from '../api-types.ts';
import { stackedBars } from '../charts/stacked-bars.ts';
import { eventFilters, filterBar } from '../components/filter-bar.ts';
import { h, note } from '../dom.ts';
import { linkTo } from '../route.ts';
import { viewHeading, type ViewContext } from './view-context.ts';

/**
 * Events per day or week for the filters in the URL (`GET /events/timeline`), stacked by quad
 * class, with the mean Goldstein score; a bar links to the events of its period.
 */
export async function renderTimeline({ main, params, signal }: ViewContext): Promise<void> {
  const interval = params.get('interval') === 'week' ? 'week' : 'day';
  viewHeading(main, 'Timeline');
  main.append(filterBar('timeline', params, { interval }, signal));
  const filters = eventFilters(params);
  main.append(
    h(
      'p',
      { class: 'interval-switch' },
      'Events per ',
      (['day', 'week'] as const).map((choice) => [
        h('a', { href: linkTo('timeline', { ...filters, interval: choice }), 'aria-current': choice === interval ? 'true' : undefined }, choice),
        ' ',
      ]),
    ),
  );
  const timeline = await getIfAvailable<Timeline>('/events/timeline', { ...filters, interval }, signal);
  if (timeline === null) {
    main.append(note('The timeline is not available: this API has no GET /events/timeline yet.'));
    return;
  }
  if (timeline.buckets.length === 0) {
    main.append(note('No events match these filters.'));
    return;
  }
  const bars = timeline.buckets.map((bucket) => ({ ...bucket, href: linkTo('events', { ...filters, ...periodRange(bucket.period, interval, filters) }) }));
  main.append(stackedBars(bars, `Events per ${interval}, stacked by quad class`));
  if (timeline.truncated) main.append(note('The period held more events than one timeline reads: the figures cover the newest ones.'));
}

/** The days of a bar, inside the range already filtered on. */
export function periodRange(period: string, interval: 'day' | 'week', filters: Record<string, string | undefined>): { from: string; to: string } {
  let to = period;
  if (interval === 'week') {
    const end = new Date(`${period}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + 6);
    to = end.toISOString().slice(0, 10);
  }
  const from = filters.from && filters.from > period ? filters.from : period;
  return { from, to: filters.to && filters.to < to ? filters.to : to };
}
