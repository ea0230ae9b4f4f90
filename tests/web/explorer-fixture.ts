import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { runDemo } from '../../infra/local/demo.ts';
import { useLocalStack, type LocalStackFixture } from '../support/local-stack.ts';
import { launchBrowser, type Browser } from './browser.ts';
import { seriousViolations } from './axe.ts';

/**
 * A browser test of the explorer as an analyst meets it: the local stack with the demo articles
 * ingested through S3, the page at the API's root, Debian's Chromium. Each page fails its test on
 * a script error; `checkView` fails it on a serious or critical accessibility violation and
 * saves the view's 1280×800 screenshot (to ACCORD_SCREENSHOT_DIR, `docs/screenshots` for the
 * README's pictures; a temporary folder otherwise).
 */
export interface ExplorerFixture {
  readonly local: LocalStackFixture;
  readonly url: string;
  /** A new tab at `/#…`; `prepare` runs before the page loads (request routes). */
  open(hash: string, prepare?: (page: Page) => Promise<unknown>): Promise<Page>;
  checkView(page: Page, name: string): Promise<void>;
}

export function useExplorer({ demo = true }: { demo?: boolean } = {}): ExplorerFixture {
  const local = useLocalStack();
  let browser: Browser | undefined;
  let screenshots = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (demo) await runDemo(local.stack);
    browser = await launchBrowser();
    screenshots = process.env.ACCORD_SCREENSHOT_DIR ? resolve(process.env.ACCORD_SCREENSHOT_DIR) : await mkdtemp(join(tmpdir(), 'accord-screens-'));
    await mkdir(screenshots, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    expect(pageErrors).toEqual([]);
  });

  return {
    local,
    get url() {
      return local.stack.endpoints.apiUrl;
    },
    async open(hash, prepare) {
      const page = await browser!.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await prepare?.(page);
      await page.goto(`${local.stack.endpoints.apiUrl}/${hash}`);
      return page;
    },
    async checkView(page, name) {
      expect(await seriousViolations(page), `accessibility of the ${name} view`).toEqual([]);
      await page.screenshot({ path: join(screenshots, `${name}.png`) });
    },
  };
}
