/**
 * Words that name a country ("Albania", "Albanian"), taken from the dataset's government
 * entities ("Government of Albania", alias "Albanian government"): context for a bare surname.
 */
import { entitiesOf, type MergedDataset } from '../dataset/merge';
import { nameKey } from '../text/tokenize';

export type CountryWords = Map<string, string[][]>;

export function buildCountryWords(data: MergedDataset): CountryWords {
  const out: CountryWords = new Map();
  const governments = data.packs.flatMap((p) => {
    const pre = data.precomputed.get(p.id);
    return pre ? pre.governments.map((id) => data.entities.get(id)).filter((m) => m?.pack.id === p.id).map((m) => m!.entity) : [...entitiesOf(data, p.id)];
  });
  for (const entity of governments) {
    if (entity.type !== 'organization' || entity.kind !== 'government' || !entity.country || !entity.id.startsWith('government-of-')) continue;
    const words: string[][] = [];
    const of = /^Government of (?:the )?(.+)$/i.exec(entity.name);
    if (of) words.push(nameKey(of[1]!));
    for (const a of entity.aliases) {
      const dem = /^(?:the )?(.+?) government$/i.exec(a.name);
      if (dem) words.push(nameKey(dem[1]!));
    }
    const list = out.get(entity.country) ?? [];
    list.push(...words.filter((w) => w.length));
    out.set(entity.country, list);
  }
  return out;
}

/** A test for "is this country named in the text?", built once per article. */
export function countryMentions(tokens: { norm: string }[], words: CountryWords): (cc: string) => boolean {
  const present = new Set(tokens.map((t) => t.norm));
  const text = ` ${tokens.map((t) => t.norm).join(' ')} `;
  const cache = new Map<string, boolean>();
  return (cc) => {
    let hit = cache.get(cc);
    if (hit === undefined) {
      hit = (words.get(cc) ?? []).some((w) => (w.length === 1 ? present.has(w[0]!) : text.includes(` ${w.join(' ')} `)));
      cache.set(cc, hit);
    }
    return hit;
  };
}
