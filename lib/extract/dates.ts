/** Publication dates: from machine-readable metadata, else from a visible dateline. */

/** Month names and abbreviations in English, French, German and Spanish, one pattern per month. */
const MONTH_NAMES = [
  'jan(?:uary|vier|v|uar)?|jänner|enero|ene',
  'feb(?:ruary|ruar|rero)?|f[ée]v(?:rier|r)?',
  'mar(?:ch|s|zo)?|m(?:ä|ae)rz',
  'apr(?:il)?|avr(?:il)?|abr(?:il)?',
  'may(?:o)?|mai',
  'june?|juin|juni(?:o)?',
  'july?|juil(?:let)?|juli(?:o)?',
  'aug(?:ust)?|ao[uû]t|agosto|ago',
  'sept?(?:ember|embre|iembre)?|setiembre',
  'oct(?:ober|obre|ubre)?|okt(?:ober)?',
  'nov(?:ember|embre|iembre)?',
  'dec(?:ember)?|d[ée]c(?:embre)?|dez(?:ember)?|dic(?:iembre)?',
];
const MONTH_RES = MONTH_NAMES.map((m) => new RegExp(`^(?:${m})$`, 'iu'));
const monthOf = (name: string) => MONTH_RES.findIndex((re) => re.test(name)) + 1;
const MONTH = `(${MONTH_NAMES.join('|')})\\.?`;

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const PATTERNS: [RegExp, (m: RegExpExecArray) => string | null][] = [
  // 2022-01-19, 2022-01-19T13:57:00+03:30, 2022/01/19
  [/\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/, (m) => valid(+m[1]!, +m[2]!, +m[3]!)],
  // 19 January 2022, 19. Januar 2022, 19 de enero de 2022, 1er janvier 2022
  [new RegExp(`\\b(\\d{1,2})(?:er|st|nd|rd|th)?\\.?\\s+(?:de\\s+)?${MONTH}\\s+(?:de\\s+|del\\s+)?(\\d{4})\\b`, 'iu'), (m) => valid(+m[3]!, monthOf(m[2]!), +m[1]!)],
  // January 19, 2022 / Jan. 19 2022
  [new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'iu'), (m) => valid(+m[3]!, monthOf(m[1]!), +m[2]!)],
  // 2016年10月14日 (Chinese, Japanese), 2016년 10월 14일 (Korean)
  [/(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/u, (m) => valid(+m[1]!, +m[2]!, +m[3]!)],
  // 19.01.2022 / 19/01/2022 (day first, as in most of the world; US month-first only when day > 12)
  [/\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/, (m) => (+m[2]! > 12 ? valid(+m[3]!, +m[1]!, +m[2]!) : valid(+m[3]!, +m[2]!, +m[1]!))],
];

/** The first calendar date written in `s`, as YYYY-MM-DD. */
export function parseDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const text = s.slice(0, 400);
  let best: { at: number; date: string } | null = null;
  for (const [re, make] of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const date = make(m);
    if (date && (!best || m.index < best.at)) best = { at: m.index, date };
  }
  return best?.date ?? null;
}

const META_NAMES = 'article:published_time og:article:published_time datepublished date pubdate publishdate publish-date publish_date dc.date dc.date.issued dcterms.created dcterms.date sailthru.date parsely-pub-date article.published originalpublicationdate cxenseparse:recs:publishtime displaydate'.split(' ');

/** From <meta>, JSON-LD, or <time> inside the page; the first that parses wins. */
export function metadataDate(doc: Document): string | null {
  const metas = Array.from(doc.querySelectorAll('meta[property],meta[name],meta[itemprop]'));
  const meta = (name: string) => {
    for (const el of metas) {
      const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
      const d = key === name ? parseDate(el.getAttribute('content')) : null;
      if (d) return d;
    }
    return null;
  };
  // the properties that say "published" outright come first; generic ones ("date") may be updates
  const explicit = [meta('article:published_time'), meta('og:article:published_time'), meta('datepublished'), jsonLdDate(doc), itempropDate(doc)].filter((d): d is string => !!d);
  if (explicit.length) return earliestClose(explicit);
  for (const name of META_NAMES) {
    const d = meta(name);
    if (d) return d;
  }
  return null;
}

function itempropDate(doc: Document): string | null {
  for (const el of Array.from(doc.querySelectorAll('[itemprop="datePublished"]'))) {
    const d = parseDate(el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent);
    if (d) return d;
  }
  return null;
}

/**
 * Several sources of one date that differ by a day or two (time zones, a later update stamped as
 * "published"): the earliest. Far apart: the first, in order of trust.
 */
export function earliestClose(dates: string[]): string {
  const first = dates[0]!;
  const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
  const close = dates.filter((d) => Math.abs(day(d) - day(first)) <= 3);
  return close.sort()[0]!;
}

function jsonLdDate(doc: Document): string | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const stack: unknown[] = [data];
    let guard = 0;
    while (stack.length && guard++ < 500) {
      const node = stack.pop();
      if (Array.isArray(node)) stack.push(...node);
      else if (node && typeof node === 'object') {
        const rec = node as Record<string, unknown>;
        const d = typeof rec.datePublished === 'string' ? parseDate(rec.datePublished) : null;
        if (d) return d;
        if (rec['@graph']) stack.push(rec['@graph']);
        if (rec.mainEntity) stack.push(rec.mainEntity);
      }
    }
  }
  return null;
}

const DATELINE_SELECTOR = 'time, [class*="date" i], [class*="time" i], [class*="publish" i], [class*="posted" i], [class*="dateline" i], [id*="date" i], [class*="meta" i], [class*="byline" i]';
const OUTSIDE = 'nav, aside, footer, [role="navigation"], [role="complementary"], [class*="sidebar" i], [class*="related" i], [class*="comment" i]';

/** A visible dateline such as "19 January 2022 | 13:57", outside navigation and sidebars. */
export function visibleDate(doc: Document): string | null {
  let n = 0;
  for (const el of Array.from(doc.querySelectorAll(DATELINE_SELECTOR))) {
    if (n++ > 200) break;
    if (el.closest(OUTSIDE)) continue;
    const d = parseDate(el.getAttribute('datetime')) ?? parseDate((el.textContent ?? '').slice(0, 200));
    if (d) return d;
  }
  return null;
}

/** A date written into the article's address: /2015/03/18/, -20190520/, ?a=20170309-… (last resort). */
export function urlDate(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    const u = new URL(url);
    path = u.pathname + u.search;
  } catch {
    return null;
  }
  const slashed = /(?:^|\/)((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=\/|$|[-_])/.exec(path);
  if (slashed) return valid(+slashed[1]!, +slashed[2]!, +slashed[3]!);
  const compact = /(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)/.exec(path);
  return compact ? valid(+compact[1]!, +compact[2]!, +compact[3]!) : null;
}
