/**
 * The later mentions of the people found in an article: surnames ("Mr. Bassi", "Bassi said"), the
 * same person named two ways, first names alone, full names recurring, and names without evidence
 * that the article proves later by speaking of them by surname.
 */
import { fold } from '../text/fold';
import { capitalisedNext, spaced, type Token } from '../text/tokenize';
import type { Mention } from '../match/resolve';
import { isParticle } from '../dataset/name-index';
import { countBefore, overlapTest } from '../text/spans';
import { HONORIFIC, NOT_NAME, SAY_AFTER, TITLE, surnameOf } from './words';
import type { UnknownPerson } from './unknown';

/**
 * Joins later mentions to the people of `found` (keyed by their folded names). `titledSurnames`: one
 * word after a title ("Mr. Bassi"), which `add` makes a person when no one has that surname;
 * `otherSurnames`: a married or maiden name a person is also known by.
 */
export function joinLaterMentions(
  text: string,
  tokens: Token[],
  found: Map<string, UnknownPerson>,
  titledSurnames: { surname: string; mention: Mention }[],
  otherSurnames: Map<UnknownPerson, string[]>,
  taken: (start: number, end: number) => boolean,
  add: (name: string, mention: Mention) => void,
): void {
  const words = (p: UnknownPerson) => p.name.split(/[\s\u00A0]+/);
  // surnames: "Mr. Bassi" joins the person introduced in full (also a many-word surname: "Van Horn")
  const byEnding = new Map<string, UnknownPerson>();
  for (const p of found.values()) {
    const w = words(p).map(fold);
    for (let k = 1; k < w.length && k <= 3; k++) {
      const key = w.slice(-k).join(' ');
      if (!byEnding.has(key)) byEnding.set(key, p);
    }
  }
  for (const { surname, mention } of titledSurnames) {
    const p = byEnding.get(fold(surname).split(/[\s\u00A0]+/).join(' '));
    if (p) p.mentions.push(mention);
    else add(surname, mention);
  }
  // one person named two ways ("Michael Forrest Jones" and "Forrest Jones"; "Arthur Waite" for
  // "Arthur Edward Waite"): the shorter joins the longer (people indexed by last word: no n² scan)
  // "Al-Sager added": a one-word person who is the surname of someone introduced in full joins them
  const bySurnameFull = new Map<string, UnknownPerson>();
  for (const p of found.values()) if (words(p).length > 1) bySurnameFull.set(fold(surnameOf(words(p))), p);
  for (const [key, p] of [...found.entries()]) {
    if (words(p).length !== 1) continue;
    const into = bySurnameFull.get(key);
    if (into && into !== p) {
      into.mentions.push(...p.mentions);
      found.delete(key);
    }
  }
  const byLast = new Map<string, [string, UnknownPerson][]>();
  for (const entry of found.entries()) {
    const last = fold(words(entry[1]).at(-1)!);
    push(byLast, last, entry);
  }
  for (const group of byLast.values()) {
    if (group.length < 2 || group.length > 50) continue;
    group.sort((a, b) => b[1].name.length - a[1].name.length);
    for (const [key, p] of group) {
      const w = words(p).map(fold);
      if (w.length < 2 || !found.has(key)) continue;
      const into = group.find(([k, q]) => {
        if (k === key || !found.has(k)) return false;
        const v = words(q).map(fold);
        return v.length > w.length && (v.slice(-w.length).join(' ') === w.join(' ') || (v[0] === w[0] && v.at(-1) === w.at(-1)));
      });
      if (into) {
        into[1].mentions.push(...p.mentions);
        found.delete(key);
      }
    }
  }
  // later mentions, in one pass over the words: a bare surname joins the person of that surname
  // introduced most recently before it (a hyphenated given name, "Kim Yong-hyun", puts the surname
  // first); a first name alone ("Lupita") joins the one person who has it
  const bySurname = new Map<string, { p: UnknownPerson; at: number }[]>();
  const byFirstName = new Map<string, { p: UnknownPerson; at: number }[]>();
  for (const p of found.values()) {
    const parts = words(p);
    const at = Math.min(...p.mentions.map((m) => m.start));
    // one name ("coach Tite", "Mr. Bassi"): later the name alone is theirs too
    push(bySurname, fold(surnameOf(parts)), { p, at });
    for (const other of otherSurnames.get(p) ?? []) push(bySurname, other, { p, at });
    if (parts.length < 2) continue;
    if (/^\p{Lu}\p{Ll}{2,}$/u.test(parts[0]!)) {
      const f = fold(parts[0]!);
      push(byFirstName, f, { p, at });
    }
  }
  for (const list of [...bySurname.values(), ...byFirstName.values()]) list.sort((a, b) => a.at - b.at);
  const already = overlapTest([...found.values()].flatMap((p) => p.mentions));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!/^\p{Lu}/u.test(t.raw) || already(t.start, t.end) || taken(t.start, t.end)) continue;
    const prev = tokens[i - 1], next = tokens[i + 1];
    // not part of a hyphenated or longer name: "Yong-hyun", "Margie Kim", "Kim Jong"
    if (text[t.start - 1] === '-' || (next && text[t.end] === '-' && next.start === t.end + 1)) continue;
    // "De Miranda": a capitalised particle belongs to the surname
    const particle = spaced(text, prev, t) && /^\p{Lu}/u.test(prev!.raw) && isParticle(prev!.norm);
    const joinedBefore = !particle && spaced(text, prev, t) && /^\p{Lu}\p{Ll}+$/u.test(prev!.raw) && !TITLE.has(prev!.norm) && !NOT_NAME.has(prev!.norm);
    const startsSentence = !prev || /[.!?:]\s*$|\n\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start));
    const owners = bySurname.get(t.norm);
    // "Brandt Construction", "Brandt CEO": the surname starts another name
    const joinedAfter = capitalisedNext(text, t, next);
    if (owners && (!joinedBefore || startsSentence) && !joinedAfter) {
      let owner = principalBefore(owners, t.start);
      owner ??= owners.length === 1 ? owners[0]!.p : undefined;
      const from = particle ? prev!.start : t.start;
      if (owner) owner.mentions.push({ text: text.slice(from, t.end), start: from, end: t.end });
      continue;
    }
    // a first name alone ("Arthur spent…"): the person of that first name introduced last before it
    const firsts = byFirstName.get(t.norm);
    if (!firsts || joinedAfter || joinedBefore) continue;
    let single: UnknownPerson | undefined;
    single = lastBefore(firsts, t.start);
    if (single) single.mentions.push({ text: t.raw, start: t.start, end: t.end });
  }
  fullNamesAgain(text, tokens, [...found.values()], taken);
}

/** A run that looked like a name, without evidence yet. */
export interface Candidate {
  name: string;
  mention: Mention;
  key: string;
  /** its last word, folded */
  last: string;
}

/**
 * "Chukwuemeka Obi runs a stall… Obi said": a run without evidence is a person when the article
 * later names them by that surname alone, speaking or with a title. Each candidate's first mention
 * comes before the surname's.
 */
export function promoteCandidates(text: string, tokens: Token[], candidates: Candidate[], known: (c: Candidate) => boolean, promote: (c: Candidate) => void): void {
  if (!candidates.length) return;
  const byLast = new Map<string, Candidate[]>();
  for (const c of candidates) push(byLast, c.last, c);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const list = byLast.get(t.norm);
    if (!list || !/^\p{Lu}\p{Ll}/u.test(t.raw)) continue;
    const prev = tokens[i - 1], next = tokens[i + 1];
    if (spaced(text, prev, t) && /^\p{Lu}/u.test(prev!.raw) && !HONORIFIC.has(prev!.norm)) continue;
    if (capitalisedNext(text, t, next)) continue;
    const titled = !!prev && HONORIFIC.has(prev.norm) && /^[ \u00A0.]+$/.test(text.slice(prev.end, t.start));
    if (!titled && !SAY_AFTER.test(text.slice(t.end, t.end + 16))) continue;
    const c = list.find((x) => x.mention.start < t.start);
    if (c && !known(c)) promote(c);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Of the people of one surname introduced before `at`, the one the article names most (a bare
 * "Kejriwal" after "Kejriwal's wife Sunita Kejriwal" is still Arvind Kejriwal); the latest on a tie.
 * Only the last few introduced are weighed: a list of thousands of Smiths stays linear.
 */
function principalBefore(sorted: { p: UnknownPerson; at: number }[], at: number): UnknownPerson | undefined {
  const n = countBefore(sorted, at, (x) => x.at);
  let best: UnknownPerson | undefined;
  for (let k = n - 1; k >= 0 && k >= n - 8; k--) if (!best || sorted[k]!.p.mentions.length > best.mentions.length) best = sorted[k]!.p;
  return best;
}

/** The person introduced last before `at`, from a list sorted by introduction. */
function lastBefore(sorted: { p: UnknownPerson; at: number }[], at: number): UnknownPerson | undefined {
  return sorted[countBefore(sorted, at, (x) => x.at) - 1]?.p;
}

/**
 * Every place a person's full name recurs ("occultist Aleister Crowley", a caption's "Hori Parata")
 * is theirs, whatever stands around it.
 */
function fullNamesAgain(text: string, tokens: Token[], people: UnknownPerson[], taken: (start: number, end: number) => boolean): void {
  const byName = new Map<string, UnknownPerson>();
  let longest = 0;
  for (const p of people) {
    const words = p.name.split(/[\s\u00A0]+/).map(fold);
    if (words.length < 2 || words.some((w) => !/^[\p{L}\p{M}'’.-]+$/u.test(w))) continue;
    byName.set(words.join(' '), p);
    longest = Math.max(longest, words.length);
  }
  if (!byName.size) return;
  const mentioned = overlapTest(people.flatMap((p) => p.mentions));
  for (let i = 0; i < tokens.length; i++) {
    if (!/^\p{Lu}/u.test(tokens[i]!.raw)) continue;
    // a name that starts here, its words joined by a space, a dot or a hyphen
    let key = tokens[i]!.norm;
    for (let n = 2; n <= longest && i + n - 1 < tokens.length; n++) {
      const prev = tokens[i + n - 2]!, next = tokens[i + n - 1]!;
      if (!/^[ \u00A0.-]{1,2}$/.test(text.slice(prev.end, next.start))) break;
      key += ` ${next.norm}`;
      const p = byName.get(key);
      if (!p) continue;
      const start = tokens[i]!.start, end = next.end;
      if (!mentioned(start, end) && !taken(start, end)) p.mentions.push({ text: text.slice(start, end), start, end });
      i += n - 1;
      break;
    }
  }
  for (const p of people) p.mentions.sort((a, b) => a.start - b.start);
}
