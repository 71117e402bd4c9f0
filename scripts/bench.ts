/**
 * npm run bench — the performance figures the issues ask for, measured in one run:
 *  - background: cold start (parse the bundled packs + build the indexes), analysis of the sample after warm-up,
 *    memory of the loaded index;
 *  - matching 10k words against the whole dataset (median), against a one-big-regex baseline,
 *    at 1k / 10k / 100k words; whole analysis of a 10k-word article;
 *  - bundle: content-script size (minified, gzip), no dataset inside, compiled data size (gzip);
 *  - in Chromium (when built and available): content-script main-thread time on the sample page
 *    (Readability reported separately), and popup time to cards.
 */
import { readFileSync, existsSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { createEngine } from '../lib/analyze/engine';
import { extractArticle } from '../lib/extract/extract';
import { tokenize } from '../lib/text/tokenize';
import { scan } from '../lib/match/scan';
import { entityForms } from '../lib/dataset/name-index';
import { loadCompiledPacks, type StoredCompiledPack } from '../lib/dataset/compiled';
import type { Pack } from '../lib/dataset/schema';

const ROOT = process.cwd(); // npm runs scripts at the package root (this file may run bundled elsewhere)
const PACKS = join(ROOT, '.generated', 'packs.json');
const raw = readFileSync(PACKS, 'utf8');
const rawBundle = readFileSync(join(ROOT, '.generated', 'bundle.json'), 'utf8');
const rawEntities = readFileSync(join(ROOT, '.generated', 'entities.txt'), 'utf8');
const rows: [string, string, string][] = [];
const report = (what: string, value: string, target = '') => rows.push([what, value, target]);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
function time(fn: () => void, runs: number): number {
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}
const ms = (x: number) => (x < 1 ? `${(x * 1000).toFixed(0)} µs` : `${x.toFixed(2)} ms`);

// --- cold start
for (let i = 0; i < 3; i++) createEngine(loadCompiledPacks(JSON.parse(rawBundle) as StoredCompiledPack[], rawEntities)); // JIT warm-up of the code, not of the data
const cold = time(() => createEngine(loadCompiledPacks(JSON.parse(rawBundle) as StoredCompiledPack[], rawEntities)), 15);
report('background cold start (parse the compiled bundle, merge, indexes)', ms(cold), '< 30 ms');

const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const before = process.memoryUsage().heapUsed;
let engine = createEngine(loadCompiledPacks(JSON.parse(rawBundle) as StoredCompiledPack[], rawEntities), {
  givenNames: JSON.parse(readFileSync(join(ROOT, '.generated', 'given-names.json'), 'utf8')) as string[],
  surnames: JSON.parse(readFileSync(join(ROOT, '.generated', 'surnames.json'), 'utf8')) as string[],
});
gc?.();
report('memory of the loaded dataset and indexes', `${((process.memoryUsage().heapUsed - before) / 1048576).toFixed(1)} MB${gc ? '' : ' (approx.; run with --expose-gc)'}`, '< 40 MB');
report('name forms indexed', String(engine.names.size));

// --- the sample article
function snapshotOf(file: string, url: string) {
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  const r = extractArticle(document as unknown as Document, url, { force: true });
  if (!r.ok) throw new Error(`no article in ${file}`);
  return r.snapshot;
}
const sample = snapshotOf(join(ROOT, 'sample', 'article.html'), 'https://caspian-desk.example/world/2023/07/putin-raisi-call');
{
  // the index builds its buckets on first use: the first article after a cold start pays for its words
  const firsts: number[] = [];
  for (let i = 0; i < 9; i++) {
    const t0 = performance.now();
    createEngine(loadCompiledPacks(JSON.parse(rawBundle) as StoredCompiledPack[], rawEntities)).analyze(sample);
    firsts.push(performance.now() - t0);
  }
  report('cold start + first analysis of the sample', ms(median(firsts)), '< 32 ms');
}
for (let i = 0; i < 50; i++) engine.analyze(sample);
report('analysis of the sample article (warm)', ms(time(() => engine.analyze(sample), 200)), '< 2 ms');
const seedFile = resolve(ROOT, '..', 'shared', 'corpus', 'seed', 'index.html');
if (existsSync(seedFile)) {
  const seed = snapshotOf(seedFile, 'https://en.example-news-portal.ir/en/news/2009621/iran-russia-should-foster-cooperation');
  for (let i = 0; i < 50; i++) engine.analyze(seed);
  report('analysis of the worked example (warm)', ms(time(() => engine.analyze(seed), 200)), '< 2 ms');
}

// --- matching at scale, against a one-big-regex baseline
const sentences = [
  'Vladimir Putin met his counterpart in Moscow on Tuesday, the Kremlin said.',
  'The minister told reporters that the talks had been difficult but useful.',
  'According to TASS, the delegation will travel to Tehran next week.',
  'Raisi said Iran would not bow to pressure from the United States.',
  'Officials in Brussels said the European Commission would publish its proposal in March.',
  'Prices of wheat and fertiliser rose sharply after the announcement.',
];
const words = (n: number) => {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < n; i++) {
    const s = sentences[i % sentences.length]!;
    out.push(s);
    count += s.split(' ').length;
  }
  return out.join(' ');
};
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const allForms = [...engine.data.entities.values()].flatMap(({ entity }) => entityForms(entity).map((f) => f.form));
const bigRegex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...new Set(allForms)].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
const matchOnce = (text: string) => scan(text, tokenize(text), engine.names);
const regexRuns = 3;
const regexOnce = (text: string) => {
  bigRegex.lastIndex = 0;
  let n = 0;
  while (bigRegex.exec(text)) n++;
  return n;
};
const t10k = words(10_000);
for (let i = 0; i < 20; i++) matchOnce(t10k);
const m10k = time(() => matchOnce(t10k), 50);
report('matching 10k words, whole dataset (tokenize + scan), median', ms(m10k), '< 1 ms');
regexOnce(t10k);
const r10k = time(() => regexOnce(t10k), regexRuns);
report('one-big-regex baseline, 10k words, median', ms(r10k));
report('speed-up over the baseline', `${(r10k / m10k).toFixed(1)}×`, '≥ 15×');
const m1k = time(() => matchOnce(words(1_000)), 200);
const m100k = time(() => matchOnce(words(100_000)), 10);
report('matching at 1k / 10k / 100k words', `${ms(m1k)} / ${ms(m10k)} / ${ms(m100k)} (per 1k words: ${ms(m1k)} / ${ms(m10k / 10)} / ${ms(m100k / 100)})`, 'linear');
const art10k = { ...sample, text: t10k, paragraphs: [[0, t10k.length]] as [number, number][] };
for (let i = 0; i < 10; i++) engine.analyze(art10k);
report('whole analysis of a 10k-word article', ms(time(() => engine.analyze(art10k), 30)), '< 10 ms');

// --- bad input: an article that is only a list of names
{
  const first = ['John', 'Mary', 'Ahmed', 'Olga', 'Wei', 'Pierre', 'Anna', 'Carlos'];
  const list = Array.from({ length: 50_000 }, (_, i) => `${first[i % 8]} Surname${i.toString(36)}`).join(', ');
  const t0 = performance.now();
  const a = engine.analyze({ ...sample, text: list, paragraphs: [[0, list.length]] });
  report('an article that is only a list of 50k names (100k words)', `${ms(performance.now() - t0)} (${a.unknownPeople.length} people)`, 'bounded');
}

// --- bundle
const out = join(ROOT, '.output', 'chrome-mv3');
if (existsSync(join(out, 'manifest.json'))) {
  const content = readFileSync(join(out, 'content-scripts', 'content.js'));
  report('content script, minified / gzip', `${(content.length / 1024).toFixed(1)} kB / ${(gzipSync(content).length / 1024).toFixed(1)} kB`, '< 60 kB minified');
  report('dataset in the content script', content.includes('ebrahim-raisi') ? 'YES (wrong)' : 'none');
  const bg = readFileSync(join(out, 'background.js'));
  report('background script, minified / gzip', `${(bg.length / 1024).toFixed(0)} kB / ${(gzipSync(bg).length / 1024).toFixed(0)} kB`);
} else report('bundle', 'not built (npm run build)');
report('compiled data in the extension, raw / gzip', `${((Buffer.byteLength(rawBundle) + Buffer.byteLength(rawEntities)) / 1048576).toFixed(2)} MB / ${((gzipSync(rawBundle).length + gzipSync(rawEntities).length) / 1048576).toFixed(2)} MB`, '< 1.5 MB gzip');

// --- in Chromium
if (existsSync(join(out, 'manifest.json')) && existsSync(process.env.CHROMIUM_BIN ?? '/usr/bin/chromium')) {
  const { measureInBrowser } = await import('./bench-browser');
  for (const [k, v, t] of await measureInBrowser(join(ROOT, 'sample', 'article.html'), existsSync(seedFile) ? seedFile : null)) report(k, v, t);
  const corpus = resolve(ROOT, '..', 'shared', 'corpus', 'readability');
  if (existsSync(corpus)) for (const [k, v, t] of await (await import('./bench-browser')).measureCorpus(corpus)) report(k, v, t);
  else report('corpus sweep', `skipped (${corpus} is absent)`);
} else report('browser figures', 'skipped (build first; needs /usr/bin/chromium)');

const w = Math.max(...rows.map((r) => r[0].length));
const v = Math.max(...rows.map((r) => r[1].length));
for (const [a, b, c] of rows) console.log(`${a.padEnd(w)}  ${b.padEnd(v)}  ${c ? `target ${c}` : ''}`);
engine = undefined as unknown as typeof engine;
