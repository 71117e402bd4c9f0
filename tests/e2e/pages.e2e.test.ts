/**
 * Our own pages in real Chromium with the built extension: the bundled sample article, a page that
 * is not an article, a hostile page, and the reader's choices (packs, sites where it never runs).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { highlightCount, hoverWord, launch, type Harness } from './harness';

const read = (p: string) => readFileSync(join(process.cwd(), p), 'utf8');
const SAMPLE_URL = 'https://caspian-desk.example/world/2023/07/putin-raisi-call';
const HOME_URL = 'https://caspian-desk.example/';
const HOSTILE_URL = 'https://hostile-times.example/2022/07/putin-raisi';
const TEXT_URL = 'https://caspian-desk.example/robots-notes.txt';

let h: Harness;
beforeAll(async () => {
  h = await launch();
  await h.serve(SAMPLE_URL, read('sample/article.html'));
  await h.serve(HOME_URL, read('tests/fixtures/not-article.html'));
  await h.serve(HOSTILE_URL, read('tests/fixtures/hostile.html'));
});
afterAll(async () => h?.close());

async function popupFor(url: string, selector: string): Promise<Page> {
  const popup = await h.openPopup(await h.tabIdOf(url));
  await popup.waitForSelector(selector, { timeout: 10_000 });
  return popup;
}

describe('the bundled sample article', () => {
  let page: Page;
  beforeAll(async () => {
    page = await h.openArticle(SAMPLE_URL);
  });

  it('shows who is who and who says so, and nothing from the sidebar', async () => {
    const popup = await popupFor(SAMPLE_URL, '[data-card="person"]');
    const text = await popup.locator('body').innerText();
    expect(text).toContain('Vladimir Putin');
    expect(text).toContain('President of Russia (in office since 2012-05-07)');
    expect(text).toContain('Died 2024-05-19; no longer in office');
    const tass = await popup.locator('[data-card="source"]', { hasText: 'TASS' }).innerText();
    expect(tass).toContain('TASS reported');
    expect(tass).toContain('Relays the words of Vladimir Putin');
    expect(tass).toContain('State media');
    expect(text).toContain('Republished from Iran Daily');
    expect(text).toMatch(/Published 14 July 2023 — (over|almost) \d+ years? ago/);
    for (const sidebar of ['Xi Jinping', 'Maria Kovacs', 'Reuters']) expect(text).not.toContain(sidebar);
    await popup.close();
  });

  it('opens the full report in a tab from the popup', async () => {
    const popup = await popupFor(SAMPLE_URL, '[data-card="person"]');
    expect(await popup.locator('button', { hasText: 'Full report' }).count()).toBe(0); // already the report
    await popup.close();
  });

  it('shows a card when the pointer rests on a name, and closes it with Escape', async () => {
    const card = await hoverWord(page, '.story-body', 'TASS');
    expect(card).toContain('Russian state news agency');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => (document.querySelector('backstory-card')!.shadowRoot!.querySelector('.bs-hover') as HTMLElement).hidden);
  });

  it('leaves the article exactly as served', async () => {
    const same = await page.evaluate((html) => {
      const served = new DOMParser().parseFromString(html, 'text/html').querySelector('article')!.outerHTML;
      return served === document.querySelector('article')!.outerHTML;
    }, read('sample/article.html'));
    expect(same).toBe(true);
  });
});

describe('pages that are not articles', () => {
  it('says so, and analyses on request', async () => {
    const page = await h.context.newPage();
    await page.goto(HOME_URL);
    const popup = await popupFor(HOME_URL, '[data-state="not-article"]');
    expect(await popup.locator('body').innerText()).toContain('does not look like a news article');
    await popup.locator('button', { hasText: 'Analyse it anyway' }).click();
    await popup.waitForSelector('.bs-report, [data-state="error"]');
    await popup.close();
    await page.close();
  });

  it('handles a non-HTML document', async () => {
    await h.serve(TEXT_URL, 'User-agent: *\nDisallow: /private\n');
    const page = await h.context.newPage();
    await page.goto(TEXT_URL);
    const popup = await popupFor(TEXT_URL, '[data-state]');
    expect(await popup.locator('[data-state]').getAttribute('data-state')).toMatch(/not-article|unsupported/);
    await popup.close();
    await page.close();
  });

  it('explains pages extensions cannot read', async () => {
    const page = await h.context.newPage();
    await page.goto('chrome://version');
    const popup = await h.openPopup(await h.newestTabId());
    await popup.waitForSelector('[data-state="unsupported"]');
    expect(await popup.locator('body').innerText()).toContain('Extensions cannot read this page');
    await popup.close();
    await page.close();
  });
});

describe('a hostile page', () => {
  it('keeps working; the extension still analyses it and puts nothing in its console', async () => {
    const page = await h.context.newPage();
    const messages: string[] = [];
    page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
    await page.goto(HOSTILE_URL);
    const popup = await popupFor(HOSTILE_URL, '[data-card="person"]');
    expect(await popup.locator('body').innerText()).toContain('Ebrahim Raisi');
    expect(await page.evaluate(() => (window as unknown as { pageWorks(): string }).pageWorks())).toBe('2,4,6');
    expect(await page.evaluate(() => (window as unknown as { pageErrors: string[] }).pageErrors)).toEqual([]);
    expect(messages).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('the reader’s choices', () => {
  const setSettings = (patch: Record<string, unknown>) =>
    h.worker.evaluate(async (p) => {
      const c = (globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } } }).chrome;
      const cur = ((await c.storage.sync.get('settings')).settings ?? {}) as Record<string, unknown>;
      await c.storage.sync.set({ settings: { ...cur, ...p } });
    }, patch);

  it('switching off the state media pack removes the state-affiliation fact from cards', async () => {
    await setSettings({ disabledPacks: ['backstory-state-media'] });
    const page = await h.openArticle(SAMPLE_URL);
    const popup = await popupFor(SAMPLE_URL, '[data-card="source"]');
    const tass = await popup.locator('[data-card="source"]', { hasText: 'TASS' }).innerText();
    expect(tass).toContain('Russian state news agency');
    expect(tass).not.toContain('State media');
    expect(tass).not.toContain('State affiliation');
    await setSettings({ disabledPacks: [] });
    await popup.close();
    await page.close();
  });

  it('imports a pack of one’s own: its person gets a card and a hover card; a broken pack changes nothing', async () => {
    const WIRE_URL = 'https://www.northern-ledger.example/world/europe/kremlin-talks-realities-2023-03-02/';
    await h.serve(WIRE_URL, read('tests/fixtures/wire-story.html'));
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.waitForSelector('[data-pack-card="backstory-people"]');
    await options.setInputFiles('#pack-file', join(process.cwd(), 'tests/fixtures/broken-pack.json'));
    await options.waitForSelector('[data-import="errors"]');
    expect(await options.locator('[data-import="errors"]').innerText()).toMatch(/not valid JSON/);
    expect(await options.locator('[data-pack-card]').count()).toBe(4);
    await options.setInputFiles('#pack-file', join(process.cwd(), 'tests/fixtures/test-pack.json'));
    await options.waitForSelector('[data-import="ok"]');
    await options.waitForSelector('[data-pack-card="test-economists"]');

    const page = await h.openArticle(WIRE_URL);
    const card = await hoverWord(page, 'article', 'Jane Whitfield');
    expect(card).toContain('Senior fellow, London think tank');
    const popup = await popupFor(WIRE_URL, '[data-card="person"][data-id="jane-whitfield"]');
    expect(await popup.locator('[data-card="person"][data-id="jane-whitfield"]').innerText()).toContain('From your pack “test-economists”');

    // switching the pack off: the card goes, at once, without reloading the page
    await options.locator('input[data-pack="test-economists"]').uncheck();
    await popup.waitForSelector('[data-card="person"][data-id="jane-whitfield"]', { state: 'detached', timeout: 10_000 });
    await options.locator('input[data-pack="test-economists"]').check();
    await options.locator('[data-pack-card="test-economists"] button', { hasText: 'Remove' }).click();
    await options.waitForSelector('[data-pack-card="test-economists"]', { state: 'detached' });
    await Promise.all([popup.close(), page.close(), options.close()]);
  });

  it('“Don’t run on this site” from the popup switches the site off, and the options page shows it', async () => {
    const URL_ = 'https://quiet-site.example/news/putin-raisi';
    await h.serve(URL_, read('sample/article.html'));
    const page = await h.openArticle(URL_);
    const popup = await popupFor(URL_, '[data-card="person"]');
    await popup.locator('button', { hasText: 'Don’t run on this site' }).click();
    await popup.waitForSelector('[data-state="off"]');
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.waitForSelector('#never');
    expect(await options.locator('#never').inputValue()).toContain('quiet-site.example');
    await page.reload();
    await page.waitForTimeout(1500);
    expect(await highlightCount(page)).toBe(0);
    await setSettings({ neverRunOn: [] });
    await Promise.all([popup.close(), page.close(), options.close()]);
  });

  it('never runs on a site the reader switched off', async () => {
    await setSettings({ neverRunOn: ['caspian-desk.example'] });
    const page = await h.context.newPage();
    await page.goto(SAMPLE_URL);
    await page.waitForTimeout(1500);
    expect(await highlightCount(page)).toBe(0);
    await setSettings({ neverRunOn: [] });
    await page.close();
  });
});

describe('living pages', () => {
  it('follows an article whose content changes, batched, without touching its text', async () => {
    const URL_ = 'https://caspian-desk.example/world/2023/07/live-page';
    await h.serve(URL_, read('sample/article.html'));
    const page = await h.openArticle(URL_);
    const popup = await popupFor(URL_, '[data-card="person"]');
    expect(await popup.locator('[data-card="person"][data-id="recep-tayyip-erdogan"]').count()).toBe(0);
    // the page adds a paragraph after load, as live blogs and single-page apps do
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Turkish President Recep Tayyip Erdogan also spoke with Putin on Friday, the Kremlin said.';
      document.querySelector('.story-body')!.append(p);
    });
    await popup.waitForSelector('[data-card="person"][data-id="recep-tayyip-erdogan"]', { timeout: 10_000 });
    await Promise.all([popup.close(), page.close()]);
  });
});
