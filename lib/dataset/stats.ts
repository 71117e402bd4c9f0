import type { Pack } from './schema';

export interface DatasetStats {
  checked: string;
  entities: { person: number; outlet: number; organization: number };
  stateAffiliations: number;
  facts: number;
  factsWithSource: number;
  offices: number;
  openEndedOffices: number;
  peopleByCountry: Record<string, number>;
  outletsByKind: Record<string, number>;
  organizationsByKind: Record<string, number>;
}

/** Counts what the packs hold; a "fact" is each dated or sourced statement a card can show. */
export function datasetStats(packs: Pack[]): DatasetStats {
  const s: DatasetStats = {
    checked: packs.map((p) => p.checked).sort().at(-1) ?? '',
    entities: { person: 0, outlet: 0, organization: 0 },
    stateAffiliations: 0,
    facts: 0,
    factsWithSource: 0,
    offices: 0,
    openEndedOffices: 0,
    peopleByCountry: {},
    outletsByKind: {},
    organizationsByKind: {},
  };
  const fact = (source: { url: string } | undefined) => {
    s.facts++;
    if (source?.url) s.factsWithSource++;
  };
  const bump = (m: Record<string, number>, k: string) => (m[k] = (m[k] ?? 0) + 1);
  for (const pack of packs) {
    for (const e of pack.entities) {
      s.entities[e.type]++;
      // the entity's identity (name, aliases, description) rests on its own sources
      fact(e.sources[0]);
      if (e.type === 'person') {
        bump(s.peopleByCountry, e.country ?? '??');
        if (e.born) fact(e.born.source);
        if (e.died) fact(e.died.source);
        for (const o of e.offices) {
          fact(o.source);
          s.offices++;
          if (!o.end) s.openEndedOffices++;
        }
      } else if (e.type === 'outlet') bump(s.outletsByKind, e.kind);
      else bump(s.organizationsByKind, e.kind);
    }
    for (const a of pack.stateAffiliations) {
      s.stateAffiliations++;
      fact(a.source);
    }
  }
  s.peopleByCountry = Object.fromEntries(Object.entries(s.peopleByCountry).sort((a, b) => b[1] - a[1]));
  return s;
}

export function formatStats(s: DatasetStats): string {
  const top = Object.entries(s.peopleByCountry).slice(0, 15).map(([c, n]) => `${c} ${n}`).join(', ');
  return [
    `checked to        ${s.checked}`,
    `people            ${s.entities.person}`,
    `outlets           ${s.entities.outlet} (${Object.entries(s.outletsByKind).map(([k, n]) => `${k} ${n}`).join(', ')})`,
    `organisations     ${s.entities.organization}`,
    `state assessments ${s.stateAffiliations}`,
    `facts             ${s.facts} (${s.factsWithSource} with a source)`,
    `offices           ${s.offices} (${s.openEndedOffices} open-ended)`,
    `people by country ${top}${Object.keys(s.peopleByCountry).length > 15 ? ', …' : ''}`,
  ].join('\n');
}
