import { h } from '../dom.ts';

export interface ListBar {
  label: string;
  value: number;
  href?: string;
  /** A class for the bar's colour (quad classes). */
  tone?: string;
}

/**
 * Horizontal bars as a list (HTML, not SVG): each row is its label, a bar and its number, so it
 * reads in order with a screen reader and a label can be a link.
 */
export function barList(bars: readonly ListBar[], label: string): HTMLElement {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  return h(
    'ul',
    { class: 'bar-list', 'aria-label': label },
    bars.map((bar) =>
      h(
        'li',
        {},
        h('span', { class: 'bar-label' }, bar.href ? h('a', { href: bar.href }, bar.label) : bar.label),
        h('span', { class: 'bar-track', 'aria-hidden': 'true' }, fill(bar, max)),
        h('span', { class: 'bar-value' }, bar.value),
      ),
    ),
  );
}

/** Width through the CSSOM: the page's content security policy allows no inline style attributes. */
function fill(bar: ListBar, max: number): HTMLElement {
  const element = h('span', { class: `bar-fill ${bar.tone ?? ''}` });
  element.style.width = `${((bar.value / max) * 100).toFixed(1)}%`;
  return element;
}
