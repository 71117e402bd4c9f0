/** The whole pipeline on pages written for the tests, against the bundled dataset. */
import { describe, expect, it } from 'vitest';
import wire from '../fixtures/wire-story.html?raw';
import sample from '../../sample/article.html?raw';
import { extractArticle } from '@/lib/extract/extract';
import { createEngine } from '@/lib/analyze/engine';
import { bundledGivenNames, bundledPacks, bundledSurnames } from '@/lib/dataset/bundled';
import { formatAnalysis } from '@/lib/analyze/format';

const engine = createEngine(bundledPacks(), { givenNames: bundledGivenNames(), surnames: bundledSurnames() });
function analyse(html: string, url: string) {
  const r = extractArticle(new DOMParser().parseFromString(html, 'text/html'), url);
  if (!r.ok) throw new Error(r.reason);
  return engine.analyze(r.snapshot);
}

describe('a wire story republished elsewhere', () => {
  const a = analyse(wire, 'https://www.northern-ledger.example/world/europe/kremlin-talks-realities-2023-03-02/');
  it('finds the people of the body, and only those', () => {
    expect(a.people.map((p) => p.name)).toEqual(['Dmitry Peskov', 'Vladimir Putin', 'Volodymyr Zelenskyy']);
    expect(a.people.find((p) => p.name === 'Volodymyr Zelenskyy')!.mentions.map((m) => m.text)).toEqual(['Volodymyr Zelenskiy', 'Zelenskiy']);
    expect(a.unknownPeople.map((u) => u.name)).toEqual(['Jane Whitfield']);
  });
  it('finds who says so, and whose words each source relays', () => {
    const cited = Object.fromEntries(a.citedSources.map((c) => [c.name, c]));
    expect(Object.keys(cited)).toEqual(expect.arrayContaining(['Reuters', 'RIA Novosti', 'Corriere della Sera']));
    expect(cited['RIA Novosti']!.relays).toEqual(['dmitry-peskov']);
    expect(cited['Corriere della Sera']!.relays).toEqual(['volodymyr-zelenskyy']);
    expect(a.citedSources.some((c) => c.evidence.some((e) => /Defence Ministry said/.test(e.text)))).toBe(true);
    expect(a.citedSources.map((c) => c.name)).not.toContain('TASS'); // only in the sidebar
  });
  it('says the copy is Reuters’ and the publisher is unknown', () => {
    expect(a.publisher).toBeNull();
    expect(a.republishedFrom?.name).toBe('Reuters');
    expect(a.article.published).toBe('2023-03-02');
  });
  it('gives offsets that point at the mentions', () => {
    for (const p of [...a.people, ...a.unknownPeople]) for (const m of p.mentions) expect(a.article.text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('the bundled sample', () => {
  const a = analyse(sample, 'https://caspian-desk.example/world/2023/07/putin-raisi-call');
  it('has the cards a reader needs', () => {
    const text = formatAnalysis(a, '2026-11-28');
    expect(text).toContain('Published 2023-07-14 (over 3 years ago)');
    expect(text).toContain('Died 2024-05-19; no longer in office');
    expect(text).toMatch(/TASS {2}\[state media: state-controlled\]/);
    expect(text).not.toContain('Xi Jinping');
  });
  it('finds the publisher by domain when the dataset knows it', () => {
    const r = extractArticle(new DOMParser().parseFromString(sample, 'text/html'), 'https://tass.com/world/1');
    const b = r.ok ? createEngine(bundledPacks()).analyze({ ...r.snapshot, canonicalUrl: null }) : null;
    expect(b?.publisher?.id).toBe('tass');
    expect(b?.publisher?.stateAffiliation?.code).toBe('SC');
  });
});

describe('a bare surname after someone the article introduced in full', () => {
  it('is theirs, not a dataset person of that surname linked by context', () => {
    const html = `<html lang="en"><head><title>Seoul</title><meta property="article:published_time" content="2024-12-05"></head><body><article><h1>Seoul in turmoil</h1>
      <p>South Korea's parliament voted on Thursday. Han Dong-hoon, the leader of the governing party, urged the president to step down, telling reporters the country could not wait.</p>
      <p>Prosecutors sought the arrest of opposition lawmakers and of Han, the leader of the governing party, a lawmaker in South Korea said on Friday, adding that the order had been withdrawn.</p>
      <p>The streets of Seoul stayed calm through the night as crowds gathered outside the National Assembly, and the police kept the peace while the vote went on for hours.</p></article></body></html>`;
    const a = analyse(html, 'https://news.example/seoul');
    expect(a.people.map((p) => p.name)).not.toContain('Han Duck-soo');
    expect(a.unknownPeople.find((u) => u.name === 'Han Dong-hoon')!.mentions.map((m) => m.text)).toEqual(['Han Dong-hoon', 'Han']);
  });
});


describe('a Czech article', () => {
  it('reads names changed by grammar as the people they name', () => {
    const html = `<html lang="cs"><head><title>Praha</title><meta property="article:published_time" content="2023-03-02"></head><body><article><h1>Schůzka v Moskvě</h1>
      <p>Prezident Vladimir Putin se ve čtvrtek setkal s ministry. Podle mluvčího Putina zajímala hlavně ekonomika a Putinem vedená vláda slíbila nové investice do průmyslu.</p>
      <p>Trenér David Moyes je spokojený. Davida Moyese chválí i fanoušci, kteří s Moyesem slaví další výhru a nový rekord klubu v lize.</p>
      <p>Zápas sledovaly tisíce diváků na stadionu i u televizních obrazovek po celé zemi, a podle pořadatelů šlo o rekordní návštěvu sezony.</p></article></body></html>`;
    const a = analyse(html, 'https://zpravy.example.cz/schuzka');
    expect(a.people.find((p) => p.name === 'Vladimir Putin')!.mentions.map((m) => m.text)).toEqual(['Vladimir Putin', 'Putina', 'Putinem']);
    expect(a.unknownPeople.map((u) => [u.name, u.mentions.map((m) => m.text)])).toEqual([['David Moyes', ['David Moyes', 'Davida Moyese', 'Moyesem']]]);
  });
});

describe('a byline that is only agencies', async () => {
  const { bylineOutlets } = await import('@/lib/attribution/byline');
  const outlets = (byline: string) => bylineOutlets(byline, engine.names, (id) => engine.data.entities.get(id)!.entity.type === 'outlet').map((id) => engine.data.entities.get(id)!.entity.name);
  it('names the agencies, and nothing when a person or a role stands in it', () => {
    expect(outlets('AFP')).toEqual(['Agence France-Presse']);
    expect(outlets('By Associated Press')).toEqual(['Associated Press']);
    expect(outlets('AP/Reuters')).toEqual(['Associated Press', 'Reuters']);
    expect(outlets('Par AFP et Reuters')).toEqual(['Agence France-Presse', 'Reuters']);
    expect(outlets('Jane Doe, AFP')).toEqual([]);
    expect(outlets('Staff Writer')).toEqual([]);
    expect(outlets('By Staff Writer')).toEqual([]);
  });
  it('credits the story as the agency’s copy', () => {
    const para = `<p>${'Rescue teams reached the mountain villages on Thursday and began handing out tents, food and medicine to families who had slept outside. '.repeat(3)}</p>`;
    const html = `<html lang="en"><head><title>Quake</title></head><body><article><h1>Quake toll rises</h1><p class="byline">By AFP</p>${para.repeat(3)}</article></body></html>`;
    const a = analyse(html, 'https://daily.example/world/quake');
    expect(a.republishedFrom?.name).toBe('Agence France-Presse');
  });
});

describe('names of the Arab world', () => {
  it('a first name alone after the full name, a surname with its particle, a presidency speaking', () => {
    const html = `<html lang="en"><head><title>Gulf</title><meta property="article:published_time" content="2025-02-11"></head><body><article><h1>Gulf ministers meet</h1>
      <p>Saudi Foreign Minister Prince Faisal bin Farhan met his counterparts in Riyadh on Tuesday to discuss the war in Sudan and the future of Syria.</p>
      <p>"We are united," Faisal told reporters. Abdulaziz al-Sager, chairman of a research centre, said the meeting was overdue. Al-Sager added that others would watch.</p>
      <p>Later, the Turkish presidency said the two sides had spoken by phone, and that they would meet again in Ankara before the end of the month.</p></article></body></html>`;
    const a = analyse(html, 'https://gulf.example/world/riyadh');
    expect(a.people.find((p) => p.name === 'Faisal bin Farhan')!.mentions.map((m) => m.text)).toEqual(['Prince Faisal bin Farhan', 'Faisal']);
    expect(a.unknownPeople.map((u) => [u.name, u.mentions.map((m) => m.text)])).toEqual([['Abdulaziz al-Sager', ['Abdulaziz al-Sager', 'Al-Sager']]]);
    expect(a.unknownSources.map((u) => u.name)).toContain('Turkish presidency');
  });
});

describe('a French article', () => {
  it('reads "selon l’AFP" and the speaker after the verb', () => {
    const html = `<html lang="fr"><head><title>Paris</title><meta property="article:published_time" content="2024-12-05"></head><body><article><h1>Le gouvernement renversé</h1>
      <p>Le gouvernement a été renversé mercredi soir par une motion de censure, une première depuis 1962. Selon l'AFP, 331 députés ont voté la motion dans la soirée.</p>
      <p>« C'est un moment grave », a indiqué l'Élysée dans la nuit. Le président doit s'exprimer jeudi soir à la télévision, devant les Français et la presse.</p>
      <p>Les députés de l'opposition ont salué le vote, tandis que la majorité dénonçait une alliance contre nature entre les extrêmes de l'hémicycle.</p></article></body></html>`;
    const a = analyse(html, 'https://journal.example/politique/censure');
    expect(a.citedSources.map((c) => c.name)).toEqual(['Agence France-Presse', 'Élysée Palace']);
  });
});

describe('the byline’s reporters', () => {
  it('are neither people of the story nor sources ("Mascaro reported from Washington")', () => {
    const para = `<p>${'The Senate passed a bill on Friday to keep the government funded, sending it to the president before the deadline. '.repeat(3)}</p>`;
    const html = `<html lang="en"><head><title>Senate</title></head><body><article><h1>Senate passes bill</h1><p class="byline">By Lisa Mascaro and Mary Clare Jalonick</p>${para.repeat(3)}<p>Mascaro reported from Washington.</p></article></body></html>`;
    const a = analyse(html, 'https://wire.example/senate');
    expect(a.unknownSources).toEqual([]);
    expect(a.unknownPeople).toEqual([]);
  });
});

describe('the people a byline names', () => {
  it('are its reporters, not its outlet', async () => {
    const { bylineNames } = await import('@/lib/attribution/byline');
    expect(bylineNames('By Lisa Mascaro and Mary Clare Jalonick | The Valley Courier')).toEqual(['Lisa Mascaro', 'Mary Clare Jalonick']);
    expect(bylineNames('Par Jean Dupont et Marie Curie')).toEqual(['Jean Dupont', 'Marie Curie']);
    expect(bylineNames(null)).toEqual([]);
  });
});
