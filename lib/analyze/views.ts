/** Entity → card view: the facts a card shows, each with its source. */
import type { MergedDataset, MergedEntity } from '../dataset/merge';
import { STATE_LABELS, type Entity, type Person, type Source } from '../dataset/schema';
import { describeAtPublication, describeNow, officesOn } from '../context/roles';
import { formatDate } from '../context/dates';
import type { Fact, OrgView, OwnerView, PersonView, StateAffiliationView } from './analysis';
import type { Linked } from '../match/resolve';

function base(m: MergedEntity) {
  const e = m.entity;
  return {
    id: e.id,
    name: e.name,
    wikidata: e.wikidata ?? null,
    country: e.country ?? null,
    description: e.description ?? null,
    pack: m.pack.id,
  };
}

const uniqueSources = (facts: Fact[], extra: Source[]) => {
  const seen = new Set<string>();
  return [...extra, ...facts.map((f) => f.source)].filter((s): s is Source => !!s && !seen.has(s.url) && !!seen.add(s.url));
};

export function ownerChain(e: Entity, data: MergedDataset): OwnerView[] {
  const chain: OwnerView[] = [];
  const seen = new Set([e.id]);
  let cur = e.type === 'person' ? undefined : e.owner;
  while (cur && !seen.has(cur) && chain.length < 8) {
    seen.add(cur);
    const o = data.entities.get(cur)?.entity;
    if (!o) break;
    chain.push({ id: o.id, name: o.name });
    cur = o.type === 'person' ? undefined : o.owner;
  }
  return chain;
}

export function orgView(m: MergedEntity, data: MergedDataset): OrgView {
  const e = m.entity;
  if (e.type === 'person') throw new TypeError(`${e.id} is a person`);
  const chain = ownerChain(e, data);
  const src = e.sources[0] ?? null;
  const facts: Fact[] = [];
  if (e.description) facts.push({ label: 'What it is', text: e.description, source: src });
  if (chain.length) facts.push({ label: 'Owner', text: chain.map((o) => o.name).join(' → '), source: src });
  if (e.founded) facts.push({ label: 'Founded', text: e.founded, source: src });
  let state: StateAffiliationView | null = null;
  if (m.state) {
    state = { code: m.state.code, label: STATE_LABELS[m.state.code], assessor: m.state.assessor, year: m.state.year, source: m.state.source, pack: m.state.pack.id };
    facts.push({ label: 'State affiliation', text: `${STATE_LABELS[m.state.code]} (${m.state.code}; ${m.state.assessor}, ${m.state.year})`, source: m.state.source });
  }
  return {
    ...base(m),
    kind: e.kind,
    stateAffiliation: state,
    owner: chain[0] ?? null,
    ownerChain: chain,
    facts,
    sources: uniqueSources(facts, e.sources),
  };
}

export function personView(m: MergedEntity, link: Linked, day: string | null, checked: string): PersonView {
  const p = m.entity as Person;
  const facts: Fact[] = [];
  const atPublication = describeAtPublication(p, day);
  const then = day ? officesOn(p, day)[0] : undefined;
  if (atPublication && day) facts.push({ label: `On ${formatDate(day)}`, text: atPublication, source: then?.source ?? p.sources[0] ?? null });
  const now = describeNow(p, day, checked);
  if (now) facts.push({ label: 'Since then', text: now, source: p.died?.source ?? p.offices.find((o) => !o.end)?.source ?? then?.source ?? p.sources[0] ?? null });
  if (!day) {
    const current = officesOn(p, checked)[0];
    if (current) facts.push({ label: `As of ${checked}`, text: current.role, source: current.source });
  }
  if (p.born) facts.push({ label: 'Born', text: formatDate(p.born.date), source: p.born.source });
  return {
    ...base(m),
    mentions: link.mentions,
    atPublication,
    now,
    confidence: Math.round(link.confidence * 100) / 100,
    facts,
    sources: uniqueSources(facts, p.sources),
  };
}
