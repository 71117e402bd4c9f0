/**
 * Turns the human-written YAML of data/ (see data/README.md) into pack entities. Pure: the caller
 * reads the files. Every error names the file, the entity and the JSON path of the field.
 */
import * as v from 'valibot';
import {
  Entity,
  StateAffiliation,
  describeIssues,
  type SchemaIssue,
  type Source,
  STATE_CODES,
} from './schema';

export const STATE_ASSESSOR = 'MJRC State Media Monitor';
const SMM: Omit<Source, 'checked'> = { url: 'https://statemediamonitor.com/', title: 'State Media Monitor (MJRC)' };

export interface AuthoredFile {
  entities: Entity[];
  stateAffiliations: StateAffiliation[];
  issues: SchemaIssue[];
}

type Raw = Record<string, unknown>;
const isDate = (x: unknown): x is Date => Object.prototype.toString.call(x) === '[object Date]';
const isRecord = (x: unknown): x is Raw => typeof x === 'object' && x !== null && !Array.isArray(x) && !isDate(x);

/** Expands a source shorthand (`wp:Title`, `wd:Q1`, `smm:`, a URL, or a full object). */
export function expandSource(raw: unknown, checked: string | undefined): Source | string {
  if (isRecord(raw)) {
    const url = raw.url, title = raw.title;
    if (typeof url !== 'string' || typeof title !== 'string') return 'a source object needs url and title';
    return { url, title, checked: typeof raw.checked === 'string' ? raw.checked : checked };
  }
  if (typeof raw !== 'string' || !raw.trim()) return 'missing source (src)';
  const s = raw.trim();
  const wp = /^wp(?:-([a-z]{2,3}))?:(.+)$/.exec(s);
  if (wp) {
    const lang = wp[1] ?? 'en';
    const page = wp[2]!.replace(/ /g, '_');
    return { url: `https://${lang}.wikipedia.org/wiki/${encodeURI(page).replace(/\?/g, '%3F')}`, title: `${decodeSafe(page).replace(/_/g, ' ')} — Wikipedia${lang === 'en' ? '' : ` (${lang})`}`, checked };
  }
  const wd = /^wd:(Q\d+)$/.exec(s);
  if (wd) return { url: `https://www.wikidata.org/wiki/${wd[1]}`, title: `Wikidata ${wd[1]}`, checked };
  if (s === 'smm:' || s === 'smm') return { ...SMM, checked };
  if (/^https?:\/\//.test(s)) return { url: s, title: new URL(s).hostname.replace(/^www\./, ''), checked };
  return `unknown source form "${s}"`;
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const str = (x: unknown): string | undefined => (x === undefined || x === null ? undefined : String(x));
/** YAML turns 2021-08-03 into a Date and 2021 into a number: bring both back to strings. */
function dateStr(x: unknown): string | undefined {
  if (x === undefined || x === null) return undefined;
  if (isDate(x)) return x.toISOString().slice(0, 10);
  return String(x);
}

function aliases(raw: unknown): { name: string; lang?: string }[] | unknown {
  if (raw === undefined || raw === null) return [];
  if (Array.isArray(raw)) return raw.map((name) => ({ name: String(name) }));
  if (!isRecord(raw)) return raw;
  const out: { name: string; lang?: string }[] = [];
  for (const [lang, names] of Object.entries(raw)) {
    for (const name of Array.isArray(names) ? names : [names]) out.push({ name: String(name), lang });
  }
  return out;
}

const LISTS = { people: 'person', outlets: 'outlet', organizations: 'organization' } as const;

/** Compiles one parsed YAML document. `file` is only used in messages. */
export function compileAuthoredFile(doc: unknown, file: string): AuthoredFile {
  const out: AuthoredFile = { entities: [], stateAffiliations: [], issues: [] };
  const fail = (path: string, message: string) => out.issues.push({ path: `${file}: ${path}`, message });
  if (!isRecord(doc)) {
    fail('$', 'a data file must be a mapping with `checked:` and lists');
    return out;
  }
  const checked = dateStr(doc.checked);
  if (!checked || !/^\d{4}-\d{2}-\d{2}$/.test(checked)) fail('$.checked', 'every data file needs `checked: YYYY-MM-DD`');
  for (const key of Object.keys(doc)) {
    if (key !== 'checked' && !(key in LISTS)) fail(`$.${key}`, `unknown top-level key (expected checked, ${Object.keys(LISTS).join(', ')})`);
  }
  for (const [list, type] of Object.entries(LISTS)) {
    const items = doc[list];
    if (items === undefined) continue;
    if (!Array.isArray(items)) {
      fail(`$.${list}`, 'must be a list');
      continue;
    }
    items.forEach((raw, i) => compileEntity(raw, type, `$.${list}[${i}]`, checked, out, fail));
  }
  return out;
}

function compileEntity(
  raw: unknown,
  type: Entity['type'],
  at: string,
  checked: string | undefined,
  out: AuthoredFile,
  fail: (path: string, message: string) => void,
): void {
  if (!isRecord(raw)) return fail(at, 'must be a mapping');
  const label = typeof raw.id === 'string' ? `${at} (${raw.id})` : at;
  const defaultSrc = raw.src;
  const source = (rawSrc: unknown, path: string): Source | undefined => {
    const s = expandSource(rawSrc ?? defaultSrc, checked);
    if (typeof s === 'string') {
      fail(`${label}${path}`, s);
      return undefined;
    }
    return s;
  };
  const dated = (key: 'born' | 'died') => {
    if (raw[key] === undefined) return undefined;
    const val = isRecord(raw[key]) ? (raw[key] as Raw) : { date: raw[key] };
    return { date: dateStr(val.date), source: source(val.src, `.${key}`) };
  };
  const entitySource = source(undefined, '.src');
  const sources: unknown[] = entitySource ? [entitySource] : [];
  const candidate: Raw = {
    type,
    id: raw.id,
    name: str(raw.name),
    wikidata: str(raw.wikidata),
    country: str(raw.country),
    aliases: aliases(raw.aliases),
    description: str(raw.description),
    note: str(raw.note),
    sources,
  };
  const known = new Set(['id', 'name', 'wikidata', 'country', 'aliases', 'description', 'note', 'src']);
  if (type === 'person') {
    ['short', 'born', 'died', 'offices'].forEach((k) => known.add(k));
    candidate.short = raw.short === undefined ? undefined : Array.isArray(raw.short) ? raw.short.map(String) : raw.short;
    candidate.born = dated('born');
    candidate.died = dated('died');
    const offices = raw.offices ?? [];
    if (!Array.isArray(offices)) fail(`${label}.offices`, 'must be a list');
    else
      candidate.offices = offices.map((o, j) => {
        if (!isRecord(o)) return o;
        const known = ['role', 'office', 'country', 'start', 'end', 'ended', 'acting', 'note', 'src'];
        for (const k of Object.keys(o)) if (!known.includes(k)) fail(`${label}.offices[${j}].${k}`, 'unknown field');
        return {
          role: str(o.role),
          office: str(o.office),
          country: str(o.country),
          start: dateStr(o.start),
          end: dateStr(o.end),
          ended: str(o.ended),
          acting: o.acting,
          note: str(o.note),
          source: source(o.src, `.offices[${j}].src`),
        };
      });
  } else {
    ['kind', 'domains', 'founded', 'owner', 'languages', 'state'].forEach((k) => known.add(k));
    candidate.kind = raw.kind;
    candidate.domains = Array.isArray(raw.domains) ? raw.domains.map((d) => String(d).toLowerCase()) : raw.domains;
    candidate.founded = dateStr(raw.founded);
    candidate.owner = str(raw.owner);
    if (type === 'outlet') candidate.languages = raw.languages;
    else if (raw.languages !== undefined) fail(`${label}.languages`, 'only outlets have languages');
    if (raw.state !== undefined) {
      const st = isRecord(raw.state) ? raw.state : {};
      const aff = v.safeParse(StateAffiliation, {
        entity: raw.id,
        code: st.code,
        assessor: str(st.assessor) ?? STATE_ASSESSOR,
        year: st.year,
        source: source(st.src ?? 'smm:', '.state.src'),
      }, { abortEarly: false });
      if (aff.success) out.stateAffiliations.push(aff.output);
      else for (const issue of describeIssues(aff.issues)) fail(`${label}.state${issue.path.slice(1)}`, `${issue.message} (codes: ${STATE_CODES.join(', ')})`);
    }
  }
  for (const k of Object.keys(raw)) if (!known.has(k)) fail(`${label}.${k}`, 'unknown field');
  for (const k of Object.keys(candidate)) if (candidate[k] === undefined) delete candidate[k];
  const parsed = v.safeParse(Entity, candidate, { abortEarly: false });
  if (!parsed.success) {
    for (const issue of describeIssues(parsed.issues)) fail(`${label}${issue.path.slice(1)}`, issue.message);
    return;
  }
  out.entities.push(parsed.output);
}
