/** What a reader sees: one article opened with the extension, its popup and a hover card. */
import type { Page } from 'playwright-core';
import { launch, waitForHighlights, type Harness } from './harness';

export interface ReaderView {
  harness: Harness;
  page: Page;
  popup: Page;
  /** the popup's visible text */
  popupText: string;
  /** the article element's HTML as served vs. as it is in the page after the extension ran */
  articleServed: string;
  articleNow: string;
}

export async function openArticle(url: string, html: string, articleSelector = 'article'): Promise<ReaderView> {
  const harness = await launch();
  await harness.serve(url, html);
  const page = await harness.context.newPage();
  await page.goto(url);
  await waitForHighlights(page);
  const { served, now } = await page.evaluate(
    ({ html, sel }) => {
      const parsed = new DOMParser().parseFromString(html, 'text/html');
      return { served: parsed.querySelector(sel)?.outerHTML ?? '', now: document.querySelector(sel)?.outerHTML ?? '' };
    },
    { html, sel: articleSelector },
  );
  const tabId = await harness.tabIdOf(url);
  const popup = await harness.openPopup(tabId);
  await popup.waitForSelector('[data-card="person"]', { timeout: 10_000 });
  const popupText = await popup.locator('body').innerText();
  return { harness, page, popup, popupText, articleServed: served, articleNow: now };
}
