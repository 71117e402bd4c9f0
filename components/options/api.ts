/** The options page's calls to the background (which owns packs and validation). */
import { browser } from 'wxt/browser';
import type { ImportReply, PackInfo } from '@/lib/browser/messages';

const send = <T,>(message: unknown) => browser.runtime.sendMessage(message) as Promise<T>;

export const api = {
  listPacks: () => send<PackInfo[]>({ type: 'list-packs' }),
  importPack: (text: string) => send<ImportReply>({ type: 'import-pack', text }),
  removePack: (id: string) => send<{ ok: boolean }>({ type: 'remove-pack', id }),
  exportPack: (id: string) => send<{ ok: true; text: string } | { ok: false; error: string }>({ type: 'export-pack', id }),
  setPackOrder: (ids: string[]) => send<{ ok: boolean }>({ type: 'set-pack-order', ids }),
  refreshTabs: () => send<{ ok: boolean }>({ type: 'refresh-tabs' }),
};

/** Saves text as a file through a temporary object URL (no network). */
export function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
