/**
 * The lookup structure the matcher scans with: every name form, keyed by its first folded word.
 * Built once per worker life (and again when the reader changes packs).
 */
import { isAllCaps } from '../text/fold';
import { tokenize } from '../text/tokenize';
import type { MergedDataset } from './merge';
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

export interface NameIndex {
  byFirst: Map<string, NameForm[]>;
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

function isAcronym(form: string): boolean {
  const toks = tokenize(form);
  return toks.length === 1 && form.length <= 6 && (isAllCaps(form) || /^[a-z]{2,4}$/.test(form));
}

export function entityForms(e: Entity): { form: string; kind: FormKind }[] {
  const out: { form: string; kind: FormKind }[] = [];
  const add = (form: string, kind: FormKind) => {
    if (!tokenize(form).length) return;
    out.push({ form, kind: isAcronym(form) ? 'acronym' : kind });
  };
  const names = [e.name, ...e.aliases.map((a) => a.name)];
  if (e.type === 'person') {
    for (const n of names) add(n, tokenize(n).length >= 2 ? 'full' : 'short');
    const shorts = e.short ?? [defaultShort(e.name), ...e.aliases.map((a) => defaultShort(a.name))].filter((s): s is string => !!s);
    for (const s of shorts) add(s, 'short');
  } else {
    for (const n of names) add(n, e.type === 'outlet' && tokenize(n).length === 1 ? 'contextual' : 'full');
  }
  return out;
}

export function buildNameIndex(data: MergedDataset): NameIndex {
  const byFirst = new Map<string, NameForm[]>();
  const seen = new Set<string>();
  let size = 0;
  for (const { entity } of data.entities.values()) {
    for (const { form, kind } of entityForms(entity)) {
      const toks = tokenize(form);
      const words = toks.map((t) => t.norm);
      const key = `${entity.id}\u0000${kind}\u0000${kind === 'acronym' ? form : words.join(' ')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const nf: NameForm = { words, kind, id: entity.id };
      if (kind === 'acronym') nf.exact = toks.map((t) => t.raw);
      const list = byFirst.get(words[0]!);
      if (list) list.push(nf);
      else byFirst.set(words[0]!, [nf]);
      size++;
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst, size };
}
