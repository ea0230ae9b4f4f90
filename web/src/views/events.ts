import { getJson } from '../api.ts';
import type { DiplomaticEvent, Page } from '../api-types.ts';
import { eventFilters, filterBar } from '../components/filter-bar.ts';
import { eventTable } from '../components/event-table.ts';
import { markLegend } from '../components/evidence.ts';
import { h, note } from '../dom.ts';
import { viewHeading, type ViewContext } from './view-context.ts';

const PAGE_SIZE = '25';

/**
 * Events, newest first, for the filters in the URL; pages follow the API's cursors. The cursors
 * of the pages already seen are kept, so "Previous" needs no cursor the API does not give.
 */
export async function renderEvents({ main, params, signal }: ViewContext): Promise<void> {
  viewHeading(main, 'Events');
  main.append(filterBar('events', params, {}, signal));
  const results = h('section', { 'aria-labelledby': 'results-heading' }, h('h2', { id: 'results-heading' }, 'Results'));
  main.append(results);
  const filters = eventFilters(params);
  const cursors: (string | undefined)[] = [undefined];
  let pageIndex = 0;

  const showPage = async () => {
    const status = h('p', { class: 'loading', role: 'status' }, 'Loading events…');
    results.replaceChildren(results.firstChild!, status);
    let page: Page<DiplomaticEvent>;
    try {
      page = await getJson<Page<DiplomaticEvent>>('/events', { ...filters, limit: PAGE_SIZE, cursor: cursors[pageIndex] }, signal);
    } catch (error) {
      if (signal.aborted) return;
      status.replaceWith(note(error instanceof Error ? error.message : String(error), 'error'));
      return;
    }
    cursors[pageIndex + 1] = page.cursor;
    const pager = h(
      'nav',
      { class: 'pager', 'aria-label': 'Pages of events' },
      h(
        'button',
        {
          type: 'button',
          disabled: pageIndex === 0,
          onclick: () => {
            pageIndex--;
            void showPage();
          },
        },
        'Previous page',
      ),
      h('span', { 'aria-live': 'polite' }, `Page ${pageIndex + 1}`),
      h(
        'button',
        {
          type: 'button',
          disabled: !page.cursor,
          onclick: () => {
            pageIndex++;
            void showPage();
          },
        },
        'Next page',
      ),
    );
    if (page.items.length === 0) {
      status.replaceWith(note(pageIndex === 0 ? 'No events match these filters.' : 'No more events.'));
      return;
    }
    status.replaceWith(
      markLegend(),
      eventTable(page.items, `Events ${pageIndex * Number(PAGE_SIZE) + 1}–${pageIndex * Number(PAGE_SIZE) + page.items.length}, newest first`),
      pager,
    );
  };
  await showPage();
}
