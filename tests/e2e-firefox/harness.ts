/**
 * Real Firefox (Debian's firefox-esr, headless) driven by puppeteer-core over WebDriver BiDi, with
 * the built Firefox extension (.output/firefox-mv2) installed as a temporary add-on. No geckodriver,
 * no browser download. Pages are served by request interception under their real https URLs; every
 * other request is recorded and refused.
 */
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { wordCentre } from '../e2e/in-page';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const EXT_DIR = resolve(process.env.BACKSTORY_FIREFOX_EXT ?? join(process.cwd(), '.output', 'firefox-mv2'));

/** puppeteer needs a full path (a bare `firefox-esr` is "not found"). */
export function firefoxBin(): string {
  if (process.env.FIREFOX_BIN) return process.env.FIREFOX_BIN;
  try {
    return execFileSync('sh', ['-c', 'command -v firefox-esr'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('firefox-esr not found: install Debian\'s firefox-esr (apt-get install firefox-esr) or set FIREFOX_BIN');
  }
}

export interface OpenedPage {
  page: Page;
  /** uncaught errors of the page and its console errors */
  errors: string[];
}

export interface FirefoxHarness {
  browser: Browser;
  extensionId: string;
  /** requests that were refused (not a served page), with the URL of the page that made them */
  refused: { url: string; from: string }[];
  serve(url: string, html: string): void;
  /** a new tab showing `url` (served or refused by interception) */
  open(url: string): Promise<OpenedPage>;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxHarness> {
  if (!existsSync(join(EXT_DIR, 'manifest.json'))) throw new Error(`no Firefox build at ${EXT_DIR}: run \`wxt build -b firefox\``);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxBin(),
    headless: true,
    defaultViewport: { width: 1200, height: 900 },
    extraPrefsFirefox: { 'xpinstall.signatures.required': false },
  });
  const extensionId = await browser.installExtension(EXT_DIR);
  const pages = new Map<string, string>();
  const refused: { url: string; from: string }[] = [];

  const route = (req: HTTPRequest, from: Page) => {
    if (req.isInterceptResolutionHandled()) return;
    const url = req.url();
    const html = pages.get(url.split('#')[0]!);
    if (html !== undefined) return void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    if (url.startsWith('moz-extension://') || url.startsWith('data:') || url.startsWith('about:')) return void req.continue();
    refused.push({ url, from: req.frame()?.url() ?? from.url() });
    return void req.abort();
  };

  return {
    browser,
    extensionId,
    refused,
    serve(url, html) {
      pages.set(url, html);
    },
    async open(url) {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(`pageerror: ${e instanceof Error ? e.message : String(e)}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`);
      });
      await page.setRequestInterception(true);
      page.on('request', (req) => route(req, page));
      await page.goto(url);
      return { page, errors };
    },
    async close() {
      await browser.close();
    },
  };
}

/** Waits until the content script has painted highlights; returns how many highlights are registered. */
export async function waitForHighlights(page: Page, timeout = 15_000): Promise<number> {
  await page.waitForFunction(() => ((CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.size ?? 0) > 0, { timeout });
  return page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size);
}

export interface CardView {
  /** the host element is a `backstory-card` with an open shadow root */
  openShadowRoot: boolean;
  hidden: boolean;
  text: string;
}

/** The hover card as the page sees it, or null when there is none. */
export function readCard(page: Page): Promise<CardView | null> {
  return page.evaluate(() => {
    const host = document.querySelector('backstory-card');
    const card = host?.shadowRoot?.querySelector('.bs-hover') as HTMLElement | null | undefined;
    if (!host || !card) return null;
    return { openShadowRoot: host.shadowRoot?.mode === 'open', hidden: card.hidden !== false, text: card.innerText };
  });
}

/** Moves the pointer onto the first occurrence of `word` inside `selector`; returns the card once it shows. */
export async function hoverWord(page: Page, selector: string, word: string): Promise<CardView> {
  const box = await page.evaluate(wordCentre, { selector, word });
  if (!box) throw new Error(`"${word}" not found in ${selector}`);
  await page.mouse.move(2, 2);
  await page.mouse.move(box.x, box.y, { steps: 4 });
  await page.waitForFunction(
    () => {
      const card = document.querySelector('backstory-card')?.shadowRoot?.querySelector('.bs-hover') as HTMLElement | null | undefined;
      return !!card && !card.hidden && (card.textContent ?? '').length > 0;
    },
    { timeout: 10_000 },
  );
  const card = await readCard(page);
  if (!card) throw new Error('the card went away');
  return card;
}

/** The element matched by `selector` as served (parsed by DOMParser in the page) and as it is now. */
export function articleHtml(page: Page, html: string, selector = 'article'): Promise<{ served: string; now: string }> {
  return page.evaluate(
    (html, sel) => {
      const parsed = new DOMParser().parseFromString(html, 'text/html');
      return { served: parsed.querySelector(sel)?.outerHTML ?? '', now: document.querySelector(sel)?.outerHTML ?? '' };
    },
    html,
    selector,
  );
}
