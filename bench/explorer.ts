/**
 * `npm run bench:explorer`: the explorer's page weight and how fast its timeline draws in Debian's
 * Chromium (the browser of the tests).
 *
 * - Page weight: each file the page loads, raw and gzipped; the JavaScript of a first load against
 *   the budget of 250 KB gzipped (the world map loads only with the Actor view).
 * - Timeline: 10,000 seeded events over two years, bucketed per day (730 bars) and per week as
 *   `GET /events/timeline` answers, served by a loopback server beside the page; the figures are
 *   the time from navigation to the last bar in the DOM (page load, script, fetch and drawing),
 *   against the same page with a one-bar timeline in the same run, and from the timeline's
 *   response to the last bar (the drawing alone); median and worst of 7 loads.
 */
import { performance } from 'node:perf_hooks';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { startHttpApi } from '../infra/local/http-api-server.ts';
import { seededRandom } from '../infra/local/seeded-random.ts';
import { launchBrowser } from '../tests/web/browser.ts';
import { explorerAssets, gzippedSize } from '../web/server/explorer-assets.ts';
import { explorerSite } from '../web/server/explorer-site.ts';
import type { QuadKey, Timeline, TimelineBucket } from '../web/src/api-types.ts';

const EVENTS = 10_000;
const DAYS = 730;
const LOADS = 7;
const JS_BUDGET_KB = 250;

const assets = await explorerAssets();
console.log('Page weight (what the server sends):');
for (const [path, asset] of assets) {
  console.log(`  ${path.padEnd(22)} ${(asset.body.length / 1024).toFixed(1).padStart(7)} KB, gzipped ${(gzippedSize(asset) / 1024).toFixed(1).padStart(6)} KB`);
}
const scriptKb = gzippedSize(assets.get('/explorer/app.js')!) / 1024;
console.log(`JavaScript on first load: ${scriptKb.toFixed(1)} KB gzipped (budget ${JS_BUDGET_KB} KB: ${scriptKb <= JS_BUDGET_KB ? 'within' : 'OVER'})\n`);

const timelines = syntheticTimelines();
const api = await startHttpApi({
  port: 0,
  site: explorerSite({ config: { target: 'benchmark', upload: false } }),
  handler: (event: APIGatewayProxyEventV2) => {
    if (event.rawPath !== '/events/timeline') return Promise.resolve({ statusCode: 404, body: '{"title":"Not Found"}' });
    const key = `${event.queryStringParameters?.interval ?? 'day'}${event.queryStringParameters?.actor === 'ONE' ? '-one' : ''}`;
    return Promise.resolve({ statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(timelines.get(key)) });
  },
});
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  /** Per load: ms from navigation to the last bar, and from the timeline's response to the last bar (the drawing alone). */
  const drawTime = async (query: string, bars: number): Promise<{ total: number[]; drawing: number[] }> => {
    const total: number[] = [];
    const drawing: number[] = [];
    for (let load = 0; load < LOADS; load++) {
      await page.goto('about:blank');
      await page.goto(`${api.url}/#/timeline?${query}`);
      await page.waitForFunction((count) => document.querySelectorAll('svg.chart .bar').length === count, bars, { polling: 'raf' });
      const times = await page.evaluate(() => {
        const response = performance.getEntriesByType('resource').find((entry) => entry.name.includes('/events/timeline')) as PerformanceResourceTiming;
        return { total: performance.now(), drawing: performance.now() - response.responseEnd };
      });
      total.push(times.total);
      drawing.push(times.drawing);
    }
    return { total: total.sort((a, b) => a - b), drawing: drawing.sort((a, b) => a - b) };
  };
  const median = (values: number[]) => values[Math.floor(values.length / 2)]!;
  const reference = await drawTime('interval=day&actor=ONE', 1);
  console.log(`Timeline of ${EVENTS.toLocaleString('en')} events over ${DAYS} days (${LOADS} loads, median / worst):`);
  for (const interval of ['day', 'week'] as const) {
    const bars = timelines.get(interval)!.buckets.length;
    const { total, drawing } = await drawTime(`interval=${interval}`, bars);
    console.log(
      `  per ${interval.padEnd(4)} ${String(bars).padStart(4)} bars: navigation to last bar ${median(total).toFixed(0)} / ${total.at(-1)!.toFixed(0)} ms` +
        ` (one-bar page: ${median(reference.total).toFixed(0)} ms, ratio ${(median(total) / median(reference.total)).toFixed(2)}),` +
        ` response to last bar ${median(drawing).toFixed(0)} / ${drawing.at(-1)!.toFixed(0)} ms; budget 1,000 ms: ${total.at(-1)! < 1000 ? 'within' : 'OVER'}`,
    );
  }
} finally {
  await browser.close();
  await api.close();
}

/** Day and week buckets of seeded events, aggregated as the API route does; plus a one-bar timeline. */
function syntheticTimelines(): Map<string, Timeline> {
  const random = seededRandom(12);
  const start = Date.UTC(2025, 0, 1);
  const days = new Map<string, { total: number; byQuad: Record<QuadKey, number>; goldstein: number }>();
  const weeks = new Map<string, { total: number; byQuad: Record<QuadKey, number>; goldstein: number }>();
  const add = (buckets: typeof days, period: string, quad: QuadKey, goldstein: number) => {
    const bucket = buckets.get(period) ?? { total: 0, byQuad: { '1': 0, '2': 0, '3': 0, '4': 0 }, goldstein: 0 };
    bucket.total++;
    bucket.byQuad[quad]++;
    bucket.goldstein += goldstein;
    buckets.set(period, bucket);
  };
  for (let i = 0; i < EVENTS; i++) {
    const day = new Date(start + Math.floor(random() * DAYS) * 86_400_000);
    const monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * 86_400_000);
    const quad = String(1 + Math.floor(random() * 4)) as QuadKey;
    const goldstein = Math.round((random() * 20 - 10) * 10) / 10;
    add(days, day.toISOString().slice(0, 10), quad, goldstein);
    add(weeks, monday.toISOString().slice(0, 10), quad, goldstein);
  }
  const timeline = (interval: 'day' | 'week', buckets: typeof days): Timeline => ({
    interval,
    truncated: false,
    buckets: [...buckets.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([period, b]): TimelineBucket => ({ period, total: b.total, byQuad: b.byQuad, meanGoldstein: b.goldstein / b.total })),
  });
  const day = timeline('day', days);
  return new Map([
    ['day', day],
    ['week', timeline('week', weeks)],
    ['day-one', { ...day, buckets: day.buckets.slice(0, 1) }],
  ]);
}
