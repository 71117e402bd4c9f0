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
  });
  it('says whose words a source relays, also through “he said”', () => {
    const a = engine.analyze(snapshotOf('Vladimir Putin met Ebrahim Raisi. “Trade grew,” Putin said, according to TASS. Raisi was pleased. He said, according to RIA Novosti, that ties were strong.'));
    expect(a.citedSources.find((c) => c.id === 'tass')!.relays).toEqual(['vladimir-putin']);
    expect(a.citedSources.find((c) => c.id === 'ria-novosti')!.relays).toEqual(['ebrahim-raisi']);
  });
  it('reports a "Source:" credit as republished copy', () => {
    const a = engine.analyze(snapshotOf('Putin spoke.\n\nSource: RIA Novosti'));
    expect(a.republishedFrom).toEqual({ id: 'ria-novosti', name: 'RIA Novosti' });
  });
});
