import type { QuadKey } from '../api-types.ts';
import { QUADS } from '../cameo.ts';
import { h, s } from '../dom.ts';

/** One period: its events by quad class and their mean Goldstein score; `href` makes the bar a link. */
export interface PeriodBar {
  period: string;
  total: number;
  byQuad: Partial<Record<QuadKey, number>>;
  meanGoldstein: number | null;
  href?: string;
}

const WIDTH = 960;
const HEIGHT = 300;
const MARGIN = { top: 12, right: 48, bottom: 36, left: 48 };
const PLOT_W = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_H = HEIGHT - MARGIN.top - MARGIN.bottom;

/**
 * Bars stacked by quad class (left axis: events) with the mean Goldstein score as a line (right
 * axis, −10…10). Each bar is a link when it has an `href`, so the keyboard reaches it too; a data
 * table beside the chart says the same in text.
 */
export function stackedBars(bars: readonly PeriodBar[], title: string): HTMLElement {
  const max = niceMax(Math.max(1, ...bars.map((bar) => bar.total)));
  const band = PLOT_W / Math.max(1, bars.length);
  const barWidth = Math.max(1, Math.min(64, band * 0.8));
  const y = (count: number) => MARGIN.top + PLOT_H - (count / max) * PLOT_H;
  const yGoldstein = (score: number) => MARGIN.top + PLOT_H / 2 - (score / 10) * (PLOT_H / 2);
  const x = (index: number) => MARGIN.left + index * band + (band - barWidth) / 2;

  const columns = bars.map((bar, index) => {
    let base = 0;
    const rects = QUADS.map(({ key }) => {
      const count = bar.byQuad[key] ?? 0;
      if (count === 0) return null;
      const rect = s('rect', {
        class: `quad-fill-${key}`,
        x: x(index).toFixed(1),
        width: barWidth.toFixed(1),
        y: y(base + count).toFixed(1),
        height: ((count / max) * PLOT_H).toFixed(1),
      });
      base += count;
      return rect;
    });
    const label = `${bar.period}: ${bar.total} events${bar.meanGoldstein === null ? '' : `, mean Goldstein ${bar.meanGoldstein.toFixed(1)}`}`;
    return bar.href
      ? s('a', { href: bar.href, class: 'bar', 'aria-label': label }, s('title', {}, label), rects)
      : s('g', { class: 'bar' }, s('title', {}, label), rects);
  });

  const line = bars.flatMap((bar, index) =>
    bar.meanGoldstein === null ? [] : [`${(x(index) + barWidth / 2).toFixed(1)},${yGoldstein(bar.meanGoldstein).toFixed(1)}`],
  );
  const every = Math.max(1, Math.ceil(bars.length / 10));
  const xLabels = bars.map((bar, index) =>
    index % every === 0
      ? s('text', { x: (x(index) + barWidth / 2).toFixed(1), y: HEIGHT - 14, 'text-anchor': 'middle', class: 'axis-label' }, bar.period)
      : null,
  );
  const yTicks = [0, max / 2, max].map((value) => [
    s('line', { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y(value), y2: y(value), class: 'grid' }),
    s('text', { x: MARGIN.left - 6, y: y(value) + 4, 'text-anchor': 'end', class: 'axis-label' }, String(value)),
  ]);
  const goldsteinTicks = [-10, 0, 10].map((value) =>
    s('text', { x: WIDTH - MARGIN.right + 6, y: yGoldstein(value) + 4, class: 'axis-label goldstein-label' }, String(value)),
  );

  const svg = s(
    'svg',
    { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'chart', role: 'group', 'aria-label': title },
    yTicks,
    goldsteinTicks,
    columns,
    line.length > 1 ? s('polyline', { points: line.join(' '), class: 'goldstein-line', 'aria-hidden': 'true' }) : null,
    line.length === 1 ? s('circle', { cx: line[0]!.split(',')[0]!, cy: line[0]!.split(',')[1]!, r: 4, class: 'goldstein-dot', 'aria-hidden': 'true' }) : null,
    xLabels,
  );
  return h('figure', { class: 'chart-figure' }, svg, legend(), dataTable(bars, title));
}

function legend(): HTMLElement {
  return h(
    'figcaption',
    { class: 'legend' },
    QUADS.map(({ key, name }) => h('span', { class: 'legend-item' }, h('span', { class: `swatch quad-${key}`, 'aria-hidden': 'true' }), name)),
    h('span', { class: 'legend-item' }, h('span', { class: 'swatch goldstein', 'aria-hidden': 'true' }), 'Mean Goldstein (right axis, −10 to 10)'),
  );
}

/** The figures as a table, built when first opened: a long timeline draws no hidden table of the same size. */
function dataTable(bars: readonly PeriodBar[], title: string): HTMLElement {
  const details = h('details', { class: 'data-table' }, h('summary', {}, 'The figures as a table'));
  details.addEventListener('toggle', () => {
    if (!details.open || details.querySelector('table')) return;
    details.append(
      h(
        'table',
        {},
        h('caption', {}, title),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['Period', 'Events', ...QUADS.map(({ name }) => name), 'Mean Goldstein'].map((name) => h('th', { scope: 'col' }, name)),
          ),
        ),
        h(
          'tbody',
          {},
          bars.map((bar) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, bar.href ? h('a', { href: bar.href }, bar.period) : bar.period),
              h('td', { class: 'number' }, bar.total),
              QUADS.map(({ key }) => h('td', { class: 'number' }, bar.byQuad[key] ?? 0)),
              h('td', { class: 'number' }, bar.meanGoldstein === null ? '—' : bar.meanGoldstein.toFixed(1)),
            ),
          ),
        ),
      ),
    );
  });
  return details;
}

/** 1, 2, 5 × 10ⁿ at or above the value, so the axis reads in round numbers. */
function niceMax(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}
