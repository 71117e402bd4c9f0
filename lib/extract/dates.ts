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

/** Raw date strings from a page, gathered by the content script (./date-hints.ts), read here. */
export interface DateHints {
  /** properties that say "published": article:published_time, JSON-LD datePublished, itemprop … */
  explicit: string[];
  /** generic date metadata ("date", "dc.date", …), in order of trust */
  generic: string[];
  /** visible datelines outside navigation and sidebars, in page order */
  visible: string[];
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

/** Machine-readable publication metadata first, then generic date metadata, then a visible dateline, then the URL. */
export function resolvePublished(h: DateHints | null | undefined, url?: string | null): string | null {
  const parsed = (xs: string[] | undefined) => (xs ?? []).map((x) => parseDate(x)).filter((d): d is string => !!d);
  const explicit = parsed(h?.explicit);
  if (explicit.length) return earliestClose(explicit);
  return parsed(h?.generic)[0] ?? parsed(h?.visible)[0] ?? urlDate(url);
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
