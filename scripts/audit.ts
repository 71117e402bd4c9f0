/**
 * Compares the dataset with the public reference files in ../shared/refdata (when present):
 * heads of state/government against the Wikidata extract, state-affiliation codes against the
 * State Media Monitor matrix. Every disagreement is listed; those reviewed and explained in
 * data/audit/reviewed-differences.yaml are listed as reviewed. With --strict, open ones fail.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { getDomain } from 'tldts';
import type { Entity, StateAffiliation } from '../lib/dataset/schema';

/** Minimal RFC 4180 CSV reader (quoted fields, doubled quotes, newlines in quotes). */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  const [head, ...body] = rows.filter((r) => r.some((f) => f !== ''));
  return body.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i] ?? ''])));
}

interface Difference { key: string; text: string }

export function auditLeaders(entities: Entity[], rows: Record<string, string>[]): { checked: number; diffs: Difference[] } {
  const byQid = new Map<string, Extract<Entity, { type: 'person' }>>();
  for (const e of entities) if (e.type === 'person' && e.wikidata) byQid.set(e.wikidata, e);
  const diffs: Difference[] = [];
  let checked = 0;
  for (const r of rows) {
    const qid = r.officeholder ?? '';
    if (!/^Q\d+$/.test(qid)) continue;
    checked++;
    const p = byQid.get(qid);
    const who = `${r.officeholderLabel} — ${r.positionLabel} (${r.start_year}–${r.end_year})`;
    if (!p) {
      diffs.push({ key: `leader-missing:${qid}:${r.position}`, text: `not in the dataset: ${who}` });
      continue;
    }
    const startYear = r.start_year ?? '';
    const office = p.offices.find((o) => o.start?.slice(0, 4) === startYear && sameRole(o.role, r.positionLabel ?? ''))
      ?? p.offices.find((o) => sameRole(o.role, r.positionLabel ?? ''));
    if (!office) {
      diffs.push({ key: `leader-office:${qid}:${r.position}`, text: `${p.id}: no office like "${r.positionLabel}" (${who})` });
      continue;
    }
    if (startYear && office.start?.slice(0, 4) !== startYear)
      diffs.push({ key: `leader-start:${qid}:${r.position}`, text: `${p.id}: "${office.role}" starts ${office.start ?? '?'}, reference says ${startYear}` });
    const endYear = r.end_year ?? '';
    if (endYear && office.end?.slice(0, 4) !== endYear)
      diffs.push({ key: `leader-end:${qid}:${r.position}`, text: `${p.id}: "${office.role}" ends ${office.end ?? '(open)'}, reference says ${endYear}` });
  }
  return { checked, diffs };
}

function sameRole(a: string, b: string): boolean {
  const words = (s: string) => new Set(s.toLowerCase().replace(/[^a-z ]/g, ' ').split(/\s+/).filter((w) => w.length > 3 && w !== 'the'));
  const wa = words(a), wb = words(b);
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common >= Math.min(2, wa.size, wb.size);
}

export function auditStateMedia(entities: Entity[], affiliations: StateAffiliation[], rows: Record<string, string>[]): { checked: number; diffs: Difference[] } {
  const byDomain = new Map<string, Entity>();
  for (const e of entities) if (e.type !== 'person') for (const d of e.domains) byDomain.set(getDomain(d) ?? d, e);
  const code = new Map(affiliations.map((a) => [a.entity, a.code]));
  const diffs: Difference[] = [];
  let checked = 0;
  for (const r of rows) {
    const url = (r.URL ?? '').trim();
    if (!url) continue;
    const host = url.replace(/^[a-z]+:\/\//i, '').split(/[/?#]/)[0]!.toLowerCase();
    const domain = getDomain(host);
    const e = domain ? byDomain.get(domain) : undefined;
    if (!e) continue;
    checked++;
    const ref = (r.Typology ?? '').replace('?', '');
    const ours = code.get(e.id);
    if (ours !== ref)
      diffs.push({ key: `state:${e.id}:${domain}`, text: `${e.id} (${domain}): ours ${ours ?? 'none'}, State Media Monitor matrix ${r.Typology} for "${r['Main assets']}" (${r['Media company']})` });
  }
  return { checked, diffs };
}

export function runAudit(entities: Entity[], affiliations: StateAffiliation[], root: string): number {
  const ref = join(root, '..', 'shared', 'refdata');
  if (!existsSync(ref)) {
    console.log(`audit: ${ref} is absent; nothing to compare against (skipped).`);
    return 0;
  }
  const reviewed = new Map<string, string>();
  const auditDir = join(root, 'data', 'audit');
  for (const f of existsSync(auditDir) ? readdirSync(auditDir).filter((n) => n.endsWith('.yaml')) : []) {
    const doc = parseYaml(readFileSync(join(auditDir, f), 'utf8')) as { differences?: { key: string; reason: string }[] } | null;
    for (const d of doc?.differences ?? []) reviewed.set(d.key, d.reason);
  }
  const leaders = auditLeaders(entities, parseCsv(readFileSync(join(ref, 'world-leaders-wikidata', 'wikidata.csv'), 'utf8')));
  const media = auditStateMedia(entities, affiliations, parseCsv(readFileSync(join(ref, 'state-media-profiles', 'State_Media_Matrix.csv'), 'utf8')));
  let open = 0;
  for (const [title, res] of [['Leaders (world-leaders-wikidata/wikidata.csv)', leaders], ['State media (state-media-profiles/State_Media_Matrix.csv)', media]] as const) {
    console.log(`\n## ${title}: ${res.checked} reference rows matched, ${res.diffs.length} differences`);
    for (const d of res.diffs) {
      const why = reviewed.get(d.key);
      if (why) console.log(`  reviewed  ${d.text}\n            → ${why}`);
      else (open++, console.log(`  OPEN      ${d.text}   [${d.key}]`));
    }
  }
  console.log(`\n${open} open difference${open === 1 ? '' : 's'} (record a reviewed one in data/audit/*.yaml with its reason)`);
  return process.argv.includes('--strict') && open ? 1 : 0;
}
