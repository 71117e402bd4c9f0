/**
 * The worked example, ../shared/corpus/seed: everything in its expected.json must reach the reader.
 * Skipped (with a message) where ../shared is absent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openArticle, type ReaderView } from './reader';
import { hoverWord } from './harness';

const SEED = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'seed');
const present = existsSync(join(SEED, 'expected.json'));
if (!present) console.warn(`seed e2e skipped: ${SEED} is absent`);

interface Expected {
  served_as: string;
  published: string;
  article: { title: string };
  people: { name: string; mentions: string[]; at_publication: string; now?: string }[];
  cited_sources: { name: string; evidence: string; relays_quote_of?: string }[];
  organizations: string[];
  not_people: string[];
}

describe.skipIf(!present)('worked example in Chromium', () => {
  let view: ReaderView;
  let expected: Expected;
  const consoleErrors: string[] = [];
  beforeAll(async () => {
    expected = JSON.parse(readFileSync(join(SEED, 'expected.json'), 'utf8')) as Expected;
    view = await openArticle(expected.served_as, readFileSync(join(SEED, 'index.html'), 'utf8'));
    view.page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  });
  afterAll(async () => view?.harness.close());

  it('shows every person with the role on the article date and what changed since', () => {
    for (const p of expected.people) {
      const card = view.popupText.slice(view.popupText.indexOf(p.name));
      expect(view.popupText).toContain(p.name);
      const role = p.at_publication.replace(/ \(in office since (.*)\)/, '');
      expect(card).toContain(role);
      expect(card).toContain(/since (\d{4}-\d{2}-\d{2})/.exec(p.at_publication)![1]);
      for (const m of p.mentions) expect(card).toContain(m);
      if (p.now?.startsWith('died')) expect(card).toMatch(new RegExp(`Died ${/died (\S+?);/.exec(p.now)![1]}`));
    }
  });

  it('shows each cited source with its sentence, whose words it relays, and its state affiliation', async () => {
    for (const s of expected.cited_sources) {
      const card = view.popup.locator('[data-card="source"]', { hasText: s.name }).first();
      const text = await card.innerText();
      expect(text).toContain(s.evidence);
      expect(text).toMatch(/State media/);
      if (s.relays_quote_of) expect(text).toContain(`Relays the words of ${s.relays_quote_of}`);
    }
  });

  it('lists the organisations, and nothing from the sidebar', () => {
    for (const o of expected.organizations) expect(view.popupText).toContain(o);
    for (const n of expected.not_people) expect(view.popupText).not.toContain(n);
    expect(view.popupText).not.toMatch(/\bReuters\b/);
  });

  it('says the publisher is unknown and that the copy is Iran Daily’s, with the age notice', () => {
    expect(view.popupText).toContain('Unknown publisher');
    expect(view.popupText).toContain('Republished from Iran Daily');
    expect(view.popupText).toMatch(/Published 19 January 2022 — (almost|over) \d+ years ago/);
  });

  it('leaves the article DOM exactly as served', () => {
    expect(view.articleNow).toBe(view.articleServed);
  });

  it('shows Raisi’s card on hover over "Raeisi"', async () => {
    const card = await hoverWord(view.page, '.news-body', 'Raeisi');
    expect(card).toContain('Ebrahim Raisi');
    expect(card).toContain('President of Iran');
    expect(card).toContain('Died 2024-05-19');
  });

  it('steps to the names from the keyboard command', async () => {
    await view.page.keyboard.press('Escape');
    const tabId = await view.harness.tabIdOf(expected.served_as);
    // what the command's handler sends (headless Chromium has no global shortcuts to press)
    await view.harness.worker.evaluate(async (id) => {
      const c = (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome;
      await c.tabs.sendMessage(id, { type: 'step-name', direction: 1 });
    }, tabId);
    await view.page.waitForFunction(() => {
      const box = document.querySelector('backstory-card')?.shadowRoot?.querySelector('.bs-hover') as HTMLElement | null;
      return !!box && !box.hidden;
    });
    const card = await view.page.evaluate(() => (document.querySelector('backstory-card')!.shadowRoot!.querySelector('.bs-hover') as HTMLElement).innerText);
    expect(card).toContain('Ebrahim Raisi');
    const label = await view.page.evaluate(() => document.querySelector('backstory-card')!.shadowRoot!.querySelector('.bs-hover')!.getAttribute('aria-label'));
    expect(label).toMatch(/^Backstory card: /);
  });

  it('made no network request of its own and left nothing in the page console', () => {
    const mine = view.harness.refused.filter((r) => !r.from.startsWith('https://en.example-news-portal.ir/'));
    expect(mine).toEqual([]);
    expect(consoleErrors.filter((e) => /backstory/i.test(e))).toEqual([]);
  });
});
