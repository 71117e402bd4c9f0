/** Analysis: the result of the pipeline, shown by the popup and printed by the CLI (--json). */
import type { Source, StateCode } from '../dataset/schema';
import type { Mention } from '../match/resolve';
import type { Evidence } from '../attribution/cite';

export interface StateAffiliationView {
  code: StateCode;
  label: string;
  assessor: string;
  year: number;
  source: Source;
  pack: string;
}

export interface Fact {
  label: string;
  text: string;
  source: Source | null;
}

interface EntityView {
  id: string;
  name: string;
  wikidata: string | null;
  country: string | null;
  description: string | null;
  sources: Source[];
  /** the facts the card shows, each with its own source */
  facts: Fact[];
  /** the pack the entity came from */
  pack: string;
}

export interface OwnerView {
  id: string;
  name: string;
}

export interface OrgView extends EntityView {
  kind: string;
  stateAffiliation: StateAffiliationView | null;
  owner: OwnerView | null;
  /** owner, owner's owner, … up to the ultimate owner */
  ownerChain: OwnerView[];
}

export interface PersonView extends EntityView {
  mentions: Mention[];
  atPublication: string | null;
  now: string | null;
  confidence: number;
}

export interface CitedSourceView extends OrgView {
  mentions: Mention[];
  evidence: Evidence[];
  relays: string[];
}

export interface OrganizationView extends OrgView {
  mentions: Mention[];
}

export interface Analysis {
  article: {
    url: string;
    title: string;
    byline: string | null;
    siteName: string | null;
    lang: string | null;
    published: string | null;
    text: string;
  };
  publisher: OrgView | null;
  /** the outlet whose copy this is ("Source: Iran Daily", wire credits), when stated */
  republishedFrom: { id: string; name: string } | null;
  people: PersonView[];
  citedSources: CitedSourceView[];
  organizations: OrganizationView[];
  unknownPeople: { name: string; mentions: Mention[] }[];
  /** sources the article credits that are not in the enabled packs */
  unknownSources: { name: string; evidence: Evidence[] }[];
  dataset: { checked: string; packs: string[] };
}
