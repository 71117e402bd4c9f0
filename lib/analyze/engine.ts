/**
 * The pipeline: snapshot → names → links → citations → cards. The engine holds what is built
 * once per dataset (merged packs, name index, domain index); `analyze` is pure per article.
 */
import type { Pack } from '../dataset/schema';
import { mergePacks, type MergedDataset } from '../dataset/merge';
import { buildNameIndex, type NameIndex } from '../dataset/name-index';
import { isCompiled, type CompiledPack } from '../dataset/compiled';
import { buildDomainIndex, publisherFor, type DomainIndex } from '../context/publisher';
import { buildCountryWords, countryMentions, type CountryWords } from '../context/countries';
import { capitalisedNext, spaced, tokenize, type Token } from '../text/tokenize';
import { resolvePublished } from '../extract/dates';
import { sentenceSpans } from '../text/sentences';
import { scan } from '../match/scan';
import { resolve, type Linked } from '../match/resolve';
import { findCitations } from '../attribution/cite';
import { bylineNames, bylineOutlets } from '../attribution/byline';
import { findUnknownPeople, type NameLists, type UnknownPerson } from '../people/unknown';
import { findRelatives } from '../people/relatives';
import { isCreditLine, surnameOf } from '../people/words';
import { givenNamesOf, surnamesOf } from '../people/given-names';
import { fold } from '../text/fold';
import { baseFormTokens, inflects } from '../text/inflection';
import { findUnknownSources } from '../attribution/unknown-sources';
import type { ArticleSnapshot } from './snapshot';
import type { Analysis, CitedSourceView, OrganizationView } from './analysis';
import { orgView, personView } from './views';
import { overlapTest } from '../text/spans';

/** Kinds of body one speaks to rather than cites ("told parliament"). */
const AUDIENCES = new Set(['parliament', 'court', 'intergovernmental']);

export interface Engine {
  data: MergedDataset;
  names: NameIndex;
  domains: DomainIndex;
  analyze(snapshot: ArticleSnapshot): Analysis;
}

export interface EngineOptions {
  /** given names (any case) that mark an unknown capitalised pair as a person's name */
  givenNames?: Iterable<string>;
  /** known surnames: "<Name> <known surname>" is a person (a relative, a namesake) */
  surnames?: Iterable<string>;
}

/** Packs highest priority first; compiled (bundled) packs bring their indexes prebuilt. */
export function createEngine(packs: readonly (Pack | CompiledPack)[], options: EngineOptions = {}): Engine {
  const data = mergePacks(packs);
  const names = buildNameIndex(data);
  const domains = buildDomainIndex(data);
  const countries = buildCountryWords(data);
  const given = new Set<string>();
  for (const n of options.givenNames ?? []) given.add(fold(n));
  const surnames = new Set<string>();
  for (const n of options.surnames ?? []) surnames.add(fold(n));
  // a reader's own packs: their people's given names count too (bundled ones are in the list)
  for (const p of packs) if (!isCompiled(p)) {
    for (const g of givenNamesOf(p.entities)) given.add(g);
    for (const g of surnamesOf(p.entities)) surnames.add(g);
  }
  return { data, names, domains, analyze: (s) => analyze(s, data, names, domains, countries, { given, surnames }) };
}

function analyze(s: ArticleSnapshot, data: MergedDataset, names: NameIndex, domains: DomainIndex, countries: CountryWords, known: NameLists): Analysis {
  const given = known.given;
  const text = s.text;
  const day = s.published ?? resolvePublished(s.dateHints, s.canonicalUrl ?? s.url);
  // Czech, Polish…: "Putina", "Součka" are read as "Putin", "Souček"
  const tokens = inflects(s.lang)
    ? baseFormTokens(tokenize(text), (w) => !!names.bucket(w), (w) => !!names.bucket(w) || given.has(w) || known.surnames.has(w))
    : tokenize(text);
  const sentences = sentenceSpans(text);
  const matches = scan(text, tokens, names);
  const get = (id: string) => data.entities.get(id)!;
  const countryNamed = countryMentions(tokens, countries);
  const res = resolve(text, tokens, matches, data, day, countryNamed);
  // on a page in another language, an outlet named only by an acronym is a local one unless its own
  // country is named: "rádio CBN" in Portuguese is not China Business Network (wire agencies excepted)
  if (s.lang && !/^en\b/i.test(s.lang)) {
    const foreignAcronym = (l: Linked) => {
      const e = get(l.id).entity;
      return e.type === 'outlet' && e.kind !== 'news_agency' && !!e.country && !countryNamed(e.country) && l.mentions.every((m) => /^\p{Lu}{2,5}$/u.test(m.text));
    };
    res.outlets = res.outlets.filter((l) => !foreignAcronym(l));
    res.contextual = res.contextual.filter((l) => !foreignAcronym(l));
  }
  // people named in a credit line ("Associated Press writer Michelle L. Price contributed") are not the story's
  const inCredit = overlapTest(sentences.filter((x) => isCreditLine(text.slice(x.start, x.end))));
  res.people = res.people.map((l) => ({ ...l, mentions: l.mentions.filter((m) => !inCredit(m.start, m.end)) })).filter((l) => l.mentions.length);

  const sources = [...res.outlets, ...res.organizations];
  const citations = findCitations(text, sentences, [...sources, ...res.contextual], res.people, (id) => {
    const e = get(id).entity;
    return e.type === 'organization' && AUDIENCES.has(e.kind);
  });
  // a byline that is only agencies ("AFP"): the story is their copy
  for (const id of s.byline ? bylineOutlets(s.byline, names, (id) => get(id).entity.type === 'outlet') : []) {
    const ev = { text: s.byline!, sentence: s.byline!, start: text.length, end: text.length, credit: true };
    const c = citations.find((x) => x.id === id);
    if (c) c.evidence.push(ev);
    else citations.push({ id, evidence: [ev], relays: [] });
  }
  const cited = new Set(citations.map((c) => c.id));

  const mentionsOf = new Map([...sources, ...res.contextual].map((l) => [l.id, l.mentions]));
  const citedSources: CitedSourceView[] = citations.map((c) => ({
    ...orgView(get(c.id), data),
    mentions: mentionsOf.get(c.id) ?? [],
    evidence: c.evidence,
    relays: c.relays,
  }));
  const organizations: OrganizationView[] = sources
    .filter((l) => !cited.has(l.id))
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)
    .map((l) => ({ ...orgView(get(l.id), data), mentions: l.mentions }));

  // the names already linked (people, outlets, organisations, cited one-word outlets), in text order
  const overlaps = overlapTest([...res.people, ...res.outlets, ...res.organizations, ...res.contextual.filter((c) => cited.has(c.id))].flatMap((l) => l.mentions));
  const isPerson = overlapTest(res.people.flatMap((l) => l.mentions));
  const unknownPeople = findUnknownPeople(text, tokens, overlaps, known, s.byline, isPerson, s.lang);
  res.people = yieldBareSurnames(res.people, unknownPeople);
  const named = [
    ...res.people.flatMap((l) => l.mentions.map((m) => ({ name: get(l.id).entity.name, start: m.start, end: m.end }))),
    ...unknownPeople.flatMap((u) => u.mentions.map((m) => ({ name: u.name, start: m.start, end: m.end }))),
  ];
  const namedAt = overlapTest(named);
  const takenOrNamed = (a: number, b: number) => overlaps(a, b) || namedAt(a, b);
  mergePeople(unknownPeople, findRelatives(text, tokens, named, takenOrNamed));
  firstNameMentions(text, tokens, res.people, (id) => get(id).entity.name, unknownPeople, takenOrNamed);
  const personAt = overlapTest(unknownPeople.flatMap((u) => u.mentions));
  const unlinkedAt = overlapTest(res.unlinked);
  const personWords = new Set<string>();
  // the people named, and the byline's authors ("Mascaro reported from Washington" is the reporter)
  for (const p of [...res.people.map((l) => get(l.id).entity.name), ...unknownPeople.map((u) => u.name), ...bylineNames(s.byline)]) for (const w of p.split(/\s+/)) personWords.add(fold(w));
  const unknownSources = findUnknownSources(text, sentences, {
    isKnown: (start, end) => overlaps(start, end) || personAt(start, end) || unlinkedAt(start, end),
    isPersonWord: (w) => {
      const f = fold(w);
      return given.has(f) || personWords.has(f);
    },
  });

  const publisherId = publisherFor(s.canonicalUrl ?? s.url, domains) ?? publisherFor(s.url, domains);
  const credit = citations.find((c) => c.evidence.some((e) => e.credit) && c.id !== publisherId);

  return {
    article: { url: s.url, title: s.title, byline: s.byline, siteName: s.siteName, lang: s.lang, published: day, text },
    publisher: publisherId ? orgView(get(publisherId), data) : null,
    republishedFrom: credit ? { id: credit.id, name: get(credit.id).entity.name } : null,
    people: res.people.map((l) => personView(get(l.id), l, day, data.checked)),
    citedSources,
    organizations,
    unknownPeople,
    unknownSources,
    dataset: { checked: data.checked, packs: data.packs.map((p) => p.id) },
  };
}

/**
 * A dataset person named only by a bare surname, linked by context, yields to someone of that
 * surname the article introduced in full before ("Han Dong-hoon, the leader of the PPP… Han, the
 * leader of Yoon's own party" is not Han Duck-soo): their mentions join that person.
 */
function yieldBareSurnames(people: Linked[], unknown: UnknownPerson[]): Linked[] {
  const introduced = new Map<string, { p: UnknownPerson; at: number }>();
  for (const u of unknown) {
    const parts = u.name.split(/[\s\u00A0]+/);
    if (parts.length < 2) continue;
    const key = fold(surnameOf(parts));
    const at = u.mentions[0]!.start;
    if (!introduced.has(key) || introduced.get(key)!.at > at) introduced.set(key, { p: u, at });
  }
  if (!introduced.size) return people;
  return people.filter((l) => {
    if (l.mentions.some((m) => /[\s\u00A0]/.test(m.text))) return true;
    const keys = new Set(l.mentions.map((m) => fold(m.text)));
    const owner = keys.size === 1 ? introduced.get([...keys][0]!) : undefined;
    if (!owner || owner.at > l.mentions[0]!.start) return true;
    owner.p.mentions = [...owner.p.mentions, ...l.mentions].sort((a, b) => a.start - b.start);
    return false;
  });
}

/**
 * "Prince Faisal bin Farhan … Faisal told reporters": after a dataset person is named in full, their
 * first name alone is theirs — when no one else named in the article has that first name.
 */
function firstNameMentions(text: string, tokens: Token[], people: Linked[], nameOf: (id: string) => string, unknown: UnknownPerson[], taken: (start: number, end: number) => boolean): void {
  const owners = new Map<string, { l: Linked; at: number } | null>();
  const claim = (first: string, value: { l: Linked; at: number } | null) => owners.set(first, owners.has(first) ? null : value);
  for (const l of people) {
    const full = l.mentions.find((m) => /[\s\u00A0]/.test(m.text));
    const first = nameOf(l.id).split(/[\s\u00A0]+/)[0]!;
    if (full && /^\p{Lu}\p{Ll}{2,}$/u.test(first)) claim(fold(first), { l, at: full.start });
  }
  for (const u of unknown) claim(fold(u.name.split(/[\s\u00A0]+/)[0]!), null);
  if (![...owners.values()].some(Boolean)) return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const owner = owners.get(t.norm);
    if (!owner || t.start < owner.at || !/^\p{Lu}/u.test(t.raw) || taken(t.start, t.end)) continue;
    const prev = tokens[i - 1];
    if (capitalisedNext(text, t, tokens[i + 1]) || (spaced(text, prev, t) && /^\p{Lu}/u.test(prev!.raw))) continue;
    owner.l.mentions.push({ text: t.raw, start: t.start, end: t.end });
  }
  for (const l of people) l.mentions.sort((a, b) => a.start - b.start);
}

/** Adds people to a list, joining one of the same name. */
function mergePeople(into: UnknownPerson[], more: UnknownPerson[]): void {
  for (const p of more) {
    const same = into.find((q) => fold(q.name) === fold(p.name));
    if (!same) into.push(p);
    else same.mentions = [...same.mentions, ...p.mentions].sort((a, b) => a.start - b.start);
  }
}
