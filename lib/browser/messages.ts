/**
 * Messages between the content script, the popup and the background worker. Every message is
 * validated on arrival; senders are sorted by trust (a content script speaks for a web page).
 */
import * as v from 'valibot';
import { ArticleSnapshot } from '../analyze/snapshot';
import type { Analysis } from '../analyze/analysis';

export const TabId = v.pipe(v.number(), v.integer(), v.minValue(0));

/** Main-thread time the content script spent on a page, by phase (ms): for `npm run bench`. */
export const TIMING_KEYS = ['total', 'extract', 'readability', 'annotate', 'hitTest', 'hitTestMax'] as const;
export type ContentTimings = Partial<Record<(typeof TIMING_KEYS)[number], number>>;

/** From a content script: the page is untrusted. */
export const ContentMessage = v.variant('type', [
  v.strictObject({ type: v.literal('article'), snapshot: ArticleSnapshot }),
  v.strictObject({
    type: v.literal('not-article'),
    url: v.pipe(v.string(), v.maxLength(4096)),
    reason: v.optional(v.picklist(['not-article', 'empty', 'too-large']), 'not-article'),
  }),
  v.strictObject({ type: v.literal('hello') }),
  v.strictObject({ type: v.literal('load-card-ui') }),
  v.strictObject({ type: v.literal('timings'), timings: v.record(v.picklist(TIMING_KEYS), v.pipe(v.number(), v.minValue(0), v.maxValue(600_000))) }),
]);
export type ContentMessage = v.InferOutput<typeof ContentMessage>;

/** From the extension's own pages (popup, report, options). */
export const PageMessage = v.variant('type', [
  v.strictObject({ type: v.literal('get-tab-state'), tabId: TabId }),
  v.strictObject({ type: v.literal('analyse-tab'), tabId: TabId }),
  v.strictObject({ type: v.literal('list-packs') }),
  v.strictObject({ type: v.literal('import-pack'), text: v.pipe(v.string(), v.maxLength(27 * 1024 * 1024)) }),
  v.strictObject({ type: v.literal('remove-pack'), id: v.pipe(v.string(), v.maxLength(120)) }),
  v.strictObject({ type: v.literal('export-pack'), id: v.pipe(v.string(), v.maxLength(120)) }),
  v.strictObject({ type: v.literal('set-pack-order'), ids: v.pipe(v.array(v.pipe(v.string(), v.maxLength(120))), v.maxLength(500)) }),
  v.strictObject({ type: v.literal('refresh-tabs') }),
]);
export type PageMessage = v.InferOutput<typeof PageMessage>;

/** What the background tells a content script when it starts on a page. */
export interface RunPolicy {
  /** run by itself on this page (auto mode, site not switched off) */
  run: boolean;
  highlights: boolean;
  hoverCards: boolean;
}

export type TabState =
  | { status: 'analysing'; url: string }
  | { status: 'done'; url: string; analysis: Analysis; at: number }
  | { status: 'not-article'; url: string; reason?: 'not-article' | 'empty' | 'too-large' }
  | { status: 'no-access'; url: string | null }
  | { status: 'unsupported'; url: string | null }
  | { status: 'off'; url: string | null; reason: 'site' | 'click' }
  | { status: 'error'; url: string | null; message: string }
  | { status: 'none' };

/** A pack as the options page lists it. */
export interface PackInfo {
  id: string;
  name: string;
  description: string;
  version: string;
  checked: string;
  license: string;
  attribution: string | null;
  counts: { person: number; outlet: number; organization: number; stateAffiliations: number };
  enabled: boolean;
  bundled: boolean;
}

export type ImportReply = { ok: true; pack: PackInfo } | { ok: false; errors: { path: string; message: string }[] };

/** What the content script gets back for highlights and hover cards: no article text. */
export type ContentReply = { ok: true; analysis: Omit<Analysis, 'article'> & { article: Omit<Analysis['article'], 'text'> } } | { ok: false; error: string };

export function parseContentMessage(msg: unknown) {
  return v.safeParse(ContentMessage, msg);
}
export function parsePageMessage(msg: unknown) {
  return v.safeParse(PageMessage, msg);
}

/** A short description of why a message was rejected (for the worker's log). */
export function rejection(issues: readonly v.BaseIssue<unknown>[]): string {
  const i = issues[0];
  const path = i?.path?.map((p) => String((p as { key?: unknown }).key)).join('.') ?? '';
  return `${path ? path + ': ' : ''}${i?.message ?? 'invalid'}${issues.length > 1 ? ` (+${issues.length - 1} more)` : ''}`;
}
