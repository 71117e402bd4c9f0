/**
 * The same behaviour in Firefox: the content script extracts the article, the background analyses
 * it, names are highlighted, and resting the pointer on one shows its card — without changing the
 * page. The popup is not tested here: Firefox refuses to open moz-extension:// pages by navigation
 * (see the Chromium tests for the popup). Highlights and hover cards prove the background's analysis.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { articleHtml, hoverWord, launchFirefox, readCard, waitForHighlights, type FirefoxHarness, type OpenedPage } from './harness';

const read = (p: string) => readFileSync(join(process.cwd(), p), 'utf8');
const SAMPLE_URL = 'https://caspian-desk.example/world/2023/07/putin-raisi-call';
const SEED = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'seed');
const seedPresent = existsSync(join(SEED, 'expected.json'));
if (!seedPresent) console.warn(`firefox seed e2e skipped: ${SEED} is absent`);

let h: FirefoxHarness;
beforeAll(async () => {
  h = await launchFirefox();
});
afterAll(async () => h?.close());

describe('the bundled sample article in Firefox', () => {
  const html = read('sample/article.html');
  let view: OpenedPage;
  beforeAll(async () => {
    h.serve(SAMPLE_URL, html);
    view = await h.open(SAMPLE_URL);
  });
  afterAll(async () => view?.page.close());

  it('installs the extension under its gecko id', () => {
    expect(h.extensionId).toBe('backstory@backstory-extension.org');
  });

  it('highlights the names the background found', async () => {
    expect(await waitForHighlights(view.page)).toBeGreaterThan(0);
  });

  it('shows Raisi’s card when the pointer rests on his name, and closes it with Escape', async () => {
    await waitForHighlights(view.page);
    const card = await hoverWord(view.page, '.story-body', 'Raisi');
    expect(card.openShadowRoot).toBe(true);
    expect(card.hidden).toBe(false);
    expect(card.text).toContain('Ebrahim Raisi');
    expect(card.text).toContain('President of Iran');
    await view.page.keyboard.press('Escape');
    await view.page.waitForFunction(
      () => (document.querySelector('backstory-card')?.shadowRoot?.querySelector('.bs-hover') as HTMLElement | null | undefined)?.hidden === true,
      { timeout: 5_000 },
    );
    expect((await readCard(view.page))?.hidden).toBe(true);
  });

  it('leaves the article exactly as served', async () => {
    const { served, now } = await articleHtml(view.page, html);
    expect(served).not.toBe('');
    expect(now).toBe(served);
  });

  it('puts no error in the page', () => {
    expect(view.errors).toEqual([]);
  });
});

interface Expected {
  served_as: string;
  people: { name: string; at_publication: string }[];
}

describe.skipIf(!seedPresent)('the worked example in Firefox', () => {
  let expected: Expected;
  let html: string;
  let view: OpenedPage;
  beforeAll(async () => {
    expected = JSON.parse(readFileSync(join(SEED, 'expected.json'), 'utf8')) as Expected;
    html = readFileSync(join(SEED, 'index.html'), 'utf8');
    h.serve(expected.served_as, html);
    view = await h.open(expected.served_as);
    await waitForHighlights(view.page);
  });
  afterAll(async () => view?.page.close());

  it('shows Raisi’s card on hover over "Raeisi", with the office he held on the article date', async () => {
    const card = await hoverWord(view.page, '.news-body', 'Raeisi');
    expect(card.openShadowRoot).toBe(true);
    expect(card.text).toContain('Ebrahim Raisi');
    expect(card.text).toContain('President of Iran');
    expect(card.text).toContain('Died 2024-05-19');
  });

  it('leaves the article DOM exactly as served', async () => {
    const { served, now } = await articleHtml(view.page, html);
    expect(served).not.toBe('');
    expect(now).toBe(served);
  });

  it('puts no error of ours in the page', () => {
    expect(view.errors.filter((e) => /backstory/i.test(e))).toEqual([]);
  });
});
