/** ArticleSnapshot: what the content script sends. The page is untrusted: validated on arrival. */
import * as v from 'valibot';

export const MAX_TEXT = 2_000_000;

const shortText = (max: number) => v.nullable(v.pipe(v.string(), v.maxLength(max)));
const HintList = v.pipe(v.array(v.pipe(v.string(), v.maxLength(300))), v.maxLength(20));
const WebUrl = v.pipe(v.string(), v.maxLength(4096), v.url(), v.check((u) => /^https?:\/\//i.test(u), 'must be an http(s) URL'));

export const ArticleSnapshot = v.strictObject({
  url: WebUrl,
  canonicalUrl: v.nullable(WebUrl),
  title: v.pipe(v.string(), v.maxLength(2000)),
  byline: shortText(500),
  siteName: shortText(300),
  lang: shortText(35),
  /** set by callers that know the date; else the background reads `dateHints` */
  published: v.nullable(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))),
  dateHints: v.optional(
    v.strictObject({
      explicit: HintList,
      generic: HintList,
      visible: HintList,
    }),
  ),
  text: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
  paragraphs: v.pipe(v.array(v.tuple([v.pipe(v.number(), v.integer(), v.minValue(0)), v.pipe(v.number(), v.integer(), v.minValue(0))])), v.maxLength(50_000)),
  links: v.pipe(v.array(v.pipe(v.string(), v.maxLength(4096))), v.maxLength(5_000)),
});
export type ArticleSnapshot = v.InferOutput<typeof ArticleSnapshot>;
