/** Groups authored entities into the bundled packs, and checks what spans files. */
import type { Entity, Pack, SchemaIssue, StateAffiliation } from './schema';
import { PACK_FORMAT, validatePack } from './schema';
import { STATE_ASSESSOR } from './authoring';

export const BUNDLED_VERSION = '2026.11.28';

interface PackMeta {
  id: string;
  name: string;
  description: string;
  license: string;
  attribution?: string;
}

const DATA_LICENSE = 'CC BY-SA 4.0 (facts written by the Backstory contributors, each with its source)';

export const BUNDLED_PACKS: Record<'person' | 'outlet' | 'organization' | 'state', PackMeta> = {
  person: {
    id: 'backstory-people',
    name: 'People',
    description: 'Heads of state and government, ministers, heads of international organisations and spokespeople, with the offices they held and when.',
    license: DATA_LICENSE,
  },
  outlet: {
    id: 'backstory-outlets',
    name: 'News outlets and agencies',
    description: 'News agencies and outlets: country, owners, domains, founding year.',
    license: DATA_LICENSE,
  },
  organization: {
    id: 'backstory-organizations',
    name: 'Organisations',
    description: 'Governments and ministries as the news names them, parliaments, armed forces, armed groups, international bodies, NGOs, think tanks and pollsters.',
    license: DATA_LICENSE,
  },
  state: {
    id: 'backstory-state-media',
    name: 'State media assessments',
    description: `Which outlets are state-affiliated, in the typology of the ${STATE_ASSESSOR} (SC, CaPu, CaPr, ISFM, ISF, ISM, IP).`,
    license: DATA_LICENSE,
    attribution: `Typology: ${STATE_ASSESSOR}, Media and Journalism Research Center (statemediamonitor.com).`,
  },
};

export interface BundleResult {
  packs: Pack[];
  issues: SchemaIssue[];
}

/** Builds the bundled packs from every authored entity; `checked` is the newest file date. */
export function bundlePacks(entities: Entity[], affiliations: StateAffiliation[], checked: string): BundleResult {
  const issues: SchemaIssue[] = [];
  const byId = new Map<string, Entity>();
  const domains = new Map<string, string>();
  for (const e of entities) {
    if (byId.has(e.id)) issues.push({ path: `id ${e.id}`, message: 'the same id is used twice in data/' });
    byId.set(e.id, e);
    if (e.type === 'person') continue;
    for (const d of e.domains) {
      const other = domains.get(d);
      if (other && other !== e.id) issues.push({ path: `${e.id}.domains`, message: `domain "${d}" also belongs to "${other}"` });
      domains.set(d, e.id);
    }
  }
  for (const e of entities) {
    if (e.type !== 'person' && e.owner) {
      if (!byId.has(e.owner)) issues.push({ path: `${e.id}.owner`, message: `unknown owner id "${e.owner}"` });
      else if (ownerCycle(e.id, byId)) issues.push({ path: `${e.id}.owner`, message: 'the owner chain loops' });
    }
  }
  const seenAff = new Set<string>();
  for (const a of affiliations) {
    if (!byId.has(a.entity)) issues.push({ path: `state of ${a.entity}`, message: 'unknown entity' });
    if (seenAff.has(a.entity)) issues.push({ path: `state of ${a.entity}`, message: 'assessed twice' });
    seenAff.add(a.entity);
  }
  const make = (meta: PackMeta, ents: Entity[], aff: StateAffiliation[] = []): Pack => ({
    format: PACK_FORMAT,
    ...meta,
    version: BUNDLED_VERSION,
    checked,
    entities: ents,
    stateAffiliations: aff,
  } as Pack);
  const packs = [
    make(BUNDLED_PACKS.person, entities.filter((e) => e.type === 'person')),
    make(BUNDLED_PACKS.outlet, entities.filter((e) => e.type === 'outlet')),
    make(BUNDLED_PACKS.organization, entities.filter((e) => e.type === 'organization')),
    make(BUNDLED_PACKS.state, [], affiliations),
  ];
  for (const p of packs) {
    const r = validatePack(p);
    if (!r.ok) issues.push(...r.issues.map((i) => ({ path: `${p.id} ${i.path}`, message: i.message })));
  }
  return { packs, issues };
}

function ownerCycle(start: string, byId: Map<string, Entity>): boolean {
  const seen = new Set<string>();
  let cur: string | undefined = start;
  while (cur) {
    if (seen.has(cur)) return true;
    seen.add(cur);
    const e = byId.get(cur);
    cur = e && e.type !== 'person' ? e.owner : undefined;
  }
  return false;
}
