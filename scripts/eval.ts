/**
 * npm run eval — scores extraction and matching against our own annotations (eval/annotations/*.json)
 * of the real pages in ../shared/corpus/readability. The pages stay there; without them this says so
 * and exits 0. Prints people recall/precision, mention recall, cited-source recall/precision,
 * publisher and date accuracy, and every miss. `npm run eval -- <page>…` scores only those pages and
 * shows every mention missed in its context.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../lib/extract/extract';
import { createEngine } from '../lib/analyze/engine';
import { publisherFor } from '../lib/context/publisher';
import { fold } from '../lib/text/fold';
import { loadCompiledPacks, type StoredCompiledPack } from '../lib/dataset/compiled';
import type { Analysis } from '../lib/analyze/analysis';

const ROOT = process.cwd();
const CORPUS = resolve(ROOT, '..', 'shared', 'corpus', 'readability');
const ANNOTATIONS = join(ROOT, 'eval', 'annotations');

interface Annotation {
  page: string;
  url: string | null;
  published: string | null;
  acceptDates?: string[];
  publisher: { name: string; domain: string } | null;
  isArticle?: boolean;
  people: { name: string; mentions: string[] }[];
  citedSources: { name: string; evidence?: string }[];
}

if (!existsSync(CORPUS)) {
  console.log(`eval: ${CORPUS} is absent; nothing to evaluate (the annotations in eval/annotations need those pages). Skipped.`);
  process.exit(0);
}

const engine = createEngine(loadCompiledPacks(JSON.parse(readFileSync(join(ROOT, '.generated', 'bundle.json'), 'utf8')) as StoredCompiledPack[], readFileSync(join(ROOT, '.generated', 'entities.txt'), 'utf8')), {
  givenNames: JSON.parse(readFileSync(join(ROOT, '.generated', 'given-names.json'), 'utf8')) as string[],
  surnames: JSON.parse(readFileSync(join(ROOT, '.generated', 'surnames.json'), 'utf8')) as string[],
});
const norm = (s: string) => fold(s).replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim();
const words = (s: string) => norm(s).split(' ').filter(Boolean);

type Found = { name: string; forms: Set<string>; spans: { start: number; end: number }[] };

function personMatches(found: Found, ann: { name: string; mentions: string[] }): boolean {
  const annForms = new Set([ann.name, ...ann.mentions].map(norm));
  for (const f of found.forms) if (annForms.has(f)) return true;
  const a = words(ann.name), b = words(found.name);
  if (a.length > 1 && b.length > 1 && a.at(-1) === b.at(-1) && a[0] === b[0]) return true;
  // found only by surname ("Mr. McHugh"): the annotated person with that surname
  return b.length === 1 && a.at(-1) === b[0];
}

function sourceMatches(pred: { name: string; names: string[]; evidence: string }, ann: { name: string; evidence?: string }): boolean {
  const an = norm(ann.name);
  if (!an) return false;
  for (const n of pred.names) {
    const pn = norm(n);
    if (pn && (pn === an || pn.includes(an) || an.includes(pn))) return true;
    if (pn && ann.evidence && norm(ann.evidence).includes(pn)) return true;
    // named in other words than the annotator's, every one of them in the annotated evidence ("San Francisco prosecutors")
    const evidenceWords = new Set(words(ann.evidence ?? ''));
    if (pn.includes(' ') && words(n).every((w) => evidenceWords.has(w))) return true;
  }
  return norm(pred.evidence).includes(an);
}

/** A maximum matching of left to right items (Kuhn's augmenting paths; the lists are short). */
function maximumMatching(left: number, right: number, edge: (i: number, k: number) => boolean): Map<number, number> {
  const ownerOf = new Map<number, number>();
  const tryAssign = (i: number, seen: Set<number>): boolean => {
    for (let k = 0; k < right; k++) {
      if (seen.has(k) || !edge(i, k)) continue;
      seen.add(k);
      const owner = ownerOf.get(k);
      if (owner === undefined || tryAssign(owner, seen)) {
        ownerOf.set(k, i);
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < left; i++) tryAssign(i, new Set());
  return new Map([...ownerOf].map(([k, i]) => [i, k]));
}

function occurrences(text: string, form: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

const totals = { people: 0, peopleFound: 0, predicted: 0, predictedRight: 0, mentions: 0, mentionsFound: 0, sources: 0, sourcesFound: 0, predSources: 0, predSourcesRight: 0, pages: 0, publisherRight: 0, dated: 0, dateRight: 0 };
const misses: string[] = [];
// `npm run eval -- <page>…` scores those pages only and shows each mention missed in its context
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const verbose = only.length > 0;
const files = (existsSync(ANNOTATIONS) ? readdirSync(ANNOTATIONS).filter((f) => f.endsWith('.json')).sort() : []).filter((f) => !only.length || only.includes(f.replace(/\.json$/, '')));

for (const file of files) {
  const ann = JSON.parse(readFileSync(join(ANNOTATIONS, file), 'utf8')) as Annotation;
  const html = join(CORPUS, ann.page, 'source.html');
  if (!existsSync(html)) continue;
  const { document } = parseHTML(readFileSync(html, 'utf8'));
  const url = ann.url && /^https?:/.test(ann.url) ? ann.url : 'https://unknown.invalid/';
  const r = extractArticle(document as unknown as Document, url, { force: true });
  const miss = (s: string) => misses.push(`${ann.page}: ${s}`);
  totals.pages++;
  if (!r.ok) {
    miss(`no article extracted (${r.reason})`);
    continue;
  }
  const a: Analysis = engine.analyze({ ...r.snapshot, url, canonicalUrl: null });

  // publisher: the dataset entity owning the annotated domain (or none), against ours
  // the article's own address decides (its host and parent domains), as the extension sees it
  const expectedPublisher = ann.url && /^https?:/.test(ann.url) ? publisherFor(ann.url, engine.domains) : ann.publisher ? publisherFor(`https://${ann.publisher.domain}/`, engine.domains) : null;
  if ((a.publisher?.id ?? null) === expectedPublisher) totals.publisherRight++;
  else miss(`publisher: expected ${expectedPublisher ?? `none in the dataset (${ann.publisher?.name})`}, got ${a.publisher?.id ?? 'none'}`);

  if (ann.published) {
    totals.dated++;
    if (a.article.published === ann.published || ann.acceptDates?.includes(a.article.published ?? '')) totals.dateRight++;
    else miss(`date: expected ${ann.published}, got ${a.article.published}`);
  }

  const found: Found[] = [
    ...a.people.map((p) => ({ name: p.name, forms: new Set([p.name, ...p.mentions.map((m) => m.text)].map(norm)), spans: p.mentions })),
    ...a.unknownPeople.map((u) => ({ name: u.name, forms: new Set([u.name, ...u.mentions.map((m) => m.text)].map(norm)), spans: u.mentions })),
  ];
  const used = new Set<Found>();
  const placesOf = (p: Annotation['people'][number]) => [...new Set([p.name, ...p.mentions])].filter((m) => m.trim()).flatMap((m) => occurrences(a.article.text, m));
  const everyone = ann.people.map((p) => ({ p, occ: placesOf(p) }));
  for (const p of ann.people) {
    totals.people++;
    const f = found.find((x) => !used.has(x) && personMatches(x, p));
    const forms = [...new Set(p.mentions)].filter((m) => m.trim());
    const occ = forms.flatMap((m) => occurrences(a.article.text, m));
    // overlapping forms ("Barack Obama" / "Obama") count once per place, and a form inside another
    // person's longer name ("Gille" in "Sarah Gille", "Claude" in "Claude Debussy") is theirs
    const longer = (o: { start: number; end: number }, q: { start: number; end: number }) => q.start <= o.start && q.end >= o.end && q.end - q.start > o.end - o.start;
    const others = everyone.filter((e) => e.p !== p).flatMap((e) => e.occ);
    const places = occ.filter((o, i) => !occ.some((q, j) => j !== i && longer(o, q)) && !others.some((q) => longer(o, q)));
    totals.mentions += places.length;
    if (f) {
      used.add(f);
      totals.peopleFound++;
      const covered = places.filter((o) => f.spans.some((s) => s.start < o.end && s.end > o.start)).length;
      totals.mentionsFound += covered;
      if (covered < places.length) miss(`mentions of ${p.name}: ${covered}/${places.length}`);
      if (verbose) for (const o of places.filter((o) => !f.spans.some((s) => s.start < o.end && s.end > o.start))) miss(`  uncovered: …${a.article.text.slice(Math.max(0, o.start - 40), o.end + 30).replace(/\s+/g, ' ')}…`);
    } else miss(`person missed: ${p.name}`);
  }
  totals.predicted += found.length;
  for (const f of found) {
    if (used.has(f)) totals.predictedRight++;
    else miss(`not a person of the body (or listed twice): ${f.name}`);
  }

  const predSources = [
    ...a.citedSources.map((c) => {
      const e = engine.data.entities.get(c.id)!.entity;
      return { name: c.name, names: [c.name, ...e.aliases.map((x) => x.name)], evidence: c.evidence.map((x) => x.text).join(' | ') };
    }),
    ...(a.unknownSources ?? []).map((u) => ({ name: u.name, names: [u.name], evidence: u.evidence.map((e) => e.text).join(' | ') })),
  ];
  // each annotated source paired with at most one found source, as many pairs as can be (not first come, first served)
  const pairs = maximumMatching(ann.citedSources.length, predSources.length, (i, k) => sourceMatches(predSources[k]!, ann.citedSources[i]!));
  const usedS = new Set(pairs.values());
  ann.citedSources.forEach((s, i) => {
    totals.sources++;
    if (pairs.has(i)) totals.sourcesFound++;
    else miss(`cited source missed: ${s.name}${s.evidence ? ` (“${s.evidence.slice(0, 80)}”)` : ''}`);
  });
  totals.predSources += predSources.length;
  predSources.forEach((p, k) => {
    if (usedS.has(k) || ann.citedSources.some((s) => sourceMatches(p, s))) totals.predSourcesRight++;
    else miss(`not a cited source: ${p.name} (“${p.evidence.slice(0, 80)}”)`);
  });
}

const pct = (a: number, b: number) => (b ? (a / b).toFixed(3) : 'n/a');
console.log(`${totals.pages} annotated pages (of ${readdirSync(CORPUS).length} in the corpus)\n`);
console.log(`people recall        ${pct(totals.peopleFound, totals.people)}  (${totals.peopleFound}/${totals.people})`);
console.log(`people precision     ${pct(totals.predictedRight, totals.predicted)}  (${totals.predictedRight}/${totals.predicted})`);
console.log(`mention recall       ${pct(totals.mentionsFound, totals.mentions)}  (${totals.mentionsFound}/${totals.mentions})`);
console.log(`cited-source recall  ${pct(totals.sourcesFound, totals.sources)}  (${totals.sourcesFound}/${totals.sources})`);
console.log(`cited-source prec.   ${pct(totals.predSourcesRight, totals.predSources)}  (${totals.predSourcesRight}/${totals.predSources})`);
console.log(`publisher right      ${pct(totals.publisherRight, totals.pages)}  (${totals.publisherRight}/${totals.pages})`);
console.log(`date right           ${pct(totals.dateRight, totals.dated)}  (${totals.dateRight}/${totals.dated} pages that state one)`);
console.log(`\nMisses (${misses.length}):`);
for (const m of misses) console.log(`  ${m}`);
