/**
 * The main job on the bundled sample: open sample/article.html in Chromium with the built
 * extension (headless unless a display is available), save screenshots of the popup cards and of a
 * hover card, and print the cards. Run through `npm start` (which builds first).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { hoverWord, launch, waitForHighlights } from '../tests/e2e/harness';
import { formatAnalysis } from '../lib/analyze/format';
import type { Analysis } from '../lib/analyze/analysis';

const ROOT = resolve(import.meta.dirname, '..');
const SAMPLE = join(ROOT, 'sample', 'article.html');
const URL_ = 'https://caspian-desk.example/world/2023/07/putin-raisi-call';
const OUT = resolve(process.env.BACKSTORY_SHOTS ?? join(ROOT, 'screenshots'));

mkdirSync(OUT, { recursive: true });
const harness = await launch({ headed: !!process.env.DISPLAY && process.env.BACKSTORY_HEADLESS !== '1' });
try {
  await harness.serve(URL_, readFileSync(SAMPLE, 'utf8'));
  const page = await harness.context.newPage();
  await page.goto(URL_);
  const highlights = await waitForHighlights(page);
  await page.screenshot({ path: join(OUT, 'article-highlights.png') });
  await hoverWord(page, '.story-body', 'Raisi');
  await page.screenshot({ path: join(OUT, 'hover-card.png') });
  const tabId = await harness.tabIdOf(URL_);
  const popup = await harness.openPopup(tabId);
  await popup.setViewportSize({ width: 440, height: 900 });
  await popup.waitForSelector('[data-card="person"]');
  await popup.screenshot({ path: join(OUT, 'popup-cards.png'), fullPage: true });
  const analysis = (await harness.sessionItem<{ analysis?: Analysis }>(`tab:${tabId}`))?.analysis;
  if (!analysis) throw new Error('the extension stored no analysis for the sample tab');
  console.log(formatAnalysis(analysis, new Date().toISOString().slice(0, 10)));
  console.log(`\n${highlights} highlight group(s) painted in the page.`);
  console.log(`Screenshots:\n  ${join(OUT, 'popup-cards.png')}\n  ${join(OUT, 'hover-card.png')}\n  ${join(OUT, 'article-highlights.png')}`);
} finally {
  await harness.close();
}
