/**
 * Turns raw name matches into links. Full names link at once; surnames and short forms link to
 * the person introduced in full in the same article, or else only when the data and the context
 * agree (a title before the name, an office held on the article's date, a single candidate).
 */
import { countBefore } from '../text/spans';
import type { Token } from '../text/tokenize';
import type { MergedDataset } from '../dataset/merge';
import type { Person } from '../dataset/schema';
import { activeOn, aliveOn } from '../context/roles';
import type { Match } from './scan';

export interface Mention {
  text: string;
  start: number;
  end: number;
}

export interface Linked {
  id: string;
  mentions: Mention[];
  confidence: number;
}

export interface Resolution {
  people: Linked[];
  outlets: Linked[];
  /** outlets named only by a one-word name: sources only where the article cites them */
  contextual: Linked[];
  organizations: Linked[];
  /** person-like short forms that could not be linked with enough confidence */
  unlinked: Mention[];
}

export const LINK_THRESHOLD = 0.6;

const TITLES = new Set(
  'president mr mrs ms miss dr minister prime chancellor king queen prince princess sheikh shaikh emir general gen senator sen secretary premier ayatollah spokesman spokeswoman spokesperson ambassador governor mayor judge justice commander colonel col lieutenant sir lord lady dame pope sultan crown vice speaker leader chairman chief rep representative congressman congresswoman envoy counterpart ministers foreign defence defense m mme elect former ex late herr frau señor sr sra präsident président presidente kanzler kanzlerin'.split(' '),
);

function titleBefore(tokens: Token[], from: number): boolean {
  const prev = tokens[from - 1];
  return !!prev && TITLES.has(prev.norm);
}

export function resolve(
  text: string,
  tokens: Token[],
  matches: Match[],
  data: MergedDataset,
  day: string | null,
  countryNamed: (cc: string) => boolean = () => false,
): Resolution {
  const when = day ?? data.checked;
  const person = (id: string) => {
    const e = data.entities.get(id)?.entity;
    return e?.type === 'person' ? e : undefined;
  };
  const score = (p: Person) => (activeOn(p, when) ? 2 : 0) + (aliveOn(p, when) ? 1 : 0);
  const links = new Map<string, Linked>();
  const contextual = new Map<string, Linked>();
  const add = (id: string, m: Match, confidence: number, into = links) => {
    const mention = { text: text.slice(m.start, m.end), start: m.start, end: m.end };
    const l = into.get(id);
    if (l) {
      l.mentions.push(mention);
      l.confidence = Math.max(l.confidence, confidence);
    } else into.set(id, { id, mentions: [mention], confidence });
  };
  const unlinked: Mention[] = [];

  // Pass 1: full names (people), names of outlets and organisations, acronyms.
  /** starts of each person's full-name mentions, in text order */
  const fullAt = new Map<string, number[]>();
  const shortMatches: Match[] = [];
  for (const m of matches) {
    const nonPerson = m.forms.filter((f) => !person(f.id));
    const fullPersons = m.forms.filter((f) => f.kind === 'full' && person(f.id));
    if (fullPersons.length) {
      const ids = [...new Set(fullPersons.map((f) => f.id))];
      const ranked = ids.map((id) => ({ id, s: score(person(id)!) })).sort((a, b) => b.s - a.s);
      const best = ranked[0]!;
      const tie = ranked.length > 1 && ranked[1]!.s === best.s;
      const confidence = ids.length === 1 ? 0.97 : tie ? 0.5 : 0.75;
      if (confidence >= LINK_THRESHOLD) {
        add(best.id, m, confidence);
        (fullAt.get(best.id) ?? fullAt.set(best.id, []).get(best.id)!).push(m.start);
      } else unlinked.push({ text: text.slice(m.start, m.end), start: m.start, end: m.end });
    } else if (nonPerson.some((f) => f.kind !== 'contextual')) {
      // one name, several bodies (PTI, RSF, CNA): the one whose country the article names, else none
      let ids = [...new Set(nonPerson.filter((f) => f.kind !== 'contextual').map((f) => f.id))];
      if (ids.length > 1) {
        const country = (id: string) => data.entities.get(id)!.entity.country;
        ids = ids.filter((id) => { const cc = country(id); return !!cc && countryNamed(cc); });
      }
      if (ids.length === 1) add(ids[0]!, m, 0.9);
    } else if (nonPerson.length && !m.forms.some((f) => person(f.id))) {
      add(nonPerson[0]!.id, m, 0.6, contextual);
    } else shortMatches.push(m);
  }

  // Pass 2: surnames and short forms. A surname linked on its own evidence ("President-elect
  // Trump") introduces the person too: a second round links the same surname elsewhere.
  const linkShort = (m: Match, final: boolean): boolean => {
    // "in May", "May 5", "last June": the month, whoever was introduced
    if (COMMON_CAPITALISED.has(tokens[m.from]!.norm) && m.to - m.from === 1 && usedAsDate(text, tokens, m)) {
      if (final) unlinked.push({ text: text.slice(m.start, m.end), start: m.start, end: m.end });
      return false;
    }
    const ids = [...new Set(m.forms.map((f) => f.id))].filter((id) => person(id));
    const introduced = ids.filter((id) => fullAt.has(id));
    if (introduced.length) {
      // the nearest introduction before this one; else the first after it (headlines, leads)
      let id = introduced[0]!, nearest = Infinity;
      for (const c of introduced) {
        const before = lastBefore(fullAt.get(c)!, m.start);
        if (before >= 0 && m.start - before < nearest) (nearest = m.start - before), (id = c);
      }
      add(id, m, introduced.length === 1 ? 0.95 : 0.8);
      return true;
    }
    const ranked = ids.map((id) => ({ id, s: score(person(id)!) })).sort((a, b) => b.s - a.s);
    const best = ranked[0];
    // a bare surname needs the data and the context to agree: in office on the date, and a title
    // before the name or the person's country named in the article
    let confidence = 0.2;
    const bp = best && person(best.id)!;
    if (best && best.s >= 2) confidence += 0.2;
    else if (bp && nearOffice(bp, when)) confidence += 0.1;
    if (titleBefore(tokens, m.from)) confidence += 0.25;
    if (bp?.country && countryNamed(bp.country)) confidence += 0.25;
    if (ranked.length === 1) confidence += 0.1;
    else if (best && ranked[1]!.s < best.s) confidence += 0.05;
    // a surname that is also a month or a day ("May", "June") needs a title or a full introduction
    if (COMMON_CAPITALISED.has(tokens[m.from]!.norm) && m.to - m.from === 1 && !titleBefore(tokens, m.from)) confidence = 0;
    if (best && confidence >= LINK_THRESHOLD) {
      add(best.id, m, confidence);
      const at = fullAt.get(best.id) ?? [];
      at.push(m.start);
      at.sort((a, b) => a - b);
      fullAt.set(best.id, at);
      return true;
    }
    if (final) unlinked.push({ text: text.slice(m.start, m.end), start: m.start, end: m.end });
    return false;
  };
  const pending: Match[] = [];
  for (const m of shortMatches) {
    // part of a longer name ("Lee Sang-min", "Margie Kim"): someone else's name, not this surname
    if (partOfLongerName(text, tokens, m)) {
      unlinked.push({ text: text.slice(m.start, m.end), start: m.start, end: m.end });
      continue;
    }
    if (!linkShort(m, false)) pending.push(m);
  }
  for (const m of pending) linkShort(m, true);

  const people: Linked[] = [], outlets: Linked[] = [], organizations: Linked[] = [];
  for (const l of links.values()) {
    l.mentions.sort((a, b) => a.start - b.start);
    const t = data.entities.get(l.id)!.entity.type;
    (t === 'person' ? people : t === 'outlet' ? outlets : organizations).push(l);
  }
  const byFirst = (a: Linked, b: Linked) => a.mentions[0]!.start - b.mentions[0]!.start;
  return {
    people: people.sort(byFirst),
    outlets: outlets.sort(byFirst),
    contextual: [...contextual.values()].filter((c) => !links.has(c.id)).sort(byFirst),
    organizations: organizations.sort(byFirst),
    unlinked,
  };
}

/** Held an office within three years of the date (a president-elect, a recent leader). */
function nearOffice(p: Person, day: string): boolean {
  const y = Number(day.slice(0, 4));
  return p.offices.some((o) => {
    const start = Number((o.start ?? '9999').slice(0, 4));
    const end = o.end ? Number(o.end.slice(0, 4)) : 9999;
    return start <= y + 3 && end >= y - 3;
  });
}

const COMMON_CAPITALISED = new Set('january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' '));

const DATE_WORDS = new Set('in on since until till by from of last next early late mid this every each before after during through'.split(' '));

/** A month or day name used as a date: after a preposition, or before a number. */
function usedAsDate(text: string, tokens: Token[], m: Match): boolean {
  const prev = tokens[m.from - 1];
  if (prev && DATE_WORDS.has(prev.norm)) return true;
  return /^[ \u00A0]?\d/.test(text.slice(m.end, m.end + 2));
}

const NAME_WORD = /^\p{Lu}\p{Ll}/u;

/** A capitalised word right before (not a title) or right after the match, joined by a space or hyphen. */
function partOfLongerName(text: string, tokens: Token[], m: Match): boolean {
  // "21 Trump cards": after a number, a surname is a thing's name
  const before = tokens[m.from - 1];
  if (before && /^\d+$/.test(before.raw) && /^[ \u00A0]$/.test(text.slice(before.end, m.start))) return true;
  const next = tokens[m.to];
  if (next && /^[ \u00A0-]$/.test(text.slice(m.end, next.start)) && (NAME_WORD.test(next.raw) || text[m.end] === '-')) return true;
  const prev = tokens[m.from - 1];
  if (prev && /^[ \u00A0]$/.test(text.slice(prev.end, m.start)) && NAME_WORD.test(prev.raw) && !TITLES.has(prev.norm) && !SENTENCE_START.has(prev.norm)) {
    const before = text.slice(Math.max(0, prev.start - 2), prev.start);
    // a capitalised word that only starts a sentence ("Then Putin…") is no first name
    if (!/[.!?"“]\s*$/.test(before) && prev.start !== 0) return true;
  }
  return false;
}
const SENTENCE_START = new Set(['the', 'but', 'and', 'when', 'while', 'after', 'before', 'if', 'as', 'so', 'then', 'now', 'on', 'in', 'at', 'for', 'with', 'by', 'from', 'said', 'says', 'asked', 'told']);

/** The largest offset ≤ x in an ascending list, or -1. */
function lastBefore(sorted: number[], x: number): number {
  return sorted[countBefore(sorted, x + 1, (v) => v) - 1] ?? -1;
}
