import { render } from 'preact';
import { Popup } from '@/components/Popup';
import '@/components/styles.css';
import './popup.css';

const tabParam = new URLSearchParams(location.search).get('tabId');
const tabId = tabParam !== null && /^\d+$/.test(tabParam) ? Number(tabParam) : null;
render(<Popup tabId={tabId} full={tabId !== null} />, document.getElementById('app')!);
