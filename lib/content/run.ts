/**
 * The content script's one job per page: extract (when the page is an article, or when asked),
 * hand the snapshot to the background, then highlight the names it found. Every listener and timer
 * goes through WXT's ctx, so everything stops when the extension is updated or reloaded.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extractArticle } from '../extract/extract';
import { parseToContentMessage, type ContentReply, type ContentTimings } from '../browser/messages';
import { loadSettings } from '../browser/storage';
import { isSiteOff, type Settings } from '../browser/settings';
import { paintHighlights, placeNames, type NameTarget } from '../annotate/highlight';
import { setupHoverCards } from '../annotate/hover';

type Reply = Extract<ContentReply, { ok: true }>['analysis'];

function targetsOf(a: Reply): NameTarget[] {
  const out: NameTarget[] = [];
  for (const p of a.people) for (const m of p.mentions) out.push({ text: m.text, id: p.id, kind: 'person' });
  for (const s of a.citedSources) for (const m of s.mentions) out.push({ text: m.text, id: s.id, kind: 'source' });
  for (const o of a.organizations) for (const m of o.mentions) out.push({ text: m.text, id: o.id, kind: 'organization' });
  for (const u of a.unknownPeople) for (const m of u.mentions) out.push({ text: m.text, id: `unknown:${u.name}`, kind: 'unknown' });
  return out.filter((t) => t.text.length > 1);
}

export interface RunState {
  cleanup: (() => void)[];
}

async function analyseAndAnnotate(ctx: ContentScriptContext, settings: Settings, force: boolean, state: RunState): Promise<void> {
  const t0 = performance.now();
  const result = extractArticle(document, location.href, { force });
  const extract = performance.now() - t0;
  if (!result.ok) {
    await browser.runtime.sendMessage({ type: 'not-article', url: location.href.slice(0, 4096) });
    return;
  }
  const reply = (await browser.runtime.sendMessage({ type: 'article', snapshot: result.snapshot })) as ContentReply | undefined;
  if (!reply?.ok || ctx.isInvalid) return;
  for (const c of state.cleanup.splice(0)) c();
  if (!settings.highlights) return;
  const t1 = performance.now();
  const placed = placeNames(document, targetsOf(reply.analysis), result.snapshot.text);
  state.cleanup.push(paintHighlights(document, placed));
  const annotate = performance.now() - t1;
  if (settings.hoverCards) state.cleanup.push(await setupHoverCards(ctx, placed, reply.analysis));
  const timings: ContentTimings = { extract, readability: result.readabilityMs, annotate, total: extract + annotate };
  await browser.runtime.sendMessage({ type: 'timings', timings });
}

export async function runContent(ctx: ContentScriptContext): Promise<void> {
  const state: RunState = { cleanup: [] };
  ctx.onInvalidated(() => state.cleanup.splice(0).forEach((c) => c()));
  let settings = await loadSettings();
  const quietly = (force: boolean) =>
    analyseAndAnnotate(ctx, settings, force, state).catch(() => {
      /* a failure of ours must never reach the page's console */
    });
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (ctx.isInvalid || !parseToContentMessage(message).success) return undefined;
    return loadSettings().then((s) => {
      settings = s;
      return quietly(true).then(() => ({ ok: true }));
    });
  });
  if (!settings.autoRun || isSiteOff(location.hostname, settings.neverRunOn)) return;
  ctx.requestIdleCallback(() => void quietly(false), { timeout: 2000 });
}
