import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseContentMessage, parsePageMessage } from '@/lib/browser/messages';
import { DEFAULT_SETTINGS, isSiteOff, validateSettings } from '@/lib/browser/settings';
import { handleMessage, registerWorker } from '@/lib/browser/worker';
import { snapshotOf } from './fixtures/pack';
import type { Analysis } from '@/lib/analyze/analysis';
import type { TabState } from '@/lib/browser/messages';

describe('message validation', () => {
  it('accepts well-formed messages', () => {
    expect(parseContentMessage({ type: 'article', snapshot: snapshotOf('Putin spoke.') }).success).toBe(true);
    expect(parsePageMessage({ type: 'get-tab-state', tabId: 3 }).success).toBe(true);
  });
  const bad: [string, unknown][] = [
    ['no type', { snapshot: {} }],
    ['an unknown type', { type: 'delete-everything' }],
    ['a snapshot with an extra field', { type: 'article', snapshot: { ...snapshotOf('x'), evil: true } }],
    ['a javascript: URL', { type: 'article', snapshot: { ...snapshotOf('x'), url: 'javascript:alert(1)' } }],
    ['a bad date', { type: 'article', snapshot: { ...snapshotOf('x'), published: '19/01/2022' } }],
    ['text of the wrong type', { type: 'article', snapshot: { ...snapshotOf('x'), text: 42 } }],
    ['a huge text', { type: 'article', snapshot: { ...snapshotOf('x'), text: 'a'.repeat(2_000_001) } }],
    ['null', null],
  ];
  for (const [what, msg] of bad) it(`rejects ${what}`, () => expect(parseContentMessage(msg).success).toBe(false));
  it('rejects page messages with a bad tab id', () => {
    expect(parsePageMessage({ type: 'get-tab-state', tabId: -1 }).success).toBe(false);
    expect(parsePageMessage({ type: 'get-tab-state', tabId: '3' }).success).toBe(false);
  });
});

describe('settings', () => {
  it('keeps good fields and resets bad ones, saying which', () => {
    const r = validateSettings({ autoRun: false, highlights: 'yes', neverRunOn: ['Example.org', 'bad host!'], ageNoticeMonths: 6, unknown: 1 });
    expect(r.settings).toEqual({ ...DEFAULT_SETTINGS, autoRun: false, ageNoticeMonths: 6 });
    expect(r.reset).toEqual(['highlights', 'neverRunOn']);
    expect(validateSettings('garbage')).toEqual({ settings: DEFAULT_SETTINGS, reset: [] });
  });
  it('switches off subdomains of listed sites', () => {
    expect(isSiteOff('www.example.org', ['example.org'])).toBe(true);
    expect(isSiteOff('example.org', ['example.org'])).toBe(true);
    expect(isSiteOff('notexample.org', ['example.org'])).toBe(false);
  });
});

describe('background worker', () => {
  const contentSender = (tabId: number) => ({ id: fakeBrowser.runtime.id, tab: { id: tabId } as never, frameId: 0, url: 'https://news.example.org/a/1' });
  const pageSender = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });
  beforeEach(() => {
    fakeBrowser.reset();
    // fake-browser has no in-memory commands API
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => {});
    registerWorker();
  });

  it('analyses an article from a tab and keeps the result for the popup', async () => {
    const reply = (await handleMessage({ type: 'article', snapshot: snapshotOf('“We will win,” Vladimir Putin said, according to TASS.') }, contentSender(7))) as { ok: boolean; analysis: Analysis };
    expect(reply.ok).toBe(true);
    expect(reply.analysis.people.map((p) => p.id)).toContain('vladimir-putin');
    expect('text' in reply.analysis.article).toBe(false);
    const state = (await handleMessage({ type: 'get-tab-state', tabId: 7 }, pageSender())) as TabState;
    expect(state.status).toBe('done');
  });

  it('rejects and logs a malformed message without crashing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const reply = await handleMessage({ type: 'article', snapshot: { url: 'nope' } }, contentSender(8));
    expect(reply).toEqual({ ok: false, error: 'invalid message' });
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/rejected a message from tab 8/));
    expect(handleMessage({ type: 'article' }, { id: 'another-extension', tab: { id: 1 } as never, frameId: 0 })).toBeUndefined();
    warn.mockRestore();
  });

  it('does not take page messages from content scripts', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const reply = await handleMessage({ type: 'get-tab-state', tabId: 7 }, contentSender(9));
    expect(reply).toEqual({ ok: false, error: 'invalid message' });
    warn.mockRestore();
  });

  it('tells a content script whether to run on its site', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, neverRunOn: ['news.example.org'] } });
    expect(await handleMessage({ type: 'hello' }, contentSender(3))).toEqual({ run: false, highlights: true, hoverCards: true });
    await fakeBrowser.storage.sync.set({ settings: DEFAULT_SETTINGS });
    expect(await handleMessage({ type: 'hello' }, contentSender(3))).toEqual({ run: true, highlights: true, hoverCards: true });
  });

  it('lists the bundled packs with their counts and switches', async () => {
    const packs = (await handleMessage({ type: 'list-packs' }, pageSender())) as { id: string; enabled: boolean; counts: { person: number } }[];
    expect(packs.map((p) => p.id)).toEqual(['backstory-people', 'backstory-outlets', 'backstory-organizations', 'backstory-state-media']);
    expect(packs[0]!.counts.person).toBeGreaterThan(100);
    expect(packs.every((p) => p.enabled)).toBe(true);
  });
});
