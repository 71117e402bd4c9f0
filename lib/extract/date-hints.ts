/**
 * The content script's part of dating an article: gather the raw strings (metadata, JSON-LD,
 * visible datelines). Reading them (./dates.ts) happens in the background, keeping the content
 * script small.
 */
import type { DateHints } from './dates';
import { NOT_STORY } from './selectors';

const GENERIC = 'date pubdate publishdate publish-date publish_date dc.date dc.date.issued dcterms.created dcterms.date sailthru.date parsely-pub-date article.published originalpublicationdate cxenseparse:recs:publishtime displaydate'.split(' ');
const EXPLICIT = ['article:published_time', 'og:article:published_time', 'datepublished'];
const DATELINE = 'time, [class*="date" i], [class*="time" i], [class*="publish" i], [class*="posted" i], [class*="dateline" i], [id*="date" i], [class*="meta" i], [class*="byline" i]';
const MAX = 20;
const cut = (s: string | null | undefined) => (s ?? '').trim().slice(0, 300);

function jsonLdDates(doc: Document): string[] {
  const out: string[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      // some sites wrap their JSON-LD in CDATA markers
      data = JSON.parse((script.textContent ?? '').replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>\s*$/g, ''));
    } catch {
      continue;
    }
    const stack: unknown[] = [data];
    for (let guard = 0; stack.length && guard < 500; guard++) {
      const node = stack.pop();
      if (Array.isArray(node)) stack.push(...node);
      else if (node && typeof node === 'object') {
        const rec = node as Record<string, unknown>;
        if (typeof rec.datePublished === 'string') out.push(cut(rec.datePublished));
        // every nested object: @graph, mainEntity, and whatever else a site nests its article in
        for (const v of Object.values(rec)) if (v && typeof v === 'object') stack.push(v);
      }
    }
  }
  return out;
}

export function collectDateHints(doc: Document): DateHints {
  const metas = new Map<string, string[]>();
  for (const el of Array.from(doc.querySelectorAll('meta[property],meta[name],meta[itemprop]'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
    const content = cut(el.getAttribute('content'));
    if (content) metas.set(key, [...(metas.get(key) ?? []), content]);
  }
  const explicit = [
    ...EXPLICIT.flatMap((k) => metas.get(k) ?? []),
    ...jsonLdDates(doc),
    ...Array.from(doc.querySelectorAll('[itemprop="datePublished"]')).map((el) => cut(el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent)),
  ];
  const generic = GENERIC.flatMap((k) => metas.get(k) ?? []);
  const visible: string[] = [];
  let n = 0;
  for (const el of Array.from(doc.querySelectorAll(DATELINE))) {
    if (n++ > 200 || visible.length >= MAX) break;
    if (el.closest(NOT_STORY)) continue;
    const dt = cut(el.getAttribute('datetime'));
    if (dt) visible.push(dt);
    const text = cut(el.textContent?.slice(0, 200));
    if (text && /\d/.test(text)) visible.push(text);
  }
  return { explicit: explicit.filter(Boolean).slice(0, MAX), generic: generic.slice(0, MAX), visible: visible.slice(0, MAX) };
}
