/**
 * The extension on every real page of ../shared/corpus/readability (skipped, with a message, where
 * that folder is absent): no page error caused by it, the article DOM unchanged, no network request
 * of its own; and its content-script main-thread time, recorded for `npm run bench`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch, type Harness } from './harness';
import type { ContentTimings } from '@/lib/browser/messages';

const CORPUS = resolve(process.cwd(), '..', 'shared', 'corpus', 'readability');
const present = existsSync(CORPUS);
if (!present) console.warn(`corpus sweep skipped: ${CORPUS} is absent`);
const pages = present ? readdirSync(CORPUS).filter((d) => existsSync(join(CORPUS, d, 'source.html'))).sort() : [];

function urlOf(html: string, name: string): string {
  const m = /<link[^>]+rel=["']canonical["'][^>]*href=["'](https?:\/\/[^"']+)["']/i.exec(html) ?? /<meta[^>]+property=["']og:url["'][^>]*content=["'](https?:\/\/[^"']+)["']/i.exec(html);
  return m?.[1]?.replace(/&amp;/g, '&') ?? `https://corpus.example/${name}/`;
}

describe.skipIf(!present)('sweep over the real pages of the corpus', () => {
  let h: Harness;
  const timings: Record<string, ContentTimings> = {};
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
    mkdirSync(join(process.cwd(), '.generated'), { recursive: true });
    writeFileSync(join(process.cwd(), '.generated', 'sweep-timings.json'), JSON.stringify(timings, null, 2));
  });

  for (const name of pages) {
    it(`${name}: no error, DOM unchanged, no request of its own`, async () => {
      const html = readFileSync(join(CORPUS, name, 'source.html'), 'utf8');
      const url = urlOf(html, name);
      await h.serve(url, html);
      const page = await h.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && /backstory/i.test(m.text()) && errors.push(m.text()));
      const before = h.refused.length;
      // every rewrite of an existing text node is recorded from the first moment (the HTML parser
      // streaming more text into a node only appends, and is not counted)
      await page.addInitScript(() => {
        const w = window as unknown as { __textEdits: number };
        w.__textEdits = 0;
        new MutationObserver((list) => {
          for (const m of list) if (m.type === 'characterData' && !(m.target as Text).data.startsWith(m.oldValue ?? '')) w.__textEdits++;
        }).observe(document, { subtree: true, characterData: true, characterDataOldValue: true });
      });
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      const tabId = await h.tabIdOf(page.url());
      const t = await h.timingsOf(tabId, page);
      if (t && t.total !== undefined) timings[name] = t;
      const dom = await page.evaluate(() => ({
        textEdits: (window as unknown as { __textEdits: number }).__textEdits,
        hosts: document.querySelectorAll('backstory-card').length,
      }));
      expect(dom.textEdits).toBe(0); // highlights never touch the page's text nodes
      expect(dom.hosts).toBe(0); // no card element until someone hovers
      expect(errors.filter((e) => /backstory|chrome-extension:/i.test(e))).toEqual([]);
      const mine = h.refused.slice(before).filter((r) => r.from.startsWith('chrome-extension://'));
      expect(mine).toEqual([]);
      await page.close();
    });
  }

});
