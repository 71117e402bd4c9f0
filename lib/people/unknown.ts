/**
 * People named in the article who are not in the dataset. Precision first: a run of capitalised
 * words counts as a person's name only with evidence — a known given name first ("Jane Whitfield"),
 * a title or role before it ("Senator Warner", "economist Jane Doe"), or a verb of saying with a
 * two-word name ("Wade Bassi said"). Later mentions by surname (also "Mr. Bassi") join the person.
 */
import { fold, isCapitalised } from '../text/fold';
import { spaced, type Token } from '../text/tokenize';
import type { Mention } from '../match/resolve';
import { isParticle } from '../dataset/name-index';
import { joinLaterMentions, promoteCandidates, type Candidate } from './later-mentions';
import {
  TITLE,
  COMPOUND_TITLE,
  HONORIFIC,
  APPOSITION,
  LOWER_ROLE,
  BARE_APPOSITION,
  roleWithin,
  SAY_AFTER,
  surnameShaped,
  roleOfBefore,
  PLACE_PREPOSITION,
  STAFF_AT,
  BORN_AS,
  NAMED,
  SAY_BEFORE,
  NOT_NAME,
  ORGISH,
  COMPOUND_PART,
  PARTY,
  organisationFollows,
  CHARACTER_BEFORE,
  CHARACTER_AFTER,
  SHARES_BEFORE,
  SHARES_AFTER,
  GENERATION,
  surnameOf,
} from './words';
import { standsAlone, authorNote, inCreditLine, opensSentence } from './layout';

export interface UnknownPerson {
  name: string;
  mentions: Mention[];
}

/** The longest run of capitalised words read at once: a name with the titles before it ("U.S. District Judge Lorna Schofield"). */
const MAX_RUN = 8;
/** Given names (data/names and the dataset's people) and the dataset's surnames; folded. */
export interface NameLists {
  given: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
}

export function findUnknownPeople(
  text: string,
  tokens: Token[],
  taken: (start: number, end: number) => boolean,
  names: NameLists = { given: new Set(), surnames: new Set() },
  /** the article's byline: its authors are not people of the story */
  byline: string | null = null,
  /** true where a known person is named (a list "Putin and Jane Doe" names two people) */
  isPerson: (start: number, end: number) => boolean = () => false,
  /** the article's language ("a" is a determiner in English, "and" in Czech, "to" in Spanish) */
  lang: string | null = null,
): UnknownPerson[] {
  const english = !lang || /^en\b/i.test(lang);
  const authors = fold(byline ?? '');
  const found = new Map<string, UnknownPerson>();
  const titledSurnames: { surname: string; mention: Mention }[] = [];
  const alone: Mention[] = [];
  const maiden: { key: string; first: string; surname: string }[] = [];
  const candidates: Candidate[] = [];
  /** names the article shows to be organisations' ("strategist at Charles Schwab") */
  const organisations = new Set<string>();
  /** surnames a person is also known by (a married or maiden name) */
  const otherSurnames = new Map<UnknownPerson, string[]>();
  const isInitial = (t: Token, i: number) => /^\p{Lu}$/u.test(t.raw) && text[t.end] === '.' && i + 1 < tokens.length;
  const isNameWord = (t: Token) =>
    isCapitalised(t.raw) && /\p{L}/u.test(t.raw) && !NOT_NAME.has(t.norm) && t.raw.length > 1 && !/^\p{Lu}{3,}$/u.test(t.raw) && !taken(t.start, t.end);
  /** `key`: the name's words as matched (base forms where grammar changed them: "davida moyese" → "david moyes") */
  const add = (name: string, mention: Mention, key = fold(name)) => {
    if (authors && key.includes(' ') && authors.includes(key)) return;
    const entry = found.get(key) ?? { name, mentions: [] };
    // the name as written in its base form, once the article writes it so
    if (fold(name) === key && fold(entry.name) !== key) entry.name = name;
    entry.mentions.push(mention);
    found.set(key, entry);
  };
  let lastPersonEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // a known person just before a list ("Vladimir Putin and …") counts as the list's first person
    if (isPerson(t.start, t.end)) lastPersonEnd = t.end;
    if (!(isNameWord(t) || isInitial(t, i))) continue;
    // the run of name words: initials, particles and hyphenated parts ("Yong-hyun") allowed inside
    let j = i + 1;
    while (j < tokens.length && j - i < MAX_RUN) {
      const n = tokens[j]!;
      const gap = text.slice(tokens[j - 1]!.end, n.start);
      const prevTok = tokens[j - 1]!;
      // "Yong-hyun", and "Nyong'o": a lower-case part joined by a hyphen or an apostrophe
      const hyphenPart = (gap === '-' && /^\p{Ll}/u.test(n.raw) && !TITLE.has(prevTok.norm) && !COMPOUND_PART.test(n.raw)) || (/^['’]$/.test(gap) && /^\p{Ll}{1,2}$/u.test(n.raw) && !/^(?:s|t|d|ll|re|ve|m)$/.test(n.raw));
      const afterInitial = /^\p{Lu}$/u.test(prevTok.raw) && /^\.[\s\u00A0]?$/.test(gap);
      if (!hyphenPart && !afterInitial && !/^[\s\u00A0]$|^[-'’]$/.test(gap)) break;
      // particles, also in a chain ("Laure de la Raudière"), and O'/D' before a name ("D'Alema")
      let k = j;
      while (k < tokens.length - 1 && isParticle(tokens[k]!.norm) && k - j < 3) k++;
      const particleThenName = k > j && isNameWord(tokens[k]!);
      const elided = /^[DLO]$/.test(n.raw) && /^['’]$/.test(text.slice(n.end, n.end + 1)) && j + 1 < tokens.length && isNameWord(tokens[j + 1]!);
      // Irish "Ó", "Ní", "Nic", "Uí" before a surname ("Seán Ó Fearghaíl")
      const gaelic = /^(?:Ó|Ní|Nic|Uí)$/u.test(n.raw) && spaced(text, n, tokens[j + 1]) && isNameWord(tokens[j + 1]!);
      if (!(hyphenPart || isNameWord(n) || isInitial(n, j) || particleThenName || elided || gaelic)) break;
      j++;
    }
    const runStart = i;
    let from = i;
    const prev = tokens[i - 1];
    const prevGap = prev ? text.slice(prev.end, t.start) : '';
    // a title just before, on the same line, and not the tail of a contraction ("I’m Batman")
    const titled = !!prev && (TITLE.has(prev.norm) || COMPOUND_TITLE.test(prev.norm)) && /^[ \u00A0.]+$/.test(prevGap) && !/['’]/.test(text[prev.start - 1] ?? '');
    // the apposition "Yahoo's chief executive, Marissa Mayer, …": a lower-case role, a comma, a full name, a comma
    const commaRole = !!prev && TITLE.has(prev.norm) && /^\p{Ll}/u.test(prev.raw) && prevGap === ', ' && j - runStart >= 2 && text[tokens[j - 1]!.end] === ',';
    const honorific = titled && HONORIFIC.has(prev!.norm);
    // a title inside the run ("Opposition Leader Bill Shorten"): the name starts after it
    // …also after a title with its qualifier ("Defence Minister Kim Yong-hyun", "Interior Minister …")
    for (let k = j - 2; k >= runStart; k--) if (TITLE.has(tokens[k]!.norm) || COMPOUND_TITLE.test(tokens[k]!.norm)) {
      // "Dean Henderson": a title that is also a given name opens a name, unless it is a form of address
      if (k === runStart && names.given.has(tokens[k]!.norm) && !HONORIFIC.has(tokens[k]!.norm)) break;
      from = k + 1;
      break;
    }
    // a role word that is capitalised only because it starts the sentence ("Economist Jane Doe said")
    const startsSentence = runStart === 0 || opensSentence(text, t.start);
    const titleInRun = from > runStart && (HONORIFIC.has(tokens[from - 1]!.norm) || COMPOUND_TITLE.test(tokens[from - 1]!.norm) || (startsSentence && from === runStart + 1));
    // "Uwe Meier von der Universität Trier": a particle that leads into an organisation ends the name
    let to = j;
    for (let k = from + 1; k < j; k++) {
      if (!isParticle(tokens[k]!.norm) || !/^\p{Ll}/u.test(tokens[k]!.raw)) continue;
      if (tokens.slice(k + 1, j).some((w) => ORGISH.test(w.raw))) to = k;
      break;
    }
    // a run the length limit cut after a particle ("Uwe Meier von") ends before it
    if (to === j) while (to > from + 1 && isParticle(tokens[to - 1]!.norm) && /^\p{Ll}/u.test(tokens[to - 1]!.raw)) to--;
    // "la segretaria del Pd Elly Schlein", "the head of MI6 Richard Moore": a role of an organisation,
    // the organisation's one-word name, then the person
    const roleOf = from === runStart && to - from >= 3 && !names.given.has(tokens[from]!.norm) && roleOfBefore(text, tokens, runStart);
    if (roleOf) from++;
    // "Meteorologist Ryan Truchelut said": a word capitalised only by the sentence start, before a given name
    else if (from === runStart && startsSentence && to - from >= 3 && !names.given.has(tokens[from]!.norm) && names.given.has(tokens[from + 1]!.norm)) from++;
    const words = tokens.slice(from, to);
    // "San Francisco", "St Louis", "Santa Monica": places named after saints are not people
    if (prev && /^(?:san|santa|santo|sao|saint|st|ste|sainte)$/.test(prev.norm) && /^[\s\u00A0.]+$/.test(text.slice(prev.end, t.start))) {
      i = j - 1;
      continue;
    }
    const last = words.at(-1)!;
    i = j - 1;
    // "Bill Shorten", "Antoine Court de Gébelin": after a given name only the end says organisation
    const orgWords = names.given.has(words[0]!.norm) && words.length > 1 ? [last] : words;
    if (isParticle(last.norm) || orgWords.some((w) => ORGISH.test(w.raw)) || organisationFollows(text, tokens, j)) continue;
    // "Asia Digital Editor", "Virginia Democrat": a job or a party, not a surname, ends the run
    if (words.length > 1 && (TITLE.has(last.norm) || PARTY.test(last.raw))) continue;
    const start = words[0]!.start, end = last.end;
    const name = text.slice(start, end);
    const mention = { text: name, start, end };
    const isCredit = () => inCreditLine(text, start, end);
    if (words.length === 1) {
      // "Mr. Bassi", "Senator Warner"; not "Star Wars" (a role word that only starts the sentence)
      // …and "coach Tite said", "o técnico Tite declarou": a lower-case role, one name, a verb of saying
      const roleSpeaks = titled && /^\p{Ll}/u.test(prev!.raw) && SAY_AFTER.test(text.slice(end, end + 16));
      if ((honorific || roleSpeaks || (titleInRun && HONORIFIC.has(tokens[from - 1]!.norm))) && /^\p{Lu}\p{Ll}/u.test(name) && !GENERATION.test(name) && !isCredit()) titledSurnames.push({ surname: name, mention });
      continue;
    }
    // what rules a run out, cheapest first
    // "The Pictorial Key", "#Hamilton Chicago": a determiner or a hashtag makes it a thing
    const determined = !!prev && (prev.norm === 'the' || (english && /^(?:a|an)$/.test(prev.norm))) && /^[ \u00A0]$/.test(prevGap) && !honorific && !titleInRun;
    if (determined || /[#@]/.test(text[start - 1] ?? '')) continue;
    // "the Illinois Department of Natural Resources": the end of an organisation's name
    const before = tokens[runStart - 2];
    if (prev && /^(?:of|for|on)$/.test(prev.norm) && before && ORGISH.test(before.raw)) continue;
    // "analysts at Fitch Ratings said": a verb of saying after "at …" is an organisation's, not a name's evidence
    const atPlace = !!prev && /^(?:at|chez|bei|en)$/.test(prev.norm) && /^[ \u00A0]$/.test(prevGap);
    // "analysts at Morgan Stanley": people at a place of work name the place, whatever its first word
    // …and a company by what its shares do; either way the name is an organisation's all through the article
    if ((atPlace && STAFF_AT.test(text.slice(Math.max(0, prev!.start - 20), prev!.start))) || SHARES_BEFORE.test(text.slice(Math.max(0, start - 16), start)) || SHARES_AFTER.test(text.slice(end, end + 30))) {
      organisations.add(keyOf(text, words));
      continue;
    }
    // "playing the chaos theorist Ian Malcolm", "Ian Malcolm, played by Jeff Goldblum": a character
    if (CHARACTER_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || CHARACTER_AFTER.test(text.slice(end, end + 16))) continue;
    // a name opening a short last paragraph that says who someone is ("Jane Doe is a political
    // scientist…": the author's note), or standing alone on its line (a credit under the story)
    if (authorNote(text, start, end)) continue;
    if (standsAlone(text, start, end)) {
      // …but a caption naming someone of the story is one more mention of them
      alone.push(mention);
      continue;
    }
    // the evidence that it is a person's name, cheapest first
    const givenNames = names.given;
    const given = () => givenNames.has(words[0]!.norm) || (isInitial(words[0]!, from) && words.length > 2 && givenNames.has(words[1]!.norm));
    // "Grace Mugabe", "Sally Mugabe": a known surname after a capitalised word is someone of that family;
    // "Georgia O'Keeffe", "Nadia Kowalski": a surname by its very shape
    // …but not a place after a preposition of place ("near Siesta Key")
    const family = () =>
      (words.length === 2 && names.surnames.has(last.norm) && !givenNames.has(last.norm) && !(prev && PLACE_PREPOSITION.test(prev.norm))) || (words.length <= 3 && surnameShaped(text, words));
    const roleBefore = () => titled && (!/^\p{Lu}/u.test(prev!.raw) || opensSentence(text, prev!.start));
    // "Jonathan Moyo and Saviour Kasukuwere": listed with someone already known to be a person
    const listed = () => words.length <= 3 && lastPersonEnd >= 0 && /^(?:,\s*|\s+(?:and|or|et|und|y|e)\s+)$/u.test(text.slice(lastPersonEnd, start));
    // "Saviour Kasukuwere, the former minister": an apposition naming a role
    const apposition = () => {
      if (words.length > 3 || text[end] !== ',') return false;
      const after = text.slice(end, end + 60);
      const lowerRole = LOWER_ROLE.exec(after);
      return (APPOSITION.test(after) && roleWithin(after)) || BARE_APPOSITION.test(after) || (!!lowerRole && TITLE.has(fold(lowerRole[1]!)));
    };
    const speaking = () => !atPlace && words.length <= 3 && (SAY_AFTER.test(text.slice(end, end + 16)) || SAY_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || NAMED.test(text.slice(Math.max(0, start - 30), start)));
    if ((roleOf || commaRole || honorific || titleInRun || given() || family() || roleBefore() || listed() || apposition() || speaking()) && !isCredit()) {
      add(baseName(text, words), mention, keyOf(text, words));
      lastPersonEnd = end;
      const born = words.length >= 2 ? BORN_AS.exec(text.slice(end, end + 40)) : null;
      if (born) maiden.push({ key: keyOf(text, words), first: words[0]!.norm, surname: fold(born[1]!) });
    } else if (words.length >= 2 && words.length <= 3 && /^\p{Lu}\p{Ll}/u.test(last.raw)) {
      // no evidence yet: a person if the article later speaks of them by surname ("Obi said", "Mr. Obi")
      candidates.push({ name: baseName(text, words), mention, key: keyOf(text, words), last: last.norm });
    }
  }
  for (const key of organisations) found.delete(key);
  promoteCandidates(text, tokens, candidates.filter((c) => !organisations.has(c.key)), (c) => found.has(c.key), (c) => {
    if (!inCreditLine(text, c.mention.start, c.mention.end)) add(c.name, c.mention, c.key);
  });
  // "Ellen Gille, née Fetter": one person by her two surnames
  for (const { key, first, surname } of maiden) {
    const married = found.get(key);
    const before = found.get(`${first} ${surname}`);
    if (!married) continue;
    if (before && before !== married) {
      before.mentions.push(...married.mentions);
      found.delete(key);
      otherSurnames.set(before, [...(otherSurnames.get(before) ?? []), fold(surnameOf(married.name.split(/[\s\u00A0]+/)))]);
    } else otherSurnames.set(married, [...(otherSurnames.get(married) ?? []), surname]);
  }
  for (const m of alone) found.get(fold(m.text))?.mentions.push(m);
  joinLaterMentions(text, tokens, found, titledSurnames, otherSurnames, taken, add);
  for (const p of found.values()) p.mentions.sort((a, b) => a.start - b.start);
  return [...found.values()];
}

/**
 * A run's name in its base form where grammar changed it ("Davida Moyese" → "David Moyes"): each
 * word cut to its base form when that is how it begins, else as written.
 */
function baseName(text: string, words: Token[]): string {
  let name = '';
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (k) name += text.slice(words[k - 1]!.end, w.start);
    const prefix = w.raw.slice(0, w.norm.length);
    name += fold(w.raw) !== w.norm && fold(prefix) === w.norm ? prefix : w.raw;
  }
  return name;
}

/** A run's name as matched: its words' folded (base) forms, with what stands between them. */
function keyOf(text: string, words: Token[]): string {
  let key = words[0]!.norm;
  for (let k = 1; k < words.length; k++) key += fold(text.slice(words[k - 1]!.end, words[k]!.start)) + words[k]!.norm;
  return key;
}
