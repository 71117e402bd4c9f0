import { render } from 'preact';
import { Popup, targetTab } from '@/components/Popup';
import { getTabState, loadSettings } from '@/lib/browser/storage';
import '@/components/styles.css';
import './popup.css';

const tabParam = new URLSearchParams(location.search).get('tabId');
const tabId = tabParam !== null && /^\d+$/.test(tabParam) ? Number(tabParam) : null;
// start reading before the first render: effects run only after the first paint
const early = { tab: targetTab(tabId), state: tabId !== null ? getTabState(tabId) : null, settings: loadSettings() };
render(<Popup tabId={tabId} full={tabId !== null} early={early} />, document.getElementById('app')!);
