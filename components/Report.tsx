import type { Analysis } from '@/lib/analyze/analysis';
import { describeAge, daysBetween } from '@/lib/context/dates';
import { OrganizationCard, PersonCard, PublisherCard, SourceCard } from './Cards';

function Section({ title, count, children }: { title: string; count: number; children: preact.ComponentChildren }) {
  if (!count) return null;
  return (
    <section class="bs-section" aria-label={title}>
      <h2>
        {title} <span class="bs-count">{count}</span>
      </h2>
      {children}
    </section>
  );
}

/** Every card of one analysis: the popup and the full report page show this. */
export function Report({ analysis: a, today, ageNoticeMonths = 12 }: { analysis: Analysis; today: string; ageNoticeMonths?: number }) {
  const old = a.article.published && daysBetween(a.article.published, today) > ageNoticeMonths * 30.44;
  const empty = !a.people.length && !a.citedSources.length && !a.unknownSources.length && !a.organizations.length && !a.unknownPeople.length;
  return (
    <div class="bs-report">
      <header class="bs-article">
        <h1>{a.article.title}</h1>
        {old && (
          <p class="bs-age" role="note">
            Published {formatLong(a.article.published!)} — {describeAge(a.article.published!, today)}
          </p>
        )}
        {!a.article.published && <p class="bs-muted">No publication date found: roles are shown as of {a.dataset.checked}.</p>}
      </header>
      <Section title="Publisher" count={1}>
        <PublisherCard publisher={a.publisher} siteName={a.article.siteName} />
        {a.republishedFrom && <p class="bs-republished">Republished from {a.republishedFrom.name}</p>}
      </Section>
      <Section title="Cited sources" count={a.citedSources.length + a.unknownSources.length}>
        {a.citedSources.map((s) => (
          <SourceCard key={s.id} source={s} people={a.people} />
        ))}
        {a.unknownSources.map((u) => (
          <article class="bs-card bs-card-source" data-card="unknown-source" key={u.name}>
            <h3>{u.name}</h3>
            <p class="bs-kind">Not in the enabled sources: who this is is not checked.</p>
            {u.evidence.slice(0, 2).map((e) => (
              <blockquote class="bs-evidence" key={e.start}>
                {e.sentence.slice(0, 400)}
              </blockquote>
            ))}
          </article>
        ))}
      </Section>
      <Section title="People" count={a.people.length}>
        {a.people.map((p) => (
          <PersonCard key={p.id} person={p} />
        ))}
      </Section>
      <Section title="Organisations" count={a.organizations.length}>
        {a.organizations.map((o) => (
          <OrganizationCard key={o.id} org={o} />
        ))}
      </Section>
      <Section title="Not in the dataset" count={a.unknownPeople.length}>
        <ul class="bs-unknown">
          {a.unknownPeople.map((u) => (
            <li key={u.name} data-card="unknown">
              {u.name} <span class="bs-muted">({u.mentions.length} mention{u.mentions.length === 1 ? '' : 's'})</span>
            </li>
          ))}
        </ul>
      </Section>
      {empty && <p class="bs-empty">No people, sources or organisations from the enabled sources were found in this article.</p>}
      <footer class="bs-foot">
        Data checked to {a.dataset.checked}. Everything was worked out on this device.
      </footer>
    </div>
  );
}

function formatLong(d: string): string {
  const [y, m, day] = d.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, day!)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
