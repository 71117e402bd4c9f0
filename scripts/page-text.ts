/**
 * npm run -s page-text -- <page.html>
 * Prints what a human annotator needs to read a saved page: its canonical URL, date metadata, and
 * the article text as Readability extracts it, paragraph by paragraph (no matching, no analysis).
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../lib/extract/extract';
import { resolvePublished } from '../lib/extract/dates';
import { collectDateHints } from '../lib/extract/date-hints';

const file = process.argv[2];
if (!file) {
  console.error('usage: page-text <page.html>');
  process.exit(2);
}
const html = readFileSync(file, 'utf8');
const { document } = parseHTML(html);
const doc = document as unknown as Document;
const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? null;
console.log(`canonical: ${canonical}`);
console.log(`og:site_name: ${doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? null}`);
const hints = collectDateHints(doc);
console.log(`metadata date: ${resolvePublished({ ...hints, visible: [] })}   visible date: ${resolvePublished({ explicit: [], generic: [], visible: hints.visible })}`);
const r = extractArticle(doc, canonical && /^https?:/.test(canonical) ? canonical : 'https://example.invalid/', { force: true });
if (!r.ok) {
  console.log(`(Readability found no article: ${r.reason})`);
  process.exit(0);
}
console.log(`title: ${r.snapshot.title}\nbyline: ${r.snapshot.byline}\nlang: ${r.snapshot.lang}\n`);
r.snapshot.paragraphs.forEach(([a, b], i) => console.log(`[${i}] ${r.snapshot.text.slice(a, b)}`));
