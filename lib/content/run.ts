/**
 * The content script's one job per page: ask the background whether to run here, extract (when
 * the page is an article, or when the reader asks), hand the snapshot over, then highlight the
 * names found. Every listener and timer goes through WXT's ctx, so everything stops when the
 * extension is updated or reloaded. Nothing of ours ever reaches the page's console.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extractArticle } from '../extract/extract';
import type { ContentReply, ContentTimings, RunPolicy } from '../browser/messages';
import { paintHighlights, placeNames, type NameTarget } from '../annotate/highlight';
import { setupHoverCards, type HoverControl } from '../annotate/hover';
import type { CardAnalysis } from '../annotate/hover-types';
import { commonAncestor, watchArticle } from './observe';

function targetsOf(a: CardAnalysis): NameTarget[] {
  const out: NameTarget[] = [];
  for (const p of a.people) for (const m of p.mentions) out.push({ text: m.text, id: p.id, kind: 'person' });
  for (const s of a.citedSources) for (const m of s.mentions) out.push({ text: m.text, id: s.id, kind: 'source' });
  for (const o of a.organizations) for (const m of o.mentions) out.push({ text: m.text, id: o.id, kind: 'organization' });
  for (const u of a.unknownPeople) for (const m of u.mentions) out.push({ text: m.text, id: `unknown:${u.name}`, kind: 'unknown' });
  return out.filter((t) => t.text.length > 1);
}

interface State {
  cleanup: (() => void)[];
  hover: HoverControl | null;
}

async function analyseAndAnnotate(ctx: ContentScriptContext, policy: RunPolicy, force: boolean, state: State): Promise<void> {
  const t0 = performance.now();
  const result = extractArticle(document, location.href, { force });
  const extract = performance.now() - t0;
  if (!result.ok) {
    await browser.runtime.sendMessage({ type: 'not-article', url: location.href.slice(0, 4096), reason: result.reason });
    return;
  }
  const reply = (await browser.runtime.sendMessage({ type: 'article', snapshot: result.snapshot })) as ContentReply | undefined;
  if (!reply?.ok || ctx.isInvalid) return;
  for (const c of state.cleanup.splice(0)) c();
  state.hover = null;
  if (!policy.highlights) return;
  const t1 = performance.now();
  const placed = placeNames(document, targetsOf(reply.analysis), result.snapshot.text);
  state.cleanup.push(paintHighlights(document, placed));
  if (policy.hoverCards) {
    const hover = setupHoverCards(ctx, placed, reply.analysis, (hitTest, hitTestMax) => {
      void browser.runtime.sendMessage({ type: 'timings', timings: { hitTest, hitTestMax } }).catch(() => {});
    });
    state.hover = hover;
    state.cleanup.push(() => hover.destroy());
  }
  const annotate = performance.now() - t1;
  const root = commonAncestor(placed.map((p) => p.node));
  if (root && root !== document.body && root !== document.documentElement)
    state.cleanup.push(watchArticle(ctx, root, () => void analyseAndAnnotate(ctx, policy, force, state).catch(() => {})));
  const timings: ContentTimings = { extract, readability: result.readabilityMs, annotate, total: extract + annotate };
  await browser.runtime.sendMessage({ type: 'timings', timings });
}

const typeOf = (m: unknown) => (m && typeof m === 'object' && typeof (m as { type?: unknown }).type === 'string' ? (m as { type: string }).type : null);

export async function runContent(ctx: ContentScriptContext): Promise<void> {
  const state: State = { cleanup: [], hover: null };
  ctx.onInvalidated(() => state.cleanup.splice(0).forEach((c) => c()));
  let policy = (await browser.runtime.sendMessage({ type: 'hello' })) as RunPolicy | undefined;
  if (!policy || ctx.isInvalid) return;
  const quietly = (force: boolean) => analyseAndAnnotate(ctx, policy!, force, state).catch(() => {});
  // only the extension itself can send these (runtime messages never come from the page)
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (ctx.isInvalid) return undefined;
    const type = typeOf(message);
    if (type === 'extract-now')
      return (browser.runtime.sendMessage({ type: 'hello' }) as Promise<RunPolicy>).then((p) => {
        policy = { ...p, run: true };
        return quietly(true).then(() => ({ ok: true }));
      });
    if (type === 'step-name') return (state.hover?.step((message as { direction?: number }).direction === -1 ? -1 : 1) ?? Promise.resolve()).then(() => ({ ok: true }));
    return undefined;
  });
  if (!policy.run) return;
  ctx.requestIdleCallback(() => void quietly(false), { timeout: 2000 });
  // single-page apps: a new article at a new address
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    for (const c of state.cleanup.splice(0)) c();
    state.hover = null;
    ctx.requestIdleCallback(() => void quietly(false), { timeout: 2000 });
  });
}
