/**
 * The lookup structure the matcher scans with: every name form, keyed by its first folded word.
 * Built once per worker life (and again when the reader changes packs).
 */
import { isAllCaps } from '../text/fold';
import { tokenize } from '../text/tokenize';
import { entitiesOf, type MergedDataset } from './merge';
import type { Entity } from './schema';

/**
 * full: a name that identifies on its own (two words or more, or an organisation's name);
 * short: a surname or short form, linked only through context (earlier full mention, title, office);
 * acronym: matched only as written (TASS, AP, RT);
 * contextual: an outlet's one-word name that may also be an ordinary word or a place ("Iran",
 * "Mint", "Time"): it counts only where the article cites it as a source.
 */
export type FormKind = 'full' | 'short' | 'acronym' | 'contextual';

export interface NameForm {
  words: string[];
  /** for acronyms: the exact spelling */
  exact?: string[];
  kind: FormKind;
  id: string;
}

/** Forms starting with one word: single-word forms, and longer ones keyed by their second word. */
export interface Bucket {
  one: NameForm[];
  /** created only for words that start longer forms */
  next?: Map<string, NameForm[]>;
}

export interface NameIndex {
  byFirst: Map<string, Bucket>;
  /** first words that may start a match in lower case: particles ("al", "von") and lower-case acronyms ("dpa") */
  lowerStarts: Set<string>;
  size: number;
}

const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'ben', 'abu', 'ter', 'zu']);
export const isParticle = (w: string) => PARTICLES.has(w);

/** Surname default: last word, with the particles before it ("von der Leyen", "al-Sharaa"). */
export function defaultShort(name: string): string | undefined {
  const toks = tokenize(name);
  if (toks.length < 2) return undefined;
  let i = toks.length - 1;
  while (i > 1 && isParticle(toks[i - 1]!.norm)) i--;
  return name.slice(toks[i]!.start);
}

function isAcronym(form: string, words: number): boolean {
  return words === 1 && form.length <= 6 && (isAllCaps(form) || /^[a-z]{2,4}$/.test(form));
}

export function entityForms(e: Entity): { form: string; kind: FormKind }[] {
  return entityFormRecords(e).map(([, kind, , , form]) => ({ form, kind }));
}

/** One name form, compact: folded words joined by spaces, kind, entity id, exact spelling (acronyms), as written. */
export type FormRecord = [words: string, kind: FormKind, id: string, exact: string | null, form: string];

/** Every name form of an entity, tokenized once: what the index is built from (also at build time). */
export function entityFormRecords(e: Entity): FormRecord[] {
  const out: FormRecord[] = [];
  const add = (form: string, kind: FormKind) => {
    const toks = tokenize(form);
    if (!toks.length) return;
    const words = toks.map((t) => t.norm).join(' ');
    if (isAcronym(form, toks.length)) out.push([words, 'acronym', e.id, toks.map((t) => t.raw).join(' '), form]);
    else if (toks.length === 1 && kind === 'full') out.push([words, e.type === 'person' ? 'short' : e.type === 'outlet' ? 'contextual' : 'full', e.id, null, form]);
    else out.push([words, kind, e.id, null, form]);
  };
  const names = [e.name, ...e.aliases.map((a) => a.name)];
  if (e.type === 'person') {
    for (const n of names) add(n, 'full');
    const shorts = e.short ?? [defaultShort(e.name), ...e.aliases.map((a) => defaultShort(a.name))].filter((s): s is string => !!s);
    for (const s of shorts) add(s, 'short');
  } else {
    for (const n of names) add(n, 'full');
  }
  return out;
}

export function buildNameIndex(data: MergedDataset): NameIndex {
  const byFirst = new Map<string, Bucket>();
  let size = 0;
  const insert = (words: string, kind: FormKind, id: string, exact: string | null) => {
    const ws = words.indexOf(' ') < 0 ? [words] : words.split(' ');
    const nf: NameForm = exact === null ? { words: ws, kind, id } : { words: ws, kind, id, exact: exact.split(' ') };
    let bucket = byFirst.get(ws[0]!);
    if (!bucket) byFirst.set(ws[0]!, (bucket = { one: [] }));
    if (ws.length === 1) bucket.one.push(nf);
    else {
      const next = (bucket.next ??= new Map());
      const list = next.get(ws[1]!);
      if (list) list.push(nf);
      else next.set(ws[1]!, [nf]);
    }
    size++;
  };
  for (const pack of data.packs) {
    const records = data.precomputed.get(pack.id)?.forms;
    if (records) {
      // deduplicated at build time
      for (const r of records) if (data.entities.get(r[2])?.pack.id === pack.id) insert(r[0], r[1], r[2], r[3]);
      continue;
    }
    for (const e of entitiesOf(data, pack.id)) for (const r of dedupeForms(entityFormRecords(e))) insert(r[0], r[1], r[2], r[3]);
  }
  for (const b of byFirst.values()) if (b.next) for (const list of b.next.values()) list.sort((x, y) => y.words.length - x.words.length);
  const lowerStarts = new Set<string>();
  for (const [first, b] of byFirst) {
    const forms = [...b.one, ...(b.next ? [...b.next.values()].flat() : [])];
    if (isParticle(first) || forms.some((f) => f.exact && /^\p{Ll}/u.test(f.exact[0]!))) lowerStarts.add(first);
  }
  return { byFirst, lowerStarts, size };
}

/** One record per (entity, kind, words): aliases often fold to the same words. */
export function dedupeForms(records: FormRecord[]): FormRecord[] {
  const seen = new Set<string>();
  return records.filter(([words, kind, id, exact]) => {
    const key = `${id}\u0000${kind}\u0000${exact ?? words}`;
    return !seen.has(key) && !!seen.add(key);
  });
}
