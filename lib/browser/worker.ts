/**
 * The background worker's logic, kept out of the entrypoint so tests can reach it. The worker may
 * die at any time: the engine is rebuilt on demand from one init promise, and per-tab results live
 * in storage.session.
 */
import { browser, type Browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { createEngine, type Engine } from '../analyze/engine';
import type { ArticleSnapshot } from '../analyze/snapshot';
import type { Analysis } from '../analyze/analysis';
import { bundledGivenNames, bundledPacks, bundledSurnames } from '../dataset/bundled';
import { loadSettings, setTabState, getTabState, clearTabState, settingsItem } from './storage';
import { parseContentMessage, parsePageMessage, rejection, type ContentReply, type ImportReply, type PackInfo, type RunPolicy, type TabState } from './messages';
import { addUserPack, loadUserPacks, orderPacks, removeUserPack } from './packs';
import { checkPackImport } from '../dataset/import';
import { isCompiled, packCounts, type CompiledPack } from '../dataset/compiled';
import { PACK_FORMAT, type Pack } from '../dataset/schema';
import { isSiteOff } from './settings';

let engine: { key: string; promise: Promise<Engine> } | undefined;

type AnyPack = CompiledPack | Pack;
const packId = (p: AnyPack) => (isCompiled(p) ? p.meta.id : p.id);

/** Every pack, bundled and imported, in the reader's order (highest first), with its switch. */
async function allPacks(): Promise<{ pack: AnyPack; enabled: boolean }[]> {
  const [settings, mine] = await Promise.all([loadSettings(), loadUserPacks()]);
  const ordered = orderPacks<AnyPack>([...mine, ...bundledPacks()], packId, isCompiled, settings.packOrder);
  return ordered.map((pack) => ({ pack, enabled: !settings.disabledPacks.includes(packId(pack)) }));
}

/**
 * The engine for the packs switched on now. Built once per worker life and rebuilt only when the
 * reader's packs or their order change (read on every call: the worker may have missed a change
 * while asleep).
 */
export async function getEngine(): Promise<Engine> {
  const packs = (await allPacks()).filter((p) => p.enabled).map((p) => p.pack);
  const key = packs.map((p) => `${packId(p)}@${isCompiled(p) ? p.meta.version : p.version}`).join('\n');
  if (engine?.key !== key) engine = { key, promise: Promise.resolve().then(() => createEngine(packs, { givenNames: bundledGivenNames(), surnames: bundledSurnames() })) };
  return engine.promise;
}

const stateCount = (a: Analysis) =>
  a.citedSources.filter((c) => c.stateAffiliation).length + (a.publisher?.stateAffiliation ? 1 : 0);

async function setBadge(tabId: number, a: Analysis | null): Promise<void> {
  try {
    // Firefox's Manifest V2 build has browserAction, not action
    const action = (browser.action as typeof browser.action | undefined) ?? browser.browserAction;
    const n = a ? stateCount(a) : 0;
    await action.setBadgeText({ tabId, text: n ? String(n) : '' });
    if (n) await action.setBadgeBackgroundColor({ tabId, color: '#8a4b00' });
    await action.setTitle({
      tabId,
      title: a ? `Backstory — ${a.people.length} people, ${a.citedSources.length} cited sources${n ? `, ${n} state-affiliated` : ''}` : 'Backstory',
    });
  } catch {
    /* the tab may be gone */
  }
}

export async function analyseSnapshot(tabId: number, snapshot: ArticleSnapshot): Promise<Analysis> {
  await setTabState(tabId, { status: 'analysing', url: snapshot.url });
  const analysis = (await getEngine()).analyze(snapshot);
  await setTabState(tabId, { status: 'done', url: snapshot.url, analysis, at: Date.now() });
  await setBadge(tabId, analysis);
  return analysis;
}

function forContent(a: Analysis): ContentReply {
  const { text: _text, ...article } = a.article;
  return { ok: true, analysis: { ...a, article } };
}

/** The extension's own pages (popup, report, options) — also when the report is open in a tab. */
const isOwnPage = (sender: Browser.runtime.MessageSender) =>
  sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));

/** The one message listener. Returns a Promise for messages it answers, undefined otherwise. */
export function handleMessage(message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined {
  if (sender.id !== browser.runtime.id) return undefined;
  if (isOwnPage(sender)) {
    const parsed = parsePageMessage(message);
    if (!parsed.success) {
      console.warn(`Backstory: rejected a message from ${sender.url}: ${rejection(parsed.issues)}`);
      return Promise.resolve({ status: 'error', url: null, message: 'invalid message' } satisfies TabState);
    }
    const msg = parsed.output;
    if (msg.type === 'get-tab-state') return getTabState(msg.tabId);
    if (msg.type === 'list-packs') return listPacks();
    if (msg.type === 'import-pack') return importPack(msg.text);
    if (msg.type === 'export-pack') return exportPack(msg.id);
    if (msg.type === 'remove-pack') return removeUserPack(msg.id).then((removed) => (void refreshTabs(), { ok: removed }));
    if (msg.type === 'refresh-tabs') return refreshTabs().then(() => ({ ok: true }));
    if (msg.type === 'set-pack-order')
      return loadSettings()
        .then((s) => settingsItem.setValue({ ...s, packOrder: msg.ids }))
        .then(() => (void refreshTabs(), { ok: true }));
    return analyseTab(msg.tabId);
  }
  const tabId = sender.tab?.id;
  if (tabId !== undefined && sender.frameId === 0) {
    const parsed = parseContentMessage(message);
    if (!parsed.success) {
      console.warn(`Backstory: rejected a message from tab ${tabId}: ${rejection(parsed.issues)}`);
      return Promise.resolve({ ok: false, error: 'invalid message' });
    }
    const msg = parsed.output;
    if (msg.type === 'hello') return runPolicy(sender.url ?? '');
    if (msg.type === 'load-card-ui') return loadCardUi(tabId, sender.frameId ?? 0);
    if (msg.type === 'timings') {
      const key = `session:timings:${tabId}` as const;
      return storage.getItem<Record<string, number>>(key).then((old) => storage.setItem(key, { ...old, ...msg.timings })).then(() => ({ ok: true }));
    }
    if (msg.type === 'not-article') return setTabState(tabId, { status: 'not-article', url: msg.url, reason: msg.reason }).then(() => setBadge(tabId, null)).then(() => ({ ok: true }));
    return analyseSnapshot(tabId, msg.snapshot).then(forContent, (e: unknown) => {
      const message = e instanceof Error ? e.message : String(e);
      void setTabState(tabId, { status: 'error', url: msg.snapshot.url, message });
      return { ok: false, error: message };
    });
  }
  return undefined;
}

async function runPolicy(url: string): Promise<RunPolicy> {
  const s = await loadSettings();
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    /* no host: not a web page */
  }
  return { run: s.autoRun && !!host && !isSiteOff(host, s.neverRunOn), highlights: s.highlights, hoverCards: s.hoverCards };
}

/** The card UI goes into the content script's isolated world, only when a reader first hovers. */
async function loadCardUi(tabId: number, frameId: number): Promise<{ ok: boolean }> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/hover-ui.js'] });
    return { ok: true };
  } catch {
    return { ok: false };
  }
}

function packInfo(pack: AnyPack, enabled: boolean): PackInfo {
  const meta = isCompiled(pack) ? pack.meta : pack;
  const counts = isCompiled(pack) ? pack.counts : packCounts(pack);
  return {
    id: meta.id,
    name: meta.name,
    description: meta.description,
    version: meta.version,
    checked: meta.checked,
    license: meta.license,
    attribution: meta.attribution ?? null,
    counts,
    enabled,
    bundled: isCompiled(pack),
  };
}

async function listPacks(): Promise<PackInfo[]> {
  return (await allPacks()).map(({ pack, enabled }) => packInfo(pack, enabled));
}

async function importPack(text: string): Promise<ImportReply> {
  const taken = (await allPacks()).map((p) => packId(p.pack));
  const r = checkPackImport(text, taken);
  if (!r.ok) return r;
  await addUserPack(r.pack);
  void refreshTabs();
  return { ok: true, pack: packInfo(r.pack, true) };
}

async function exportPack(id: string): Promise<{ ok: true; text: string } | { ok: false; error: string }> {
  const found = (await allPacks()).find((p) => packId(p.pack) === id)?.pack;
  if (!found) return { ok: false, error: `no pack "${id}"` };
  const pack: Pack = isCompiled(found)
    ? { format: PACK_FORMAT, ...found.meta, entities: found.entities.map((e) => JSON.parse(e) as Pack['entities'][number]), stateAffiliations: found.stateAffiliations }
    : found;
  return { ok: true, text: JSON.stringify(pack, null, 2) };
}

/** After a change of packs or settings: the open articles analyse again, so their cards follow at once. */
export async function refreshTabs(): Promise<void> {
  const all = (await browser.storage.session.get(null)) as Record<string, TabState>;
  for (const [key, state] of Object.entries(all)) {
    const m = /^tab:(\d+)$/.exec(key);
    if (m && state?.status === 'done') void browser.tabs.sendMessage(Number(m[1]), { type: 'extract-now' }).catch(() => {});
  }
}

/**
 * The reader asked: run the content script's extraction now, even on a page that is not an
 * article. Where the script is not in the page (the tab was open before Backstory was installed,
 * or the browser runs extensions on this site only on click), it is added now — clicking the
 * toolbar icon grants that (activeTab); else the popup explains and asks.
 */
async function analyseTab(tabId: number): Promise<TabState> {
  const ask = () => browser.tabs.sendMessage(tabId, { type: 'extract-now' });
  try {
    await ask();
    return getTabState(tabId);
  } catch {
    /* no content script there yet */
  }
  const tab = await browser.tabs.get(tabId).catch(() => null);
  const url = tab?.url ?? null;
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
    await new Promise((r) => setTimeout(r, 50));
    await ask();
    return getTabState(tabId);
  } catch {
    /* not allowed here */
  }
  let allowed = false;
  if (url && /^https?:/.test(url)) allowed = await browser.permissions.contains({ origins: [`${new URL(url).origin}/*`] }).catch(() => false);
  const state: TabState = url && /^https?:/.test(url) && !allowed ? { status: 'no-access', url } : { status: 'unsupported', url };
  await setTabState(tabId, state);
  return state;
}

export function registerWorker(): void {
  browser.runtime.onMessage.addListener(handleMessage);
  browser.tabs.onRemoved.addListener((tabId) => void clearTabState(tabId));
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading' && info.url) void clearTabState(tabId).then(() => setBadge(tabId, null));
  });
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== 'next-name' && command !== 'previous-name') return;
    const id = tab?.id;
    if (id !== undefined) void browser.tabs.sendMessage(id, { type: 'step-name', direction: command === 'next-name' ? 1 : -1 }).catch(() => {});
  });
}
