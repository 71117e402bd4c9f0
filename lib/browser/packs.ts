/** The reader's own packs, kept in storage.local (the `unlimitedStorage` permission lifts its quota). */
import { storage } from 'wxt/utils/storage';
import type { Pack } from '../dataset/schema';
import { validatePack } from '../dataset/schema';

export const userPacksItem = storage.defineItem<Pack[]>('local:userPacks', { fallback: [] });

let cached: Promise<Pack[]> | undefined;
let watching = false;

/**
 * Stored packs, validated once per worker life (and again after a change): one that no longer
 * validates is skipped, never half-used. Every analysis asks for them, so they are not re-read
 * and re-validated each time.
 */
export function loadUserPacks(): Promise<Pack[]> {
  if (!watching) {
    watching = true;
    userPacksItem.watch(() => (cached = undefined));
  }
  return (cached ??= readUserPacks());
}

async function readUserPacks(): Promise<Pack[]> {
  const raw = await userPacksItem.getValue();
  const out: Pack[] = [];
  for (const p of Array.isArray(raw) ? raw : []) {
    const r = validatePack(p);
    if (r.ok) out.push(r.pack);
    else console.warn(`Backstory: a stored pack failed validation and was skipped (${r.issues[0]?.path}: ${r.issues[0]?.message})`);
  }
  return out;
}

async function store(packs: Pack[]): Promise<void> {
  cached = Promise.resolve(packs);
  await userPacksItem.setValue(packs);
}

export async function addUserPack(pack: Pack): Promise<void> {
  await store([...(await loadUserPacks()), pack]);
}

export async function removeUserPack(id: string): Promise<boolean> {
  const packs = await loadUserPacks();
  const kept = packs.filter((p) => p.id !== id);
  if (kept.length === packs.length) return false;
  await store(kept);
  return true;
}

/** Packs highest priority first: the reader's order, then imported ones, then bundled. */
export function orderPacks<T>(items: T[], idOf: (t: T) => string, isBundled: (t: T) => boolean, order: readonly string[]): T[] {
  const rank = (t: T) => {
    const i = order.indexOf(idOf(t));
    return i >= 0 ? i : order.length + (isBundled(t) ? 1 : 0);
  };
  return items.map((t, i) => ({ t, i })).sort((a, b) => rank(a.t) - rank(b.t) || a.i - b.i).map((x) => x.t);
}
