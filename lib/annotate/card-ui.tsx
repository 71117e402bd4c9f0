/**
 * The hover card itself: Preact cards (the popup's components) in an open shadow root, placed with
 * Floating UI. Loaded into the page only when a reader first rests the pointer on a name
 * (entrypoints/hover-ui.ts), so pages where nobody hovers never pay for it.
 */
import { render } from 'preact';
import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import cardCss from '@/components/styles.css?inline';
import hoverCss from './hover.css?inline';
import { OrganizationCard, PersonCard, SourceCard } from '@/components/Cards';
import type { HoverCards, HoverTarget, CardAnalysis } from './hover-types';

function Card({ analysis, target }: { analysis: CardAnalysis; target: HoverTarget }) {
  const person = analysis.people.find((p) => p.id === target.id);
  if (person) return <PersonCard person={person} />;
  const source = analysis.citedSources.find((s) => s.id === target.id);
  if (source) return <SourceCard source={source} people={analysis.people} />;
  const org = analysis.organizations.find((o) => o.id === target.id);
  if (org) return <OrganizationCard org={org} />;
  return (
    <article class="bs-card" data-card="unknown">
      <h3>{target.text}</h3>
      <p class="bs-muted">Named in this article; not in the enabled sources.</p>
    </article>
  );
}

export function mountHoverCards(doc: Document): HoverCards {
  const host = doc.createElement('backstory-card');
  host.style.cssText = 'all: initial; position: fixed; top: 0; left: 0; z-index: 2147483000;';
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`${cardCss}\n${hoverCss}`);
  root.adoptedStyleSheets = [sheet];
  const box = doc.createElement('div');
  box.className = 'bs-root bs-hover';
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-label', 'Backstory card');
  box.hidden = true;
  root.append(box);
  (doc.body ?? doc.documentElement).append(host);
  let shown: HoverTarget | null = null;
  return {
    box,
    show(analysis, target, anchor) {
      if (shown !== target) render(<Card analysis={analysis} target={target} />, box);
      shown = target;
      box.hidden = false;
      box.setAttribute('aria-label', `Backstory card: ${target.text}`);
      void computePosition(anchor, box, { strategy: 'fixed', placement: 'bottom-start', middleware: [offset(6), flip(), shift({ padding: 8 })] }).then(({ x, y }) => {
        Object.assign(box.style, { position: 'fixed', left: `${x}px`, top: `${y}px` });
      });
    },
    hide() {
      shown = null;
      box.hidden = true;
    },
    get visible() {
      return !box.hidden;
    },
    destroy() {
      render(null, box);
      host.remove();
    },
  };
}
