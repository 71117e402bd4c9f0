/**
 * The build-time form of a pack, for a fast worker start: entities stay JSON strings until a card
 * needs one (parsed on demand), and the lookups that need every entity — name forms, domains,
 * governments — are precomputed.
 */
import type { Entity, Pack, StateAffiliation } from './schema';
import { dedupeForms, entityFormRecords, groupForms, type FormsByFirst } from './name-index';

export interface CompiledPack {
  compiled: 1;
  meta: Omit<Pack, 'format' | 'entities' | 'stateAffiliations'>;
  ids: string[];
  /** JSON of each entity, in the order of `ids` */
  entities: string[];
  /** name forms grouped by first word; `lowerStarts`: first words that may be lower case */
  formsByFirst: FormsByFirst;
  lowerStarts: string[];
  formCount: number;
  domains: [domain: string, id: string][];
  /** indexes of `government-of-…` entities (country words for context) */
  governments: number[];
  stateAffiliations: StateAffiliation[];
  counts: { person: number; outlet: number; organization: number; stateAffiliations: number };
}

/** How bundle.json stores a compiled pack: the entities' JSON is in entities.txt, one a line. */
export type StoredCompiledPack = Omit<CompiledPack, 'entities'> & { entityLines: [first: number, count: number] };

/** Joins bundle.json and entities.txt back into compiled packs (slices, no parsing). */
export function loadCompiledPacks(stored: StoredCompiledPack[], entitiesText: string): CompiledPack[] {
  const lines = entitiesText.split('\n');
  return stored.map(({ entityLines: [first, count], ...rest }) => ({ ...rest, entities: lines.slice(first, first + count) }));
}

/** What a pack holds, by kind: the options page shows it. */
export function packCounts({ entities, stateAffiliations }: Pick<Pack, 'entities' | 'stateAffiliations'>): CompiledPack['counts'] {
  const counts = { person: 0, outlet: 0, organization: 0, stateAffiliations: stateAffiliations.length };
  for (const e of entities) counts[e.type]++;
  return counts;
}

export function compilePack(pack: Pack): CompiledPack {
  const { format: _format, entities, stateAffiliations, ...meta } = pack;
  const forms = groupForms(dedupeForms(entities.flatMap(entityFormRecords)));
  return {
    compiled: 1,
    meta,
    ids: entities.map((e) => e.id),
    entities: entities.map((e) => JSON.stringify(e)),
    formsByFirst: forms.byFirst,
    lowerStarts: forms.lowerStarts,
    formCount: forms.count,
    domains: entities.flatMap((e) => (e.type === 'person' ? [] : e.domains.map((d): [string, string] => [d, e.id]))),
    governments: entities.flatMap((e, i) => (e.type === 'organization' && e.kind === 'government' && e.id.startsWith('government-of-') ? [i] : [])),
    stateAffiliations,
    counts: packCounts(pack),
  };
}

export const isCompiled = (p: Pack | CompiledPack): p is CompiledPack => 'compiled' in p;

/** An entity parsed the first time it is read. */
export class LazyEntity {
  #json: string | null;
  #entity: Entity | undefined;
  constructor(json: string) {
    this.#json = json;
  }
  get value(): Entity {
    if (!this.#entity) {
      this.#entity = JSON.parse(this.#json!) as Entity;
      this.#json = null;
    }
    return this.#entity;
  }
}
