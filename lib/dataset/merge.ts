/**
 * Merges the enabled packs into one view: packs are given highest priority first; when two packs
 * describe the same entity (same id), the higher one wins and remembers which pack it came from.
 */
import type { Entity, Pack, StateAffiliation } from './schema';

export interface PackRef {
  id: string;
  name: string;
}

export interface MergedEntity {
  entity: Entity;
  pack: PackRef;
  state?: StateAffiliation & { pack: PackRef };
}

export interface MergedDataset {
  entities: Map<string, MergedEntity>;
  /** newest `checked` date among the enabled packs: open-ended facts are "as of" it */
  checked: string;
  packs: PackRef[];
}

export function mergePacks(packs: readonly Pack[]): MergedDataset {
  const entities = new Map<string, MergedEntity>();
  let checked = '';
  const refs: PackRef[] = [];
  for (const pack of packs) {
    const ref = { id: pack.id, name: pack.name };
    refs.push(ref);
    if (pack.checked > checked) checked = pack.checked;
    for (const entity of pack.entities) if (!entities.has(entity.id)) entities.set(entity.id, { entity, pack: ref });
  }
  // assessments apply to whichever pack's entity won; the highest assessing pack wins
  for (const pack of packs) {
    const ref = { id: pack.id, name: pack.name };
    for (const a of pack.stateAffiliations) {
      const m = entities.get(a.entity);
      if (m && !m.state) m.state = { ...a, pack: ref };
    }
  }
  return { entities, checked, packs: refs };
}
