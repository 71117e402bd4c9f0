/** Given names: from data/names/given-names.txt and from the first names of the dataset's people. */
import type { Entity } from '../dataset/schema';
import { fold } from '../text/fold';
import { tokenize } from '../text/tokenize';

const TITLES = /^(?:sir|dame|lord|lady|king|queen|prince|princess|sheikh|emir|sultan|pope|saint|st|general|gen|dr|mr|mrs|ms|al|el|abu|ibn|bin)$/i;

/** The folded first names of the people in a list of entities (not titles, not initials). */
export function givenNamesOf(entities: Iterable<Entity>): Set<string> {
  const out = new Set<string>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const toks = tokenize(e.name);
    if (toks.length < 2) continue;
    const first = toks[0]!;
    if (first.raw.length > 1 && !TITLES.test(first.raw) && /^\p{Lu}\p{Ll}/u.test(first.raw)) out.add(fold(first.raw));
  }
  return out;
}

/** Parses the given-names file: one name a line, '#' comments. */
export function parseGivenNames(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/** The folded surnames of the people in a list of entities (their short forms and last names). */
export function surnamesOf(entities: Iterable<Entity>): Set<string> {
  const out = new Set<string>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const toks = tokenize(e.name);
    if (toks.length >= 2 && toks.at(-1)!.raw.length > 2) out.add(fold(toks.at(-1)!.raw));
    for (const s of e.short ?? []) {
      const t = tokenize(s);
      if (t.length === 1 && t[0]!.raw.length > 2) out.add(fold(t[0]!.raw));
    }
  }
  return out;
}

/**
 * The names of a broad published list of first names that can serve as evidence of a person:
 * not common English words ("Grace", "Will", "Court"), not places ("Virginia", "Asia"), not the
 * dataset's surnames ("Murdoch"), and longer than two letters ("El", "Al").
 */
export function broadGivenNames(
  names: Iterable<string>,
  exclude: { commonWords: ReadonlySet<string>; notNames: ReadonlySet<string>; surnames: ReadonlySet<string> },
): Set<string> {
  const out = new Set<string>();
  for (const raw of names) {
    const name = raw.trim();
    const key = fold(name);
    if (name.length < 3 || exclude.commonWords.has(name.toLowerCase()) || exclude.notNames.has(key) || exclude.surnames.has(key)) continue;
    out.add(key);
  }
  return out;
}
