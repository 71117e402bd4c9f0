/** Where things are kept: settings in storage.sync, per-tab results in storage.session. */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, SETTINGS_MIGRATIONS, SETTINGS_VERSION, validateSettings, type Settings } from './settings';
import type { TabState } from './messages';

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS as Record<number, (old: unknown) => unknown>,
});

export async function loadSettings(): Promise<Settings> {
  const { settings, reset } = validateSettings(await settingsItem.getValue());
  if (reset.length) console.warn(`Backstory: settings ${reset.join(', ')} were invalid and reset to defaults`);
  return settings;
}

const tabKey = (tabId: number) => `session:tab:${tabId}` as const;

export async function getTabState(tabId: number): Promise<TabState> {
  return (await storage.getItem<TabState>(tabKey(tabId))) ?? { status: 'none' };
}

export async function setTabState(tabId: number, state: TabState): Promise<void> {
  await storage.setItem(tabKey(tabId), state);
}

export async function clearTabState(tabId: number): Promise<void> {
  await storage.removeItem(tabKey(tabId));
}
