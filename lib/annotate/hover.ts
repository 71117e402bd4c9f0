/**
 * The content script's side of hover cards: hit-testing the pointer against the placed names by
 * caret position (throttled to animation frames), Escape and pointer-leave to close, stepping
 * through names from the keyboard. The card UI itself is loaded on first use.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { indexByNode, nameAt, type PlacedName } from './highlight';
import { HOVER_UI_GLOBAL, type CardAnalysis, type HoverCards, type MountHoverCards } from './hover-types';

type CaretDoc = Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };

/** The text position under a point (Chromium 128+, Firefox); null where the page broke the API. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  try {
    const p = (doc as CaretDoc).caretPositionFromPoint?.(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  } catch {
    return null;
  }
}

function rangeOf(p: PlacedName): Range {
  const r = document.createRange();
  r.setStart(p.node, p.start);
  r.setEnd(p.node, p.end);
  return r;
}

async function loadCardUi(): Promise<MountHoverCards | null> {
  const g = globalThis as Record<string, unknown>;
  if (typeof g[HOVER_UI_GLOBAL] !== 'function') await browser.runtime.sendMessage({ type: 'load-card-ui' });
  return typeof g[HOVER_UI_GLOBAL] === 'function' ? (g[HOVER_UI_GLOBAL] as MountHoverCards) : null;
}

export interface HoverControl {
  /** opens the card of the next (or previous) name and scrolls it into view */
  step(direction: 1 | -1): Promise<void>;
  destroy(): void;
}

/** Hit-testing cost, reported every 100 pointer moves (mean and worst, ms) for `npm run bench`. */
export type HitStats = (mean: number, max: number) => void;

export function setupHoverCards(ctx: ContentScriptContext, placed: PlacedName[], analysis: CardAnalysis, onStats?: HitStats): HoverControl {
  const byNode = indexByNode(placed);
  let cards: HoverCards | null = null;
  let loading: Promise<HoverCards | null> | null = null;
  let current: PlacedName | undefined;
  let hideTimer = 0;
  let frame = 0;
  let lastX = 0, lastY = 0;
  let cursor = -1;

  const ui = () =>
    (loading ??= loadCardUi().then((mount) => {
      if (!mount || ctx.isInvalid) return null;
      cards = mount(document);
      cards.box.addEventListener('pointerenter', () => clearTimeout(hideTimer));
      cards.box.addEventListener('pointerleave', () => scheduleHide());
      return cards;
    }));
  const hide = () => {
    current = undefined;
    cards?.hide();
  };
  const scheduleHide = () => {
    clearTimeout(hideTimer);
    hideTimer = ctx.setTimeout(hide, 300);
  };
  const show = async (p: PlacedName) => {
    clearTimeout(hideTimer);
    if (current === p && cards?.visible) return;
    current = p;
    const c = await ui();
    if (!c || current !== p) return;
    const r = rangeOf(p);
    c.show(analysis, { id: p.target.id, text: p.target.text }, { getBoundingClientRect: () => r.getBoundingClientRect(), getClientRects: () => r.getClientRects() });
  };
  let tests = 0, spent = 0, worst = 0;
  const test = () => {
    frame = 0;
    const t0 = performance.now();
    hitTest();
    const dt = performance.now() - t0;
    spent += dt;
    worst = Math.max(worst, dt);
    if (++tests % 100 === 0) {
      onStats?.(spent / 100, worst);
      spent = worst = 0;
    }
  };
  const hitTest = () => {
    const caret = caretAt(document, lastX, lastY);
    const hit = caret ? nameAt(placed, byNode, caret.node, caret.offset) : undefined;
    if (hit) {
      // the caret lands beside a word near its edge: check the pointer is really over it
      const b = rangeOf(hit).getBoundingClientRect();
      if (lastX >= b.left - 1 && lastX <= b.right + 1 && lastY >= b.top - 1 && lastY <= b.bottom + 1) return void show(hit);
    }
    if (current) scheduleHide();
  };
  ctx.addEventListener(document, 'pointermove', (e: PointerEvent) => {
    lastX = e.clientX;
    lastY = e.clientY;
    if (!frame) frame = ctx.requestAnimationFrame(test);
  }, { passive: true, capture: true });
  ctx.addEventListener(document, 'keydown', (e: KeyboardEvent) => {
    if (e.key === 'Escape' && cards?.visible) hide();
  }, { capture: true });
  return {
    async step(direction) {
      if (!placed.length) return;
      cursor = (cursor + direction + placed.length) % placed.length;
      const p = placed[cursor]!;
      p.node.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
      await show(p);
      cards?.box.focus?.();
    },
    destroy() {
      clearTimeout(hideTimer);
      cards?.destroy();
    },
  };
}
