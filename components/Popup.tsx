import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { TabState } from '@/lib/browser/messages';
import { getTabState, loadSettings, settingsItem } from '@/lib/browser/storage';
import { DEFAULT_SETTINGS } from '@/lib/browser/settings';
import { Report } from './Report';
import { StateView } from './StateView';

const RESTRICTED = /^(?:chrome|edge|brave|about|moz-extension|chrome-extension|view-source|devtools|file):|^https:\/\/(?:chrome\.google\.com\/webstore|chromewebstore\.google\.com|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)|\.pdf(?:[?#]|$)/i;

export async function targetTab(tabId: number | null): Promise<{ id: number; url: string | null } | null> {
  if (tabId !== null) {
    const t = await browser.tabs.get(tabId).catch(() => null);
    return t ? { id: tabId, url: t.url ?? null } : { id: tabId, url: null };
  }
  const [t] = await browser.tabs.query({ active: true, currentWindow: true });
  return t?.id !== undefined ? { id: t.id, url: t.url ?? null } : null;
}

const ask = (message: unknown) => browser.runtime.sendMessage(message) as Promise<TabState>;

/** The popup, and the full report when opened with ?tabId=N. */
export function Popup({ tabId, full, early }: { tabId: number | null; full: boolean; early?: { tab: ReturnType<typeof targetTab>; state: Promise<TabState> | null; settings: ReturnType<typeof loadSettings> } }) {
  const [tab, setTab] = useState<{ id: number; url: string | null } | null>(null);
  const [state, setState] = useState<TabState | { status: 'loading' }>({ status: 'loading' });
  const [ageMonths, setAgeMonths] = useState(DEFAULT_SETTINGS.ageNoticeMonths);
  const today = new Date().toISOString().slice(0, 10);

  useEffect(() => {
    if (full) document.body.classList.add('bs-full');
    void (early?.settings ?? loadSettings()).then((s) => setAgeMonths(s.ageNoticeMonths));
    void (async () => {
      // the report page knows its tab: read its results while asking for the tab's address
      const first = early?.state ?? (tabId !== null ? getTabState(tabId) : null);
      const t = await (early?.tab ?? targetTab(tabId));
      setTab(t);
      if (!t) return setState({ status: 'error', url: null, message: 'No tab to show.' });
      if (t.url && RESTRICTED.test(t.url)) return setState({ status: 'unsupported', url: t.url });
      // read straight from session storage: no round trip through a sleeping worker
      const s = await (first ?? getTabState(t.id));
      setState(s.status === 'none' ? { status: 'analysing', url: t.url ?? '' } : s);
      if (s.status === 'none') setState(await ask({ type: 'analyse-tab', tabId: t.id }));
    })().catch((e: unknown) => setState({ status: 'error', url: null, message: e instanceof Error ? e.message : String(e) }));
  }, [tabId, full]);

  const analyseAnyway = async () => {
    if (!tab) return;
    // site access withheld: ask for this site (a click in the popup may)
    if (state.status === 'no-access' && tab.url) {
      const granted = await browser.permissions.request({ origins: [`${new URL(tab.url).origin}/*`] }).catch(() => false);
      if (!granted) return;
    }
    setState({ status: 'analysing', url: tab.url ?? '' });
    setState(await ask({ type: 'analyse-tab', tabId: tab.id }));
  };
  const neverHere = async () => {
    if (!tab?.url) return;
    const host = new URL(tab.url).hostname;
    const s = await loadSettings();
    if (!s.neverRunOn.includes(host)) await settingsItem.setValue({ ...s, neverRunOn: [...s.neverRunOn, host] });
    setState({ status: 'off', url: tab.url, reason: 'site' });
  };
  useEffect(() => {
    // the cards follow at once when the reader changes packs or the article is analysed again
    if (!tab) return;
    return storage.watch<TabState>(`session:tab:${tab.id}`, (s) => s && s.status === 'done' && setState(s));
  }, [tab?.id]);
  useEffect(() => {
    // for `npm run bench`: when the cards first reach the screen
    if (state.status === 'done' && !performance.getEntriesByName('backstory:cards').length) requestAnimationFrame(() => performance.mark('backstory:cards'));
  }, [state.status]);
  const openFull = () => tab && void browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tabId=${tab.id}`) });

  return (
    <div class="bs-root">
      <div class="bs-bar">
        <span class="bs-brand">Backstory</span>
        <span>
          {!full && state.status === 'done' && <button onClick={openFull}>Full report</button>}{' '}
          {tab?.url && /^https?:/.test(tab.url) && state.status !== 'off' && <button onClick={neverHere}>Don’t run on this site</button>}{' '}
          <button onClick={() => void browser.runtime.openOptionsPage()}>Options</button>
        </span>
      </div>
      {state.status === 'done' ? <Report analysis={state.analysis} today={today} ageNoticeMonths={ageMonths} /> : <StateView state={state} onAnalyse={analyseAnyway} />}
    </div>
  );
}
