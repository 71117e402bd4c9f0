/**
 * Highlights over the page's own text nodes with the CSS Custom Highlight API: no element is
 * added around a name and no text node is changed. Only text that belongs to the extracted article
 * is considered (navigation, sidebars and footers stay untouched).
 */

export type HighlightKind = 'person' | 'source' | 'unknown' | 'organization';

export interface NameTarget {
  /** the surface form as it appears in the article */
  text: string;
  id: string;
  kind: HighlightKind;
}

export interface PlacedName {
  node: Text;
  start: number;
  end: number;
  target: NameTarget;
}

const SKIP = `script, style, noscript, template, textarea, input, select, header, [contenteditable=""], [contenteditable="true"], [aria-hidden="true"], ${NOT_STORY}`;
import { NOT_STORY } from '../extract/selectors';

const BLOCK = 'p, li, blockquote, h1, h2, h3, h4, h5, h6, td, dd, figcaption, div, section, article';
const MAX_NODES = 100_000;
const MAX_PLACED = 3_000;
const MAX_FORMS = 2_000;

const collapse = (s: string) => s.replace(/[\s\u00A0]+/g, ' ').trim();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Finds where each name stands in the live page. Pure DOM reading: nothing is modified. */
export function placeNames(doc: Document, targets: NameTarget[], articleText: string): PlacedName[] {
  if (!targets.length || !doc.body) return [];
  const byText = new Map<string, NameTarget>();
  // longest first, so "Vladimir Putin" wins over "Putin"; at most MAX_FORMS forms in one pattern
  for (const t of [...targets].sort((a, b) => b.text.length - a.text.length)) if (!byText.has(t.text) && byText.size < MAX_FORMS) byText.set(t.text, t);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...byText.keys()].map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const article = collapse(articleText);
  // the article's paragraphs, for an exact lookup before the (costlier) substring test
  const paragraphs = new Set(articleText.split(/\n+/).map(collapse));
  const blockOk = new Map<Element, boolean>();
  const inArticle = (el: Element | null): boolean => {
    const block = el?.closest(BLOCK);
    if (!block) return false;
    let ok = blockOk.get(block);
    if (ok === undefined) {
      const raw = block.textContent ?? '';
      // a big container is not one paragraph of the story; its own paragraphs are tested instead
      if (raw.length > 5_000) ok = false;
      else {
        const text = collapse(raw);
        ok = text.length > 0 && (paragraphs.has(text) || (text.length <= article.length && article.includes(text)));
      }
      blockOk.set(block, ok);
    }
    return ok;
  };
  const placed: PlacedName[] = [];
  const skipped = new Map<Element, boolean>();
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  let seen = 0;
  for (let n = walker.nextNode(); n && seen < MAX_NODES && placed.length < MAX_PLACED; n = walker.nextNode()) {
    seen++;
    const node = n as Text;
    const data = node.data;
    if (data.length < 2) continue;
    // the cheap test first: most text nodes name nobody; the costlier checks only where one does
    pattern.lastIndex = 0;
    let m = pattern.exec(data);
    if (!m) continue;
    const parent = node.parentElement;
    if (!parent) continue;
    let skip = skipped.get(parent);
    if (skip === undefined) skipped.set(parent, (skip = !!parent.closest(SKIP) || !inArticle(parent)));
    if (skip) continue;
    for (; m; m = pattern.exec(data)) placed.push({ node, start: m.index, end: m.index + m[0].length, target: byText.get(m[0])! });
  }
  return placed;
}

export const HIGHLIGHT_NAMES: Record<HighlightKind, string> = {
  person: 'backstory-person',
  source: 'backstory-source',
  organization: 'backstory-org',
  unknown: 'backstory-unknown',
};

/** Registers the highlights; returns a function that removes them. Degrades to none. */
export function paintHighlights(doc: Document, placed: PlacedName[]): () => void {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const registry = win?.CSS?.highlights;
  const HighlightCtor = win?.Highlight;
  if (!registry || typeof HighlightCtor !== 'function' || !placed.length) return () => {};
  const groups = new Map<string, Range[]>();
  for (const p of placed) {
    const r = doc.createRange();
    r.setStart(p.node, p.start);
    r.setEnd(p.node, p.end);
    const name = HIGHLIGHT_NAMES[p.target.kind];
    (groups.get(name) ?? groups.set(name, []).get(name)!).push(r);
  }
  for (const [name, ranges] of groups) registry.set(name, new HighlightCtor(...ranges));
  const u = 'text-decoration:underline;text-underline-offset:3px;text-decoration-color:';
  const css =
    `::highlight(backstory-person){background:#fc04;${u}#a60;text-decoration-style:dotted}` +
    `::highlight(backstory-source){background:#f803;${u}#b50}` +
    `::highlight(backstory-org){${u}#36c;text-decoration-style:dotted}` +
    `::highlight(backstory-unknown){${u}#888;text-decoration-style:dotted}`;
  const removeStyle = adoptStyle(doc, css);
  return () => {
    for (const name of groups.keys()) registry.delete(name);
    removeStyle();
  };
}

/** The name under a caret position, if any. */
export function nameAt(placed: PlacedName[], byNode: Map<Node, PlacedName[]>, node: Node | null, offset: number): PlacedName | undefined {
  if (!node) return undefined;
  return byNode.get(node)?.find((p) => offset >= p.start && offset < p.end);
}

export function indexByNode(placed: PlacedName[]): Map<Node, PlacedName[]> {
  const m = new Map<Node, PlacedName[]>();
  for (const p of placed) (m.get(p.node) ?? m.set(p.node, []).get(p.node)!).push(p);
  return m;
}

/**
 * Page-scope styles for ::highlight() without adding an element: a constructed stylesheet in
 * document.adoptedStyleSheets. Where that is missing, no style (and no highlight) rather than a
 * <style> element in someone else's page.
 */
function adoptStyle(doc: Document, css: string): () => void {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  try {
    if (win && 'adoptedStyleSheets' in doc && typeof win.CSSStyleSheet === 'function') {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(css);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      return () => {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      };
    }
  } catch {
    /* no styles */
  }
  return () => {};
}
