/// <reference lib="dom" />
// (the callbacks passed to page.evaluate run in the browser)
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ActorSummary, Timeline } from '../../web/src/api-types.ts';
import type { ArticleWithEvents, DiplomaticEvent, Page as ApiPage } from '../../web/src/api-types.ts';
import { useExplorer } from './explorer-fixture.ts';

/** Every view of the explorer in Chromium, on the local stack with the demo articles. */
const explorer = useExplorer();

const api = async <T>(path: string): Promise<T> => {
  const { status, body } = await explorer.local.api<T>(path);
  expect(status, path).toBe(200);
  return body;
};
/** What the table's row buttons are named after: who did what to whom. */
const rowName = (event: DiplomaticEvent) => `Evidence for ${event.source.country} ${event.cameo.name} ${event.target?.country ?? ''}`.trim();
const ROW_BUTTONS = 'table.events button.toggle';
const rowNames = (page: Page) => page.locator(ROW_BUTTONS).evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));

describe('Events', { timeout: 180_000 }, () => {
  it('lists the newest events and pages forward and back with the API cursors', async () => {
    const page = await explorer.open('#/events');
    const first = await api<ApiPage<DiplomaticEvent>>('/events?limit=25');
    expect(first.cursor).toBeDefined();
    await page.locator(ROW_BUTTONS).first().waitFor();
    expect(await rowNames(page)).toEqual(first.items.map(rowName));
    await explorer.checkView(page, 'events');

    const second = await api<ApiPage<DiplomaticEvent>>(`/events?limit=25&cursor=${first.cursor}`);
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.getByText('Page 2', { exact: true }).waitFor();
    expect(await rowNames(page)).toEqual(second.items.map(rowName));
    await page.getByRole('button', { name: 'Previous page' }).click();
    await page.getByText('Page 1', { exact: true }).waitFor();
    expect(await page.locator(ROW_BUTTONS).first().getAttribute('aria-label')).toBe(rowName(first.items[0]!));
  });

  it('filters from the keyboard alone, keeps the filters in the URL, and opens a row with Enter', async () => {
    const page = await explorer.open('#/events');
    await page.locator(ROW_BUTTONS).first().waitFor();
    await page.getByLabel('Actor', { exact: true }).focus();
    await page.keyboard.type('kor');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/events\?actor=KOR$/);
    const expected = await api<ApiPage<DiplomaticEvent>>('/events?actor=KOR&limit=25');
    expect(expected.items.length).toBeGreaterThan(0);
    await expect.poll(() => rowNames(page), { timeout: 15_000 }).toEqual(expected.items.map(rowName));

    // Tab from the filter bar to the first row's button: every stop on the way is a control of the page.
    for (let tabs = 0; tabs < 40; tabs++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.classList.contains('toggle'))) break;
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(rowName(expected.items[0]!));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('tr.evidence-row:not([hidden])').count(), { timeout: 15_000 }).toBe(1);
  });

  it('opens the evidence with trigger and actors marked, and from there the article with every event highlighted', async () => {
    const page = await explorer.open('#/events?actor=KOR');
    // (an actor resolved from an earlier sentence, "he", is not in the evidence: take the first row that names one)
    const items = (await api<ApiPage<DiplomaticEvent>>('/events?actor=KOR&limit=25')).items;
    const named = (e: DiplomaticEvent) =>
      [e.source.text, e.target?.text ?? ''].some((t) => t !== '' && e.evidence.sentence.toLowerCase().includes(t.toLowerCase()));
    const row = items.findIndex(named);
    expect(row).toBeGreaterThanOrEqual(0);
    const event = items[row];
    await page.locator(ROW_BUTTONS).nth(row).click();
    const evidence = page.locator('tr.evidence-row:not([hidden])');
    expect(await evidence.locator('blockquote').textContent()).toBe(event!.evidence.sentence);
    expect((await evidence.locator('mark.hl-trigger').textContent())?.toLowerCase()).toBe(event!.evidence.trigger.toLowerCase());
    expect(await evidence.locator('mark.hl-source, mark.hl-target').count()).toBeGreaterThan(0);

    await evidence.getByRole('link', { name: 'Open the article' }).click();
    await page.waitForURL(new RegExp(`#/article\\?id=${event!.articleId}$`));
    const { article, events } = await api<ArticleWithEvents>(`/articles/${event!.articleId}`);
    await page.getByRole('heading', { level: 1, name: article.title! }).waitFor();
    expect(await page.locator('.status').textContent()).toBe('processed');
    await page.getByText(article.extractor!, { exact: true }).waitFor();
    // the whole text, read again from the bucket, with each evidence sentence marked where the events say it is
    const sentences = new Set(events.map((e) => e.evidence.start));
    await page.getByRole('heading', { level: 2, name: 'Text' }).waitFor();
    expect(await page.locator('.article-body .evidence-sentence').count()).toBe(sentences.size);
    expect(await page.locator('.article-body mark.hl-trigger').count()).toBeGreaterThanOrEqual(sentences.size);
    const shown = await page.locator('.article-body').textContent();
    for (const e of events) expect(shown!.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.sentence);
    expect(await page.locator(ROW_BUTTONS).count()).toBe(events.length);
    await explorer.checkView(page, 'article');
  });

  it('follows a shared link: the filters come back into the form and the table', async () => {
    const page = await explorer.open('#/events?dyad=CHN,KOR&root=04');
    const expected = await api<ApiPage<DiplomaticEvent>>('/events?dyad=CHN,KOR&root=04&limit=25');
    expect(expected.items.length).toBeGreaterThan(0);
    await page.locator(ROW_BUTTONS).first().waitFor();
    expect(await page.getByLabel('Dyad').inputValue()).toBe('CHN,KOR');
    expect(await page.getByLabel('CAMEO root').inputValue()).toBe('04');
    expect(await rowNames(page)).toEqual(expected.items.map(rowName));
  });
});

describe('Timeline', { timeout: 180_000 }, () => {
  it('draws GET /events/timeline for the filters, or says plainly that this API has no such route', async () => {
    const page = await explorer.open('#/timeline?actor=KOR');
    const { status, body } = await explorer.local.api<Timeline>('/events/timeline?actor=KOR&interval=day');
    if (status === 404) {
      await page.getByText('The timeline is not available: this API has no GET /events/timeline yet.').waitFor();
    } else {
      expect(status).toBe(200);
      await page.locator('svg.chart').waitFor();
      expect(await page.locator('svg.chart .bar').count()).toBe(body.buckets.length);
    }
    await explorer.checkView(page, 'timeline-api');
  });

  it('stacks each period by quad class and links a bar to the events of its period', async () => {
    // The bars' behaviour whatever the API's state: the timeline answer is the demo's dated KOR events, bucketed here per day.
    const dated = (await api<ApiPage<DiplomaticEvent>>('/events?actor=KOR&limit=100')).items.filter((e) => e.date?.length === 10);
    const days = [...new Set(dated.map((e) => e.date!))].sort();
    const timeline: Timeline = {
      interval: 'day',
      truncated: false,
      buckets: days.map((period) => {
        const ofDay = dated.filter((e) => e.date === period);
        const byQuad: Timeline['buckets'][number]['byQuad'] = {};
        for (const e of ofDay) byQuad[String(e.quadClass) as '1'] = (byQuad[String(e.quadClass) as '1'] ?? 0) + 1;
        return { period, total: ofDay.length, byQuad, meanGoldstein: ofDay.reduce((sum, e) => sum + e.goldstein, 0) / ofDay.length };
      }),
    };
    const page = await explorer.open('#/timeline?actor=KOR', (p) => p.route('**/events/timeline?*', (route) => route.fulfill({ json: timeline })));
    await page.locator('svg.chart').waitFor();
    expect(await page.locator('svg.chart a.bar').count()).toBe(days.length);
    await page.getByText('The figures as a table').click();
    await expect.poll(() => page.locator('details.data-table tbody tr').count(), { timeout: 15_000 }).toBe(days.length);
    await explorer.checkView(page, 'timeline');
    const day = days[0]!;
    await page.locator(`svg.chart a.bar[aria-label^="${day}:"] rect`).first().click();
    await page.waitForURL(new RegExp(`#/events\\?actor=KOR&from=${day}&to=${day}$`));
    const expected = await api<ApiPage<DiplomaticEvent>>(`/events?actor=KOR&from=${day}&to=${day}`);
    expect(expected.items.length).toBeGreaterThan(0);
    await expect.poll(() => page.locator(ROW_BUTTONS).count(), { timeout: 15_000 }).toBe(expected.items.length);
  });
});

describe('Actor and Dyad', { timeout: 180_000 }, () => {
  it('shows the summary, counterparts as bars and on the map; a country on the map opens the dyad', async () => {
    const page = await explorer.open('#/actor?actor=KOR');
    const summary = await api<ActorSummary>('/actors/KOR/summary');
    await page.locator('svg.map').waitFor();
    expect(await page.locator('ul[aria-label="Events with each counterpart"] > li').count()).toBe(summary.topCounterparts.length);
    expect(await page.locator('svg.map a.country-link').count()).toBeGreaterThan(0);
    // the "As source" entry (its count can equal the "As target" one)
    const asSource = page.locator('div', { has: page.locator('dt', { hasText: /^As source$/ }) }).locator('dd');
    await expect.poll(() => asSource.textContent(), { timeout: 15_000 }).toMatch(new RegExp(`^${summary.asSource.count} events, mean Goldstein`));
    await explorer.checkView(page, 'actor');

    await page.locator('svg.map a[href*="b=CHN"] path').click();
    await page.waitForURL(/#\/dyad\?a=KOR&b=CHN$/);
    const events = (await api<ApiPage<DiplomaticEvent>>('/events?dyad=KOR,CHN&limit=100')).items;
    const forward = events.filter((e) => e.source.country === 'KOR' && e.target?.country === 'CHN').length;
    await page.getByRole('heading', { name: `KOR → CHN: ${forward} events` }).waitFor();
    await page.getByRole('heading', { name: /^CHN → KOR: \d+ events$/ }).waitFor();
    await page.getByRole('table', { name: 'Events of KOR and CHN by CAMEO root and direction' }).waitFor();
    await explorer.checkView(page, 'dyad');
  });
});
