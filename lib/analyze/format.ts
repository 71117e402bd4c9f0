/** The cards as plain text, for the terminal. */
import type { Analysis } from './analysis';
import { describeAge } from '../context/dates';

export function formatAnalysis(a: Analysis, today: string): string {
  const out: string[] = [];
  const line = (s = '') => out.push(s);
  line(a.article.title);
  if (a.article.published) {
    const age = describeAge(a.article.published, today);
    line(`Published ${a.article.published} (${age})`);
  } else line('Publication date not found');
  line();
  line('PUBLISHER');
  if (a.publisher) {
    line(`  ${a.publisher.name}${a.publisher.stateAffiliation ? `  [${a.publisher.stateAffiliation.label}]` : ''}`);
    for (const f of a.publisher.facts) line(`    ${f.label}: ${f.text}`);
  } else line(`  Unknown publisher${a.article.siteName ? ` ("${a.article.siteName}" is not in the dataset)` : ''}`);
  if (a.republishedFrom) line(`  Republished from: ${a.republishedFrom.name}`);
  line();
  line(`CITED SOURCES (${a.citedSources.length + a.unknownSources.length})`);
  for (const c of a.citedSources) {
    line(`  ${c.name}${c.stateAffiliation ? `  [state media: ${c.stateAffiliation.label}]` : ''}`);
    for (const f of c.facts) line(`    ${f.label}: ${f.text}`);
    for (const e of c.evidence) line(`    “${e.sentence}”`);
    if (c.relays.length) line(`    Relays the words of: ${c.relays.map((id) => a.people.find((p) => p.id === id)?.name ?? id).join(', ')}`);
  }
  for (const u of a.unknownSources) {
    line(`  ${u.name}  [not in the dataset]`);
    for (const e of u.evidence.slice(0, 2)) line(`    “${e.sentence}”`);
  }
  line();
  line(`PEOPLE (${a.people.length})`);
  for (const p of a.people) {
    line(`  ${p.name}  (mentioned as ${[...new Set(p.mentions.map((m) => m.text))].join(', ')})`);
    for (const f of p.facts) line(`    ${f.label}: ${f.text}`);
  }
  if (a.organizations.length) {
    line();
    line(`ORGANISATIONS (${a.organizations.length})`);
    for (const o of a.organizations) line(`  ${o.name}${o.description ? ` — ${o.description}` : ''}`);
  }
  if (a.unknownPeople.length) {
    line();
    line(`NOT IN THE DATASET (${a.unknownPeople.length})`);
    for (const u of a.unknownPeople) line(`  ${u.name}`);
  }
  line();
  line(`Data checked to ${a.dataset.checked}.`);
  return out.join('\n');
}
