/**
 * People named only by a given name after a word of kinship: "his wife Grace", "including wife
 * Grace", "his first wife, Sally, was dying", "his daughter Sybil". The relative takes the surname of
 * the person the kinship belongs to — the person named last before it — so the card reads
 * "Grace Mugabe"; later mentions of the given name alone join them.
 */
import { capitalisedNext, spaced, type Token } from '../text/tokenize';
import type { Mention } from '../match/resolve';
import { fold } from '../text/fold';
import { countBefore } from '../text/spans';
import type { UnknownPerson } from './unknown';

const KIN = new Set(
  'wife husband widow widower son daughter brother sister mother father stepson stepdaughter stepmother stepfather grandson granddaughter grandmother grandfather nephew niece cousin uncle aunt fiancé fiancee fiancée partner girlfriend boyfriend heir'.split(' '),
);
/** Kinship in the plural, before a list of given names: "two sons, Thomas and Peter". */
const KIN_PLURAL = new Set('sons daughters brothers sisters children grandchildren stepsons stepdaughters'.split(' '));
/** A count before a plural kinship word. */
const COUNT = /(?<![\p{L}])(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[ \u00A0]+$/iu;
/** People one has, named in full after the word ("his neighbor, Latasha Greene"): never given a borrowed surname. */
const ASSOCIATE = new Set('neighbor neighbour friend colleague boss assistant aide lawyer attorney doctor teacher coach bodyguard driver roommate flatmate classmate teammate'.split(' '));
/** What stands before a kinship word said of someone: a possessive, "including", an age or a qualifier. */
const OWNED = /(?:(?<![\p{L}])(?:his|her|their|including|with|and)|\p{L}['’]s?)[ \u00A0]+(?:(?:\d{1,3}-year-old|first|second|third|late|former|estranged|eldest|oldest|youngest|younger|elder|only|surviving|then|adult|teenage|infant|twin|new)[ \u00A0]+){0,2}$/iu;
/** A capitalised word that is no given name even after "his son" ("his son Jr.", "her husband Prince…"). */
const NOT_GIVEN = /^(?:Jr|Sr|The|And|But|In|On|At|Prince|Princess|King|Queen|Lord|Lady|Sir|Dame|Dr|Mr|Mrs|Ms)$/;
/** How far before the kinship word its owner may be named. */
const OWNER_WINDOW = 300;

export interface NamedSpan {
  /** the person's full name, e.g. "Robert Mugabe" */
  name: string;
  start: number;
  end: number;
}

/**
 * `people`: every person's mention found so far, with the person's full name.
 * `taken(start, end)`: a span already named (a person, an outlet…).
 */
export function findRelatives(text: string, tokens: Token[], people: NamedSpan[], taken: (start: number, end: number) => boolean): UnknownPerson[] {
  const sorted = [...people].sort((a, b) => a.start - b.start);
  const counts = new Map<string, number>();
  for (const p of people) counts.set(p.name, (counts.get(p.name) ?? 0) + 1);
  const found = new Map<string, UnknownPerson>();
  const addRelative = (name: Token, kinAt: number) => {
    // one given name is one relative: the first kinship that names them gives the surname
    let entry = found.get(name.norm);
    if (!entry) {
      const owner = ownerBefore(text, sorted, counts, kinAt);
      const surname = owner ? owner.name.split(/[\s\u00A0]+/).at(-1)! : null;
      entry = { name: surname && fold(surname) !== name.norm ? `${name.raw} ${surname}` : name.raw, mentions: [] };
      found.set(name.norm, entry);
    }
    entry.mentions.push({ text: name.raw, start: name.start, end: name.end });
  };
  const givenAt = (k: number) => {
    const t = tokens[k];
    return !!t && /^\p{Lu}\p{Ll}{1,}$/u.test(t.raw) && !NOT_GIVEN.test(t.raw) && !taken(t.start, t.end);
  };
  for (let i = 0; i + 1 < tokens.length; i++) {
    const kin = tokens[i]!;
    // "two sons, Thomas and Peter": each a relative
    if (KIN_PLURAL.has(kin.norm) && /^\p{Ll}/u.test(kin.raw) && (OWNED.test(text.slice(Math.max(0, kin.start - 40), kin.start)) || COUNT.test(text.slice(Math.max(0, kin.start - 12), kin.start)))) {
      let k = i + 1;
      const list: Token[] = [];
      while (givenAt(k) && /^(?:,[ \u00A0]|[ \u00A0]|,?[ \u00A0]and[ \u00A0]|,[ \u00A0]and[ \u00A0])$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start).replace(/[ \u00A0]and[ \u00A0]/, ' and '))) {
        const next = tokens[k + 1];
        if (capitalisedNext(text, tokens[k], next)) break;
        list.push(tokens[k]!);
        k += tokens[k + 1]?.norm === 'and' ? 2 : 1;
      }
      if (list.length >= 1) for (const t of list) addRelative(t, kin.start);
      continue;
    }
    const associate = ASSOCIATE.has(kin.norm);
    if (!(KIN.has(kin.norm) || associate) || !/^\p{Ll}/u.test(kin.raw)) continue;
    // "his wife of 61 years, Margaret"
    const skip = /^[ \u00A0]of[ \u00A0]\d{1,3}[ \u00A0]years/.test(text.slice(kin.end, kin.end + 16)) ? 3 : 0;
    const name = tokens[i + 1 + skip];
    if (!name) continue;
    const gap = text.slice(tokens[i + skip]!.end, name.start);
    if (!/^,?[ \u00A0]$/.test(gap) || !givenAt(i + 1 + skip)) continue;
    // "his wife Grace", "Mugabe's first wife, Sally", "his 22-year-old son, Te Kaurinui Robert Parata":
    // kinship said of someone, not a kind of person ("a son")
    if (!OWNED.test(text.slice(Math.max(0, kin.start - 40), kin.start))) continue;
    // a full name after the kinship word is that relative, named in full
    let j = i + 1 + skip;
    while (j + 1 < tokens.length && j - i < 4 && spaced(text, tokens[j], tokens[j + 1]) && /^\p{Lu}\p{Ll}/u.test(tokens[j + 1]!.raw) && !NOT_GIVEN.test(tokens[j + 1]!.raw)) j++;
    if (j > i + 1 + skip) {
      const start = name.start, end = tokens[j]!.end;
      if (taken(start, end)) continue;
      const full = text.slice(start, end);
      const entry = found.get(fold(full)) ?? { name: full, mentions: [] };
      entry.mentions.push({ text: full, start, end });
      found.set(fold(full), entry);
      continue;
    }
    if (associate) continue;
    addRelative(name, kin.start);
  }
  // later mentions of the given name alone ("Grace was not seen in public")
  for (let i = 0; i < tokens.length && found.size; i++) {
    const t = tokens[i]!;
    const p = found.get(t.norm);
    if (!p || !/^\p{Lu}/u.test(t.raw) || taken(t.start, t.end) || p.mentions.some((m) => m.start === t.start)) continue;
    const next = tokens[i + 1];
    if (capitalisedNext(text, t, next)) continue;
    p.mentions.push({ text: t.raw, start: t.start, end: t.end } satisfies Mention);
  }
  for (const p of found.values()) p.mentions.sort((a, b) => a.start - b.start);
  return [...found.values()];
}

/**
 * Whose kin this is: the person whose possessive stands right before ("Mugabe's first wife"), else,
 * of the people named in the window before it, the one the article names most (the subject an "his"
 * refers to: "He is survived by his wife" after a quote from someone else).
 */
function ownerBefore(text: string, sorted: NamedSpan[], counts: Map<string, number>, at: number): NamedSpan | null {
  const lo = countBefore(sorted, at, (x) => x.start);
  const last = sorted[lo - 1];
  if (!last || at - last.end > OWNER_WINDOW) return null;
  if (/^['’]s?[ \u00A0]/.test(text.slice(last.end, last.end + 3)) && at - last.end <= 40) return last;
  let best = last;
  for (let k = lo - 1; k >= 0 && at - sorted[k]!.end <= OWNER_WINDOW; k--) {
    if ((counts.get(sorted[k]!.name) ?? 0) > (counts.get(best.name) ?? 0)) best = sorted[k]!;
  }
  return best;
}
