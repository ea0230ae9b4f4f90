import type { DiplomaticEvent } from '../api-types.ts';
import { quadName } from '../cameo.ts';
import { h } from '../dom.ts';
import { linkTo } from '../route.ts';
import { highlighted, marksOf } from './evidence.ts';

/**
 * Events as a table, one row each; the first cell's button opens the row's evidence: the
 * sentence with the trigger and actors marked, and a link to the article.
 */
export function eventTable(events: readonly DiplomaticEvent[], caption: string): HTMLTableElement {
  const columns = ['', 'Date', 'Source', 'Event', 'Target', 'Quad class', 'Goldstein', 'Modality'];
  const head = h(
    'thead',
    {},
    h(
      'tr',
      {},
      columns.map((name, i) => h('th', { scope: 'col' }, i === 0 ? h('span', { class: 'visually-hidden' }, 'Evidence') : name)),
    ),
  );
  const body = h(
    'tbody',
    {},
    events.flatMap((event, index) => eventRows(event, index)),
  );
  return h('table', { class: 'events' }, h('caption', {}, caption), head, body);
}

function eventRows(event: DiplomaticEvent, index: number): HTMLTableRowElement[] {
  const detailId = `evidence-${index}`;
  const detail = h(
    'tr',
    { class: 'evidence-row', id: detailId, hidden: true },
    h(
      'td',
      { colspan: 8 },
      h('blockquote', {}, highlighted(event.evidence.sentence, marksOf(event))),
      h(
        'p',
        { class: 'evidence-meta' },
        event.dateText ? `Date from “${event.dateText}”. ` : '',
        `${event.mentions} mention(s), confidence ${event.confidence}, ${event.extractor}. `,
        h('a', { href: linkTo('article', { id: event.articleId }) }, 'Open the article'),
      ),
    ),
  );
  const toggle = h(
    'button',
    {
      type: 'button',
      class: 'toggle',
      'aria-expanded': 'false',
      'aria-controls': detailId,
      'aria-label': `Evidence for ${event.source.country} ${event.cameo.name} ${event.target?.country ?? ''}`.trim(),
    },
    '▸',
  );
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = open ? '▾' : '▸';
    detail.hidden = !open;
  });
  const row = h(
    'tr',
    {},
    h('td', {}, toggle),
    h('td', {}, event.date ?? '—'),
    h('td', {}, actorCell(event.source)),
    h('td', {}, h('span', { class: 'code' }, event.cameo.code), ' ', event.cameo.name),
    h('td', {}, event.target ? actorCell(event.target) : '—'),
    h('td', {}, h('span', { class: `quad-dot quad-${event.quadClass}`, 'aria-hidden': 'true' }), quadName(event.quadClass)),
    h('td', { class: 'number' }, event.goldstein.toFixed(1)),
    h('td', {}, event.modality.replace('_', ' ')),
  );
  return [row, detail];
}

function actorCell(actor: DiplomaticEvent['source']): HTMLElement {
  return h(
    'span',
    {},
    h('a', { href: linkTo('actor', { actor: actor.country }) }, actor.country),
    actor.role ? ` ${actor.role}` : '',
    h('span', { class: 'actor-text' }, ` ${actor.text}`),
  );
}
