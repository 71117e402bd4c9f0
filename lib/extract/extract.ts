/**
 * Article extraction with Readability, on a clone (the page is never touched). Works on any DOM
 * implementation: the browser's in the content script, linkedom's in the CLI and tests.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { ArticleSnapshot } from '../analyze/snapshot';
import { collectDateHints } from './date-hints';
import { NOT_STORY } from './selectors';
import { articleText, type ArticleText } from './text';

import { MAX_ELEMS_TO_PARSE } from './limits';

export { MAX_ELEMS_TO_PARSE };
const MAX_LINKS = 500;

export type ExtractResult =
  | { ok: true; snapshot: ArticleSnapshot; /** Readability's own parse, ms */ readabilityMs: number }
  | { ok: false; reason: ExtractFailure };

/** not-article: it does not look like one; empty: no text found; too-large: over the element limit. */
export type ExtractFailure = 'not-article' | 'empty' | 'too-large';

export function looksLikeArticle(doc: Document): boolean {
  return isProbablyReaderable(doc, { minContentLength: 140, minScore: 20 });
}

function meta(doc: Document, ...keys: string[]): string | null {
  for (const k of keys) {
    const el = doc.querySelector(`meta[property="${k}"], meta[name="${k}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

function canonical(doc: Document, url: string): string | null {
  const href = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, 'og:url');
  if (!href) return null;
  try {
    const u = new URL(href, url);
    return /^https?:$/.test(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}

/** A numeric date standing between separators in the page's title, or ending it. */
function titleDate(doc: Document): string[] {
  const m = /(?:^|[-–—|·][\s\u00A0]*)(\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2})[\s\u00A0]*(?:[-–—|·]|$)/.exec((doc.title ?? '').trim());
  return m ? [m[1]!] : [];
}

/** Extracts the snapshot. `force` skips the is-this-an-article check (the reader asked). */
export function extractArticle(doc: Document, url: string, opts: { force?: boolean } = {}): ExtractResult {
  if (!opts.force && !looksLikeArticle(doc)) return { ok: false, reason: 'not-article' };
  // a cheap count before cloning: a page far over Readability's limit is said to be too large
  if (doc.querySelectorAll('*').length > MAX_ELEMS_TO_PARSE * 3) return { ok: false, reason: 'too-large' };
  // raw date strings only: the background reads them (lib/extract/dates.ts)
  const dateHints = collectDateHints(doc);
  const t0 = performance.now();
  const clone = doc.cloneNode(true) as Document;
  const reader = new Readability<Element>(clone, {
    maxElemsToParse: MAX_ELEMS_TO_PARSE,
    serializer: (el) => el as Element,
  });
  let parsed: ReturnType<typeof reader.parse> = null;
  let tooLarge = false;
  try {
    parsed = reader.parse();
  } catch (e) {
    // Readability refuses documents over maxElemsToParse by throwing
    tooLarge = /Aborting parsing/.test(String(e));
    parsed = null;
  }
  // Readability's own cost: the clone it needs, and its parse
  const readabilityMs = performance.now() - t0;
  if (!parsed?.content) return { ok: false, reason: tooLarge ? 'too-large' : 'empty' };
  const body = articleText(parsed.content);
  if (!body.text.trim()) return { ok: false, reason: 'empty' };
  const byline = authorFromMarkup(doc) ?? (parsed.byline?.trim().slice(0, 500) || null);
  const { text, paragraphs } = withCreditLines(body, creditLines(doc, body.text));
  const links: string[] = [];
  for (const a of Array.from(parsed.content.querySelectorAll('a[href]'))) {
    if (links.length >= MAX_LINKS) break;
    try {
      const u = new URL(a.getAttribute('href')!, url);
      if (/^https?:$/.test(u.protocol) && !links.includes(u.href)) links.push(u.href);
    } catch {
      /* not a URL */
    }
  }
  const lang = (doc.documentElement.getAttribute('lang') ?? parsed.lang ?? meta(doc, 'og:locale'))?.trim().slice(0, 35) || null;
  return {
    ok: true,
    readabilityMs,
    snapshot: {
      url,
      canonicalUrl: canonical(doc, url),
      title: (parsed.title ?? doc.title ?? '').trim().slice(0, 2000),
      byline,
      siteName: (meta(doc, 'og:site_name') ?? parsed.siteName)?.trim().slice(0, 300) || null,
      lang,
      published: null,
      dateHints: {
        ...dateHints,
        generic: parsed.publishedTime ? [...dateHints.generic, parsed.publishedTime.slice(0, 300)] : dateHints.generic,
        // a dateline opening the story ("WASHINGTON, Feb. 23, 2015 --") comes after the page's own date elements
        // …and last, a date set off in the page's title ("Una solución… - 07.12.2017 - LA NACION")
        visible: [...dateHints.visible, text.slice(0, 120), ...titleDate(doc)].slice(-20),
      },
      text,
      paragraphs,
      links,
    },
  };
}

const CREDIT_LINE = /^(?:source|sources|quelle|quellen|fuente|fuentes|with\s+(?:reporting\s+)?(?:input|files)\s+from|reporting\s+by|additional\s+reporting\s+by)\s*[:\-–—]\s*\S.{0,100}$/iu;
const ARTICLE_SCOPE = 'article, main, [role="main"], [itemprop="articleBody"]';

/**
 * "Source: Iran Daily" lines that Readability leaves out because they sit beside the body, still
 * inside the article: they say whose copy this is.
 */
function creditLines(doc: Document, text: string): string[] {
  const out: string[] = [];
  let n = 0;
  // only inside the article's container, and only small elements (textContent of a big one is costly)
  for (const el of Array.from(doc.querySelectorAll(ARTICLE_SCOPE.split(', ').map((sc) => `${sc} :is(p, div, span, footer, small, em)`).join(', ')))) {
    if (++n > 2_000 || out.length >= 3) break;
    if (el.childElementCount > 3) continue;
    const raw = el.textContent ?? '';
    if (raw.length > 400) continue;
    const line = raw.replace(/[\s\u00A0]+/g, ' ').trim();
    if (line.length > 120 || !CREDIT_LINE.test(line) || text.includes(line) || out.includes(line)) continue;
    if (!el.closest(ARTICLE_SCOPE) || el.closest(NOT_STORY)) continue;
    out.push(line);
  }
  return out;
}

/**
 * The story's author as the page marks it up (schema.org `itemprop="author"`, outside sidebars and
 * related links), which Readability's guess can miss for a related story's author.
 */
function authorFromMarkup(doc: Document): string | null {
  let n = 0;
  for (const el of Array.from(doc.querySelectorAll('[itemprop~="author"]'))) {
    if (++n > 20) break;
    if (el.closest(NOT_STORY)) continue;
    const name = (el.querySelector('[itemprop~="name"]') ?? el).textContent?.replace(/[\s\u00A0]+/g, ' ').trim() ?? '';
    if (name && name.length <= 100) return name;
  }
  return null;
}

function withCreditLines(body: ArticleText, lines: string[]): ArticleText {
  let text = body.text;
  const paragraphs = [...body.paragraphs];
  for (const line of lines) {
    text += '\n\n';
    paragraphs.push([text.length, text.length + line.length]);
    text += line;
  }
  return { text, paragraphs };
}
