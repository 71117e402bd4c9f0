import { describe, expect, it } from 'vitest';
import { createEngine } from '@/lib/analyze/engine';
import { testPack, snapshotOf } from './fixtures/pack';

const engine = createEngine([testPack]);
const cited = (text: string) => engine.analyze(snapshotOf(text)).citedSources;

describe('cited sources', () => {
  const cases: [string, string, string][] = [
    ['“We will win,” Putin said, according to TASS.', 'tass', 'according to TASS'],
    ['Putin told RIA Novosti that talks were over.', 'ria-novosti', 'told RIA Novosti'],
    ['In an interview with Reuters, the minister denied it.', 'reuters', 'interview with Reuters'],
    ['TASS reported that the meeting had ended.', 'tass', 'TASS reported'],
    ['The Russian Defence Ministry said 40 drones were downed.', 'russian-defence-ministry', 'Russian Defence Ministry said'],
    ['A spokesperson for the Kremlin declined to comment.', 'kremlin', 'spokesperson for the Kremlin'],
    ['according to Russian state news agency RIA Novosti, the visit was cancelled.', 'ria-novosti', 'according to Russian state news agency RIA Novosti'],
    ['MOSCOW (Reuters) - Russia said on Monday it would respond.', 'reuters', 'MOSCOW (Reuters)'],
    ['The talks ended.\n\n— AP', 'ap', '— AP'],
    ['The talks ended.\n\nSource: RIA Novosti', 'ria-novosti', 'Source: RIA Novosti'],
    ['Le président a parlé, selon TASS, de la paix.', 'tass', 'selon TASS'],
    ['Der Präsident sprach laut TASS über Frieden.', 'tass', 'laut TASS'],
    ['El presidente habló, según TASS, de la paz.', 'tass', 'según TASS'],
    ['Le Monde a rapporté la rencontre.', 'le-monde', 'Le Monde a rapporté'],
    ['TASS has pointed out that the talks ended.', 'tass', 'TASS has pointed out'],
    ['„Jednání skončila,“ píše ve svém komentáři ruská agentura TASS.', 'tass', 'píše ve svém komentáři ruská agentura TASS'],
    ['Podle TASS jednání skončila.', 'tass', 'Podle TASS'],
    ['Segundo a TASS, o encontro terminou.', 'tass', 'Segundo a TASS'],
    ['The talks ended on Friday. (Reuters)', 'reuters', '(Reuters)'],
  ];
  for (const [text, id, evidence] of cases) {
    it(`finds ${id} in “${text.replace(/\n/g, ' ')}”`, () => {
      const c = cited(text);
      expect(c.map((x) => x.id)).toEqual([id]);
      expect(c[0]!.evidence[0]!.text).toContain(evidence);
      expect(c[0]!.evidence[0]!.sentence.length).toBeGreaterThan(0);
    });
  }
  it('does not count photo credits or plain mentions', () => {
    expect(cited('Photo: Reuters/John Doe. The talks ended.')).toEqual([]);
    expect(cited('The Kremlin is a fortress in Moscow.')).toEqual([]);
    expect(cited('He watched RT and read TASS headlines at home.')).toEqual([]);
    // "segundo" is also "second"
    expect(cited('Foi o segundo dia de visitas da TASS em Lisboa.')).toEqual([]);
  });
  it('takes a bracketed credit closing a paragraph mid-article for a caption credit', () => {
    expect(cited('Gunmen stormed the museum, killing 19 people. (Reuters)\n\nThe attack began at noon, officials said.')).toEqual([]);
    expect(cited('The talks ended.\n\n(Reuters)\n\nMore talks are planned for the spring.').map((c) => c.id)).toEqual(['reuters']);
  });
  it('says whose words a source relays, also through “he said”', () => {
    const a = engine.analyze(snapshotOf('Vladimir Putin met Ebrahim Raisi. “Trade grew,” Putin said, according to TASS. Raisi was pleased. He said, according to RIA Novosti, that ties were strong.'));
    expect(a.citedSources.find((c) => c.id === 'tass')!.relays).toEqual(['vladimir-putin']);
    expect(a.citedSources.find((c) => c.id === 'ria-novosti')!.relays).toEqual(['ebrahim-raisi']);
  });
  it('reads "told X" in Spanish and Portuguese', () => {
    expect(cited('El analista explicó a Reuters que la estrategia buscaba votos.').map((c) => c.name)).toEqual(['Reuters']);
  });
  it('reads a wire dateline across the abbreviation of a state', () => {
    const a = engine.analyze(snapshotOf('SPRINGFIELD, Ill. (AP) — The council voted on Tuesday to approve the plan.'));
    expect(a.citedSources.map((c) => [c.name, c.evidence[0]!.text, !!c.evidence[0]!.credit])).toEqual([['Associated Press', 'SPRINGFIELD, Ill. (AP)', true]]);
  });
  it('reports a "Source:" credit as republished copy', () => {
    const a = engine.analyze(snapshotOf('Putin spoke.\n\nSource: RIA Novosti'));
    expect(a.republishedFrom).toEqual({ id: 'ria-novosti', name: 'RIA Novosti' });
  });
});

describe('cited sources not in the dataset', () => {
  const unknown = (text: string) => engine.analyze(snapshotOf(text)).unknownSources.map((u) => u.name);
  const cases: [string, string[]][] = [
    // a body speaking through its spokesperson
    ['An Acme Widgets spokeswoman declined to comment on prices.', ['Acme Widgets']],
    ['The work stopped in winter, said Jane Roe, a spokeswoman for the city’s Department of Parks and Recreation.', ['Department of Parks and Recreation']],
    // governments and armies as sources, named as written
    ['Truman administration officials said they had not been told.', ['Truman administration']],
    ['The president was safe at home, and the Ruritanian military said it was guarding him.', ['Ruritanian military']],
    ['In talks this week, the government team boasted of concessions.', ['government']],
    ['Le gouvernement se défend de toute similarité avec ce dispositif.', ['gouvernement']],
    ['Ruritanian intelligence reports seen by diplomats suggest that he fled.', ['Ruritanian intelligence']],
    ['Ruritanian officials said the border was closed.', ['Ruritanian officials']],
    // research and publications
    ['A team of researchers at Northfield University in Ohio set out to test it.', ['Northfield University']],
    ['Parliament’s Joint Committee on Fisheries has pointed out the risks.', ['Parliament’s Joint Committee on Fisheries']],
    // a body's stance, and officials of a place, one source for each place
    ['The Ruritania Press Council is concerned the laws would crush reporting.', ['Ruritania Press Council']],
    ['Prosecutors in Springfield and Shelbyville say the firm lied to riders.', ['Springfield prosecutors', 'Shelbyville prosecutors']],
    // a firm speaking through its analysts, even one named like a person
    ['Analysts at Morgan Quill said the price would limit demand.', ['Morgan Quill']],
    // a nation's ministry speaking through its spokesperson
    ['Ruritanian foreign ministry spokeswoman Jana Roe said the talks were candid.', ['Ruritanian foreign ministry']],
    // French puts the speaker after the verb
    ['« Rien ne change », a indiqué la Préfecture ce matin.', ['Préfecture']],
    // German "according to"
    ['Nach Angaben des Statistischen Bundesamts schrumpfte die Wirtschaft.', ['Statistischen Bundesamts']],
    // French, Spanish, Czech
    ['Le détail est disponible sur le site de l’Assemblée nationale.', ['Assemblée nationale']],
    ['La CNIL soulève que l’anonymat est relatif.', ['CNIL']],
    ['Acmesoft ha dado a conocer que su aplicación llegará a 24 países.', ['Acmesoft']],
    ['„Byl skvělý,“ píše ve svém hodnocení server Kopací Míč.', ['Kopací Míč']],
    ['Web Fotbal.Dnes to vidí podobně.', ['Fotbal.Dnes']],
    // Chinese and Japanese
    ['ACME中文站 10月14日报道', ['ACME中文站']],
    ['研究结果发表在科学刊物《自然》上。', ['自然']],
    ['アクメソフトは3月9日、新しいアプリの発売を開始すると発表した。', ['アクメソフト']],
    // a word opening the sentence is not part of the name
    ['As Mashable reports, the fares went up.', ['Mashable']],
    // a platform that announces something is a source
    ['Twitter ha dado a conocer que Twitter Lite llegará a Bolivia.', ['Twitter']],
  ];
  for (const [text, names] of cases) it(`finds ${names.join(', ')} in “${text}”`, () => expect(unknown(text)).toEqual(names));
  it('does not take sections, platforms as places, or research at non-institutions for sources', () => {
    expect(unknown('He writes the Character Study column in the Sunday Metropolitan section.')).toEqual([]);
    expect(unknown('He posted the video on Twitter, according to Twitter users.')).toEqual([]);
    expect(unknown('Researchers at Acme found a flaw.')).toEqual([]);
    expect(unknown('The government has been alarmed by the criticism.')).toEqual([]);
    expect(unknown('Officials in the capital were not available.')).toEqual([]);
    expect(unknown('People said I was crazy. Residents say the water is safe.')).toEqual([]);
    expect(unknown('His lawyer told the Supreme Court that the timing was odd.')).toEqual([]);
    // a clause after "told": its place is no source
    expect(unknown('The premier told lawmakers he would visit Springfield.')).toEqual([]);
    const withNames = createEngine([testPack], { givenNames: ['Jane'] });
    expect(withNames.analyze(snapshotOf('Jane Roe is concerned about her son.')).unknownSources).toEqual([]);
  });
});

describe('bad input for the source finders', async () => {
  const fc = (await import('fast-check')).default;
  const words = fc.constantFrom('according', 'to', 'the', 'TASS', 'Reuters', 'said', 'told', 'Ministry', 'of', 'Defence', 'selon', "l'AFP", 'a', 'indiqué', 'podle', 'serveru', '(AP)', '—', 'MOSCOW', 'Source:', 'analysts', 'at', 'Jane', 'Doe', '报道', 'によると', '\n', '.', ',', 'prosecutors', 'in', 'Springfield', 'say', 'U.S.', 'Office');
  it('never throw, and every piece of evidence is the text it points at', () => {
    fc.assert(
      fc.property(fc.array(words, { maxLength: 80 }).map((w) => w.join(' ')), (text) => {
        const a = engine.analyze(snapshotOf(text));
        for (const c of [...a.citedSources, ...a.unknownSources]) for (const e of c.evidence) {
          // a byline credit points past the end of the text; every other piece of evidence is a slice of it
          if (e.start !== a.article.text.length && a.article.text.slice(e.start, e.end) !== e.text) return false;
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });
});
