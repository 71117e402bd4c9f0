/** The figures only a real browser can give: content-script main-thread time and popup time to cards. */
import { readFileSync } from 'node:fs';
import { launch, waitForHighlights } from '../tests/e2e/harness';
import type { ContentTimings } from '../lib/browser/messages';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;

/** Content-script time over every page of the corpus (Readability reported on its own). */
export async function measureCorpus(dir: string): Promise<[string, string, string][]> {
  const { readdirSync, existsSync } = await import('node:fs');
  const { join } = await import('node:path');
  const h = await launch();
  const own: number[] = [], readability: number[] = [];
  try {
    for (const name of readdirSync(dir).sort()) {
      const file = join(dir, name, 'source.html');
      if (!existsSync(file)) continue;
      const url = `https://corpus.example/${name}/`;
      await h.serve(url, readFileSync(file, 'utf8'));
      const page = await h.context.newPage();
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      const t = await h.timingsOf(await h.tabIdOf(url), page);
      if (t?.total !== undefined) own.push(t.total - (t.readability ?? 0)), readability.push(t.readability ?? 0);
      await page.close();
    }
  } finally {
    await h.close();
  }
  return [
    [`content script main thread over ${own.length} corpus pages, excl. Readability: median / p95`, `${ms(median(own))} / ${ms(p95(own))}`, '≤ 20 ms / ≤ 60 ms'],
    [`Readability (clone + parse) over the corpus: median / p95`, `${ms(median(readability))} / ${ms(p95(readability))}`, ''],
  ];
}

export async function measureInBrowser(sample: string, seed: string | null): Promise<[string, string, string][]> {
  const h = await launch();
  const rows: [string, string, string][] = [];
  try {
    const pages: [string, string, string][] = [['sample', 'https://caspian-desk.example/world/2023/07/putin-raisi-call', sample]];
    if (seed) pages.push(['worked example', 'https://en.example-news-portal.ir/en/news/2009621/iran-russia-should-foster-cooperation', seed]);
    for (const [name, url, file] of pages) {
      await h.serve(url, readFileSync(file, 'utf8'));
      const totals: number[] = [], readability: number[] = [], cards: number[] = [];
      for (let i = 0; i < 7; i++) {
        const page = await h.openArticle(url);
        const tabId = await h.tabIdOf(url);
        const t = await h.timingsOf(tabId, page);
        if (t?.total !== undefined) totals.push(t.total - (t.readability ?? 0)), readability.push(t.readability ?? 0);
        const popup = await h.openPopup(tabId);
        await popup.waitForSelector('[data-card="person"]');
        await popup.waitForFunction(() => performance.getEntriesByName('backstory:cards').length > 0);
        cards.push(await popup.evaluate(() => performance.getEntriesByName('backstory:cards')[0]!.startTime));
        await popup.close();
        await page.close();
      }
      // hit-testing and long tasks: 300 pointer moves over the article, long tasks seen from the start
      const page = await h.context.newPage();
      await page.addInitScript(() => {
        const w = window as unknown as { __long: number[] };
        w.__long = [];
        new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask', buffered: true });
      });
      await page.goto(url);
      await waitForHighlights(page);
      const box = await page.evaluate(() => {
        const r = document.querySelector('article, main, body')!.getBoundingClientRect();
        return { x: r.left, y: r.top, w: Math.min(r.width, 900), h: Math.min(r.height, 700) };
      });
      for (let k = 0; k < 300; k++) await page.mouse.move(box.x + ((k * 37) % box.w), box.y + ((k * 53) % box.h));
      await page.waitForTimeout(300);
      const tabId = await h.tabIdOf(url);
      const t = await h.sessionItem<ContentTimings>(`timings:${tabId}`);
      const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
      await page.close();
      rows.push([`content script main thread on the ${name}, excl. Readability (median of 7)`, ms(median(totals)), '< 20 ms']);
      rows.push([`hit-testing per pointer move on the ${name}: mean / worst`, t?.hitTest !== undefined ? `${ms(t.hitTest)} / ${ms(t.hitTestMax ?? 0)}` : 'not measured', '≤ 0.2 ms']);
      rows.push([`long tasks (> 50 ms) on the ${name} (a page with no scripts of its own)`, long.length ? `${long.length}, longest ${ms(Math.max(...long))}` : 'none', 'none']);
      rows.push([`Readability parse on the ${name} (median of 7)`, ms(median(readability)), '']);
      rows.push([`popup: cards on screen after opening, ${name} (median of 7)`, ms(median(cards)), '< 100 ms']);
    }
  } finally {
    await h.close();
  }
  return rows;
}
