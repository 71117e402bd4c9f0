/**
 * Real Chromium (Debian's /usr/bin/chromium, driven by playwright-core) with the built extension.
 * Pages are served by request routing under their real https URLs; every other request is
 * recorded and refused, so a test can assert that the extension sent nothing anywhere.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { wordCentre } from './in-page';
import type { ContentTimings } from '../../lib/browser/messages';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const EXT_DIR = resolve(process.env.BACKSTORY_EXT ?? join(process.cwd(), '.output', 'chrome-mv3'));
export const CHROMIUM = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** requests that were refused (not a served page), with the URL of the page or worker that made them */
  refused: { url: string; from: string }[];
  serve(url: string, html: string): Promise<void>;
  tabIdOf(url: string): Promise<number>;
  /** the most recently opened tab (for pages whose URL the extension may not read) */
  newestTabId(): Promise<number>;
  openPopup(tabId: number): Promise<Page>;
  /** opens a page already served, and waits for the extension's highlights */
  openArticle(url: string): Promise<Page>;
  /** a value of the extension's session storage, read in its service worker */
  sessionItem<T>(key: string): Promise<T | undefined>;
  /** the content script's timings for a tab, once it reports them (or once it finds no article: {}) */
  timingsOf(tabId: number, page: Page): Promise<ContentTimings | undefined>;
  close(): Promise<void>;
}

export async function launch(opts: { headed?: boolean } = {}): Promise<Harness> {
  if (!existsSync(join(EXT_DIR, 'manifest.json'))) throw new Error(`no built extension at ${EXT_DIR}: run \`npm run build\``);
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install chromium)`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'backstory-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: !opts.headed,
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${EXT_DIR}`,
      `--load-extension=${EXT_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const pages = new Map<string, string>();
  const refused: { url: string; from: string }[] = [];
  await context.route('**/*', async (route) => {
    const req = route.request();
    const url = req.url();
    const html = pages.get(url.split('#')[0]!);
    if (html !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return route.continue();
    refused.push({ url, from: req.frame()?.url() ?? req.serviceWorker()?.url() ?? '?' });
    return route.abort();
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  const sessionItem = <T,>(key: string) =>
    worker.evaluate(async (k) => {
      const c = (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
      return (await c.storage.session.get(k))[k];
    }, key) as Promise<T | undefined>;
  return {
    context,
    worker,
    extensionId,
    refused,
    async serve(url, html) {
      pages.set(url, html);
    },
    async tabIdOf(url) {
      const id = await worker.evaluate(async (u) => {
        const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
        // the newest tab showing that URL
        return Math.max(-1, ...(await c.tabs.query({})).filter((t) => t.url === u).map((t) => t.id ?? -1));
      }, url);
      if (id < 0) throw new Error(`no tab for ${url}`);
      return id;
    },
    async newestTabId() {
      return worker.evaluate(async () => {
        const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome;
        return Math.max(...(await c.tabs.query({})).map((t) => t.id ?? -1));
      });
    },
    async openPopup(tabId) {
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      return popup;
    },
    async openArticle(url) {
      const page = await context.newPage();
      await page.goto(url);
      await waitForHighlights(page);
      return page;
    },
    sessionItem,
    async timingsOf(tabId, page) {
      for (let k = 0; k < 60; k++) {
        const t = await sessionItem<ContentTimings>(`timings:${tabId}`);
        if (t) return t;
        if ((await sessionItem<{ status: string }>(`tab:${tabId}`))?.status === 'not-article') return {};
        await page.waitForTimeout(50);
      }
      return undefined;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** How many highlight groups the page has registered (0 where the API is missing). */
export function highlightCount(page: Page): Promise<number> {
  return page.evaluate(() => (CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.size ?? 0);
}

/** Waits until the content script has painted highlights (or the timeout passes). */
export async function waitForHighlights(page: Page, timeout = 10_000): Promise<number> {
  await page.waitForFunction(() => ((CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.size ?? 0) > 0, undefined, { timeout });
  return highlightCount(page);
}

/** Moves the pointer onto the first occurrence of `word` inside `selector`; returns the card text. */
export async function hoverWord(page: Page, selector: string, word: string): Promise<string> {
  const box = await page.evaluate(wordCentre, { selector, word });
  if (!box) throw new Error(`"${word}" not found in ${selector}`);
  await page.mouse.move(2, 2);
  await page.mouse.move(box.x, box.y, { steps: 4 });
  await page.waitForFunction(() => {
    const host = document.querySelector('backstory-card');
    const card = host?.shadowRoot?.querySelector('.bs-hover') as HTMLElement | null;
    return !!card && !card.hidden && (card.textContent ?? '').length > 0;
  }, undefined, { timeout: 5_000 });
  return page.evaluate(() => (document.querySelector('backstory-card')!.shadowRoot!.querySelector('.bs-hover') as HTMLElement).innerText);
}
