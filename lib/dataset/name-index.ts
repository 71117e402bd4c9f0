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
  /** the forms that start with this folded word (built on first use, then kept) */
  bucket(first: string): Bucket | undefined;
  /** first words that may start a match in lower case: particles ("al", "von") and lower-case acronyms ("dpa") */
  lowerStarts: Set<string>;
  size: number;
}

/** A form without its first word: [the other words joined by spaces ('' for one word), kind, id, exact spelling]. */
export type GroupedForm = [rest: string, kind: FormKind, id: string, exact: string | null];
/** Forms grouped by their first folded word: what a compiled pack ships. */
export type FormsByFirst = Record<string, GroupedForm[]>;

/** Groups form records by first word (at build time for bundled packs; at start for a reader's packs). */
export function groupForms(records: FormRecord[]): { byFirst: FormsByFirst; lowerStarts: string[]; count: number } {
  const byFirst: FormsByFirst = Object.create(null) as FormsByFirst;
  const lower = new Set<string>();
  for (const [words, kind, id, exact] of records) {
    const cut = words.indexOf(' ');
    const first = cut < 0 ? words : words.slice(0, cut);
    (byFirst[first] ??= []).push([cut < 0 ? '' : words.slice(cut + 1), kind, id, exact]);
    if (isParticle(first) || (exact !== null && /^\p{Ll}/u.test(exact))) lower.add(first);
  }
  return { byFirst, lowerStarts: [...lower], count: records.length };
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
    // a form that reads as one letter ("N+", "X") would match every initial
    if (!toks.length || (toks.length === 1 && toks[0]!.norm.length < 2)) return;
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

/**
 * The name index over the merged packs. Nothing is built per form at start: a bucket of forms is
 * made the first time a word of an article asks for it, from the packs' grouped forms, keeping only
 * the forms of entities whose winning pack is the one that ships them.
 */
export function buildNameIndex(data: MergedDataset): NameIndex {
  const sources: { pack: string; byFirst: FormsByFirst }[] = [];
  const lowerStarts = new Set<string>();
  let size = 0;
  for (const pack of data.packs) {
    const pre = data.precomputed.get(pack.id);
    const grouped = pre?.formsByFirst
      ? { byFirst: pre.formsByFirst, lowerStarts: pre.lowerStarts, count: pre.formCount }
      : groupForms([...entitiesOf(data, pack.id)].flatMap((e) => dedupeForms(entityFormRecords(e))));
    sources.push({ pack: pack.id, byFirst: grouped.byFirst });
    for (const w of grouped.lowerStarts) lowerStarts.add(w);
    size += grouped.count;
  }
  const built = new Map<string, Bucket | null>();
  const make = (first: string): Bucket | null => {
    let bucket: Bucket | null = null;
    for (const { pack, byFirst } of sources) {
      const group = Object.prototype.hasOwnProperty.call(byFirst, first) ? byFirst[first] : undefined;
      if (!group) continue;
      for (const [rest, kind, id, exact] of group) {
        if (data.entities.get(id)?.pack.id !== pack) continue;
        const ws = rest ? [first, ...rest.split(' ')] : [first];
        const nf: NameForm = exact === null ? { words: ws, kind, id } : { words: ws, kind, id, exact: exact.split(' ') };
        bucket ??= { one: [] };
        if (ws.length === 1) bucket.one.push(nf);
        else {
          const next = (bucket.next ??= new Map());
          const list = next.get(ws[1]!);
          if (list) list.push(nf);
          else next.set(ws[1]!, [nf]);
        }
      }
    }
    if (bucket?.next) for (const list of bucket.next.values()) list.sort((x, y) => y.words.length - x.words.length);
    return bucket;
  };
  return {
    bucket(first) {
      let b = built.get(first);
      if (b === undefined) built.set(first, (b = make(first)));
      return b ?? undefined;
    },
    lowerStarts,
    size,
  };
}

/** One record per (entity, kind, words): aliases often fold to the same words. */
export function dedupeForms(records: FormRecord[]): FormRecord[] {
  const seen = new Set<string>();
  return records.filter(([words, kind, id, exact]) => {
    const key = `${id}\u0000${kind}\u0000${exact ?? words}`;
    return !seen.has(key) && !!seen.add(key);
  });
}
