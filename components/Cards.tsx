import type { CitedSourceView, OrgView, OrganizationView, PersonView } from '@/lib/analyze/analysis';
import { Facts } from './Facts';
import { StateBadge } from './StateBadge';

const KIND_LABEL: Record<string, string> = {
  news_agency: 'News agency',
  newspaper: 'Newspaper',
  broadcaster: 'Broadcaster',
  online: 'Online outlet',
  magazine: 'Magazine',
};
const kindLabel = (k: string) => KIND_LABEL[k] ?? k.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

/** Facts from a pack the reader imported say so (bundled packs are the default). */
function PackNote({ pack }: { pack: string }) {
  if (pack.startsWith('backstory-')) return null;
  return (
    <p class="bs-muted bs-pack-note" data-pack-note={pack}>
      From your pack “{pack}”
    </p>
  );
}

function Wikidata({ id }: { id: string | null }) {
  if (!id) return null;
  return (
    <a class="bs-wd" href={`https://www.wikidata.org/wiki/${id}`} target="_blank" rel="noopener noreferrer">
      {id}
    </a>
  );
}

/** Name, state badge, kind and country, facts, and the pack note: what every outlet or organisation card shows. */
function OrgBody({ org }: { org: OrgView }) {
  return (
    <>
      <h3>
        {org.name} <StateBadge state={org.stateAffiliation} />
      </h3>
      <p class="bs-kind">
        {kindLabel(org.kind)}
        {org.country ? ` · ${org.country}` : ''} <Wikidata id={org.wikidata} />
      </p>
      <Facts facts={org.facts} />
      <PackNote pack={org.pack} />
    </>
  );
}

export function PublisherCard({ publisher, siteName }: { publisher: OrgView | null; siteName: string | null }) {
  if (!publisher)
    return (
      <article class="bs-card bs-card-publisher" data-card="publisher">
        <h3>Unknown publisher</h3>
        <p class="bs-muted">
          {siteName ? `This site calls itself “${siteName}”, but its domain` : 'This domain'} is not in the enabled sources. Backstory does not guess.
        </p>
      </article>
    );
  return (
    <article class="bs-card bs-card-publisher" data-card="publisher" data-id={publisher.id}>
      <OrgBody org={publisher} />
    </article>
  );
}

export function SourceCard({ source, people }: { source: CitedSourceView; people: PersonView[] }) {
  const relayed = source.relays.map((id) => people.find((p) => p.id === id)?.name ?? id);
  return (
    <article class="bs-card bs-card-source" data-card="source" data-id={source.id}>
      <OrgBody org={source} />
      {source.evidence.map((e) => (
        <blockquote class="bs-evidence" key={e.start}>
          {e.sentence.slice(0, 400)}
        </blockquote>
      ))}
      {relayed.length > 0 && <p class="bs-relays">Relays the words of {relayed.join(', ')}</p>}
    </article>
  );
}

export function PersonCard({ person }: { person: PersonView }) {
  const forms = [...new Set(person.mentions.map((m) => m.text))];
  return (
    <article class="bs-card bs-card-person" data-card="person" data-id={person.id}>
      <h3>{person.name}</h3>
      <p class="bs-kind">
        {forms.some((f) => f !== person.name) ? `Named here as ${forms.join(', ')}` : `${forms.length} form${forms.length > 1 ? 's' : ''}`}
        {' · '}
        {person.mentions.length} mention{person.mentions.length === 1 ? '' : 's'} <Wikidata id={person.wikidata} />
      </p>
      <Facts facts={person.facts} />
      <PackNote pack={person.pack} />
      {person.confidence < 0.9 && <p class="bs-muted">Linked with confidence {Math.round(person.confidence * 100)}%.</p>}
    </article>
  );
}

export function OrganizationCard({ org }: { org: OrganizationView | OrgView }) {
  return (
    <article class="bs-card bs-card-org" data-card="organization" data-id={org.id}>
      <OrgBody org={org} />
    </article>
  );
}
