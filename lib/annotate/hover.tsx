/**
 * Hover cards: hit-testing by caret position (throttled to animation frames), the card rendered
 * with the popup's components inside a shadow root, placed with Floating UI.
 */
import { render } from 'preact';
import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentReply } from '../browser/messages';
import { indexByNode, nameAt, type PlacedName } from './highlight';
import { OrganizationCard, PersonCard, SourceCard } from '@/components/Cards';

type Reply = Extract<ContentReply, { ok: true }>['analysis'];

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null; caretRangeFromPoint?: (x: number, y: number) => Range | null };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

function Card({ analysis, placed }: { analysis: Reply; placed: PlacedName }) {
  const id = placed.target.id;
  const person = analysis.people.find((p) => p.id === id);
  if (person) return <PersonCard person={person} />;
  const source = analysis.citedSources.find((s) => s.id === id);
  if (source) return <SourceCard source={source} people={analysis.people} />;
  const org = analysis.organizations.find((o) => o.id === id);
  if (org) return <OrganizationCard org={org} />;
  return (
    <article class="bs-card" data-card="unknown">
      <h3>{placed.target.text}</h3>
      <p class="bs-muted">Named in this article; not in the enabled sources.</p>
    </article>
  );
}

export async function setupHoverCards(ctx: ContentScriptContext, placed: PlacedName[], analysis: Reply): Promise<() => void> {
  if (!placed.length) return () => {};
  const byNode = indexByNode(placed);
  let current: PlacedName | undefined;
  let hideTimer: number | undefined;
  let frame = 0;
  let lastX = 0, lastY = 0;

  const ui = await createShadowRootUi(ctx, {
    name: 'backstory-card',
    position: 'overlay',
    anchor: 'body',
    zIndex: 2147483000,
    onMount(container) {
      const box = document.createElement('div');
      box.className = 'bs-root bs-hover';
      box.setAttribute('role', 'dialog');
      box.setAttribute('aria-label', 'Backstory card');
      box.hidden = true;
      container.append(box);
      box.addEventListener('pointerenter', () => window.clearTimeout(hideTimer));
      box.addEventListener('pointerleave', () => scheduleHide());
      return box;
    },
    onRemove(box) {
      if (box) render(null, box);
    },
  });
  ui.mount();
  const box = ui.mounted as HTMLDivElement;

  const hide = () => {
    current = undefined;
    box.hidden = true;
  };
  const scheduleHide = () => {
    window.clearTimeout(hideTimer);
    hideTimer = ctx.setTimeout(hide, 300);
  };
  const show = (p: PlacedName) => {
    window.clearTimeout(hideTimer);
    if (current === p && !box.hidden) return;
    current = p;
    render(<Card analysis={analysis} placed={p} />, box);
    box.hidden = false;
    const range = document.createRange();
    range.setStart(p.node, p.start);
    range.setEnd(p.node, p.end);
    const reference = { getBoundingClientRect: () => range.getBoundingClientRect(), getClientRects: () => range.getClientRects() };
    void computePosition(reference, box, { strategy: 'fixed', placement: 'bottom-start', middleware: [offset(6), flip(), shift({ padding: 8 })] }).then(({ x, y }) => {
      Object.assign(box.style, { position: 'fixed', left: `${x}px`, top: `${y}px` });
    });
  };
  const test = () => {
    frame = 0;
    const caret = caretAt(document, lastX, lastY);
    const hit = caret ? nameAt(placed, byNode, caret.node, caret.offset) : undefined;
    if (hit) show(hit);
    else if (current) scheduleHide();
  };
  ctx.addEventListener(document, 'pointermove', (e: PointerEvent) => {
    lastX = e.clientX;
    lastY = e.clientY;
    if (!frame) frame = ctx.requestAnimationFrame(test);
  }, { passive: true });
  ctx.addEventListener(document, 'keydown', (e: KeyboardEvent) => {
    if (e.key === 'Escape' && current) hide();
  });
  return () => ui.remove();
}
