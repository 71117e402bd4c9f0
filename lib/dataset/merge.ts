/**
 * Merges the enabled packs into one view: packs are given highest priority first; when two packs
 * describe the same entity (same id), the higher one wins and remembers which pack it came from.
 * Compiled (bundled) packs keep their entities unparsed until read.
 */
import type { Entity, Pack, StateAffiliation } from './schema';
import { isCompiled, LazyEntity, type CompiledPack } from './compiled';
import type { FormsByFirst } from './name-index';

export interface PackRef {
  id: string;
  name: string;
}

export interface MergedEntity {
  readonly entity: Entity;
  pack: PackRef;
  state?: StateAffiliation & { pack: PackRef };
}

/** What a compiled pack precomputed, by pack id. */
export interface Precomputed {
  formsByFirst: FormsByFirst;
  lowerStarts: string[];
  formCount: number;
  domains: [string, string][];
  governments: string[];
}

export interface MergedDataset {
  entities: Map<string, MergedEntity>;
  /** newest `checked` date among the enabled packs: open-ended facts are "as of" it */
  checked: string;
  packs: PackRef[];
  precomputed: Map<string, Precomputed>;
}

class Merged implements MergedEntity {
  state?: StateAffiliation & { pack: PackRef };
  constructor(
    private readonly source: Entity | LazyEntity,
    public pack: PackRef,
  ) {}
  get entity(): Entity {
    return this.source instanceof LazyEntity ? this.source.value : this.source;
  }
}

export function mergePacks(packs: readonly (Pack | CompiledPack)[]): MergedDataset {
  const entities = new Map<string, MergedEntity>();
  const precomputed = new Map<string, Precomputed>();
  let checked = '';
  const refs: PackRef[] = [];
  for (const pack of packs) {
    const meta = isCompiled(pack) ? pack.meta : pack;
    const ref = { id: meta.id, name: meta.name };
    refs.push(ref);
    if (meta.checked > checked) checked = meta.checked;
    if (isCompiled(pack)) {
      pack.ids.forEach((id, i) => {
        if (!entities.has(id)) entities.set(id, new Merged(new LazyEntity(pack.entities[i]!), ref));
      });
      precomputed.set(ref.id, {
        formsByFirst: pack.formsByFirst,
        lowerStarts: pack.lowerStarts,
        formCount: pack.formCount,
        domains: pack.domains,
        governments: pack.governments.map((i) => pack.ids[i]!),
      });
    } else {
      for (const entity of pack.entities) if (!entities.has(entity.id)) entities.set(entity.id, new Merged(entity, ref));
    }
  }
  // assessments apply to whichever pack's entity won; the highest assessing pack wins
  for (const pack of packs) {
    const meta = isCompiled(pack) ? pack.meta : pack;
    const ref = { id: meta.id, name: meta.name };
    for (const a of pack.stateAffiliations) {
      const m = entities.get(a.entity);
      if (m && !m.state) m.state = { ...a, pack: ref };
    }
  }
  return { entities, checked, packs: refs, precomputed };
}

/** The entities a pack contributed to the merge (parsing lazy ones). */
export function* entitiesOf(data: MergedDataset, packId: string): Generator<Entity> {
  for (const m of data.entities.values()) if (m.pack.id === packId) yield m.entity;
}
