/**
 * npm run -s analyze -- <file.html> --url <url> [--json] [--today YYYY-MM-DD]
 * The command-line face of the extension's pipeline: the same lib/, the bundled packs.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../lib/extract/extract';
import { createEngine } from '../lib/analyze/engine';
import { formatAnalysis } from '../lib/analyze/format';
import { loadGeneratedGivenNames, loadGeneratedPacks, loadGeneratedSurnames } from './packs';

function fail(message: string): never {
  process.stderr.write(`analyze: ${message}\n`);
  process.exit(1);
}

function args(argv: string[]) {
  let file: string | undefined, url: string | undefined, json = false, today = new Date().toISOString().slice(0, 10);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--url') url = argv[++i];
    else if (a === '--today') today = argv[++i] ?? today;
    else if (a.startsWith('--')) fail(`unknown option ${a}`);
    else file = a;
  }
  return { file, url, json, today };
}

const { file, url, json, today } = args(process.argv.slice(2));
if (!file) fail('usage: analyze <file.html> --url <url> [--json]');
if (!url) fail('missing --url <url> (the address the page was published at)');
try {
  const u = new URL(url);
  if (!/^https?:$/.test(u.protocol)) fail(`--url must be an http(s) URL, not ${u.protocol}`);
} catch {
  fail(`--url is not a URL: ${url}`);
}
let html: string;
try {
  html = readFileSync(file, 'utf8');
} catch (e) {
  fail(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
}
if (html.includes('\u0000') || !/<(?:!doctype\s+html|html|head|body|p|div|article)\b/i.test(html)) fail(`${file} is not an HTML document`);

const { document } = parseHTML(html);
const result = extractArticle(document as unknown as Document, url, { force: true });
if (!result.ok) fail(`no article text found in ${file} (${result.reason})`);
const engine = createEngine(loadGeneratedPacks(), { givenNames: loadGeneratedGivenNames(), surnames: loadGeneratedSurnames() });
const analysis = engine.analyze(result.snapshot);
process.stdout.write(json ? JSON.stringify(analysis, null, 2) + '\n' : formatAnalysis(analysis, today) + '\n');
