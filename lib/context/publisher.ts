/** The publisher, from the page's own host: never guessed from what the page claims to be. */
import { getDomain, getHostname } from 'tldts';
import { entitiesOf, type MergedDataset } from '../dataset/merge';

export type DomainIndex = Map<string, string>;

export function buildDomainIndex(data: MergedDataset): DomainIndex {
  const index: DomainIndex = new Map();
  for (const pack of data.packs) {
    const pre = data.precomputed.get(pack.id);
    if (pre) {
      for (const [d, id] of pre.domains) if (!index.has(d) && data.entities.get(id)?.pack.id === pack.id) index.set(d, id);
      continue;
    }
    for (const entity of entitiesOf(data, pack.id)) {
      if (entity.type === 'person') continue;
      for (const d of entity.domains) if (!index.has(d)) index.set(d, entity.id);
    }
  }
  return index;
}

/** Id of the entity owning the URL's host: the longest listed suffix of the host wins. */
export function publisherFor(url: string, index: DomainIndex): string | null {
  const host = getHostname(url)?.replace(/\.$/, '').toLowerCase();
  if (!host) return null;
  const registrable = getDomain(host, { allowPrivateDomains: true }) ?? host;
  const labels = host.split('.');
  for (let i = 0; i < labels.length; i++) {
    const candidate = labels.slice(i).join('.');
    const id = index.get(candidate);
    if (id) return id;
    if (candidate === registrable) break;
  }
  return null;
}
