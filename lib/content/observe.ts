/**
 * Living pages: one MutationObserver on the article's root. The callback only notes that something
 * changed; the work (a new analysis) runs later, batched, a bounded number of times.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const QUIET_MS = 1500;
const MAX_RERUNS = 10;

/** The nearest element containing every given node (the article's root in the live page). */
export function commonAncestor(nodes: Node[]): Element | null {
  let root: Element | null = nodes[0]?.parentElement ?? null;
  for (const n of nodes.slice(1)) {
    while (root && !root.contains(n)) root = root.parentElement;
    if (!root) return null;
  }
  return root;
}

/** Calls `rerun` after the content under `root` changed and then stayed quiet for a moment. */
export function watchArticle(ctx: ContentScriptContext, root: Element, rerun: () => void): () => void {
  let timer = 0;
  let runs = 0;
  const observer = new MutationObserver((records) => {
    // our own card host never counts as a change of the article
    if (records.every((r) => (r.target as Element).localName === 'backstory-card' || [...r.addedNodes, ...r.removedNodes].every((n) => n.nodeName === 'BACKSTORY-CARD'))) return;
    clearTimeout(timer);
    timer = ctx.setTimeout(() => {
      if (++runs > MAX_RERUNS) return observer.disconnect();
      rerun();
    }, QUIET_MS);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return () => {
    clearTimeout(timer);
    observer.disconnect();
  };
}
