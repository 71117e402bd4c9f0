import { describe, expect, it } from 'vitest';
import { describeAtPublication, describeNow, officesOn } from '@/lib/context/roles';
import { describeAge, formatDate, within } from '@/lib/context/dates';
import { buildDomainIndex, publisherFor } from '@/lib/context/publisher';
import { mergePacks } from '@/lib/dataset/merge';
import type { Person } from '@/lib/dataset/schema';
import { testPack } from './fixtures/pack';

const person = (id: string) => testPack.entities.find((e) => e.id === id) as Person;

describe('roles on a date', () => {
  it('gives the office held on the article’s date and what changed since', () => {
    const raisi = person('ebrahim-raisi');
    expect(describeAtPublication(raisi, '2022-01-19')).toBe('President of Iran (in office since 2021-08-03)');
    expect(describeNow(raisi, '2022-01-19', '2025-06-30')).toBe('Died 2024-05-19; no longer in office');
    expect(describeAtPublication(raisi, '2025-01-01')).toBe('Had died (19 May 2024)');
  });
  it('says "as of" the data’s date, never "now", for offices still held', () => {
    const putin = person('vladimir-putin');
    expect(describeNow(putin, '2022-01-19', '2025-06-30')).toBe('Still President of Russia as of 2025-06-30');
    expect(describeAtPublication(putin, '2010-03-01')).toBe('Prime Minister of Russia (in office since 2008-05-08)');
    expect(describeNow(putin, '2010-03-01', '2025-06-30')).toBe('Left office as Prime Minister of Russia on 2012-05-07; President of Russia as of 2025-06-30');
  });
  it('compares partial dates as ranges', () => {
    expect(within('2005-06-01', '2005', '2005-06')).toBe(true);
    expect(within('2005-07-01', '2005', '2005-06')).toBe(false);
    expect(officesOn(person('george-w-bush'), '2009-01-21')).toEqual([]);
  });
  it('describes ages as a reader would', () => {
    expect(describeAge('2022-01-19', '2026-11-28')).toBe('almost 5 years ago');
    expect(describeAge('2024-11-01', '2026-11-28')).toBe('2 years ago');
    expect(describeAge('2026-11-20', '2026-11-28')).toBe('8 days ago');
    expect(formatDate('2024-05-19')).toBe('19 May 2024');
  });
});

describe('publisher by domain', () => {
  const index = buildDomainIndex(mergePacks([testPack]));
  it('finds the publisher from the host and its subdomains', () => {
    expect(publisherFor('https://tass.com/politics/1', index)).toBe('tass');
    expect(publisherFor('https://en.ria.ru/2022/x', index)).toBe('ria-novosti');
    expect(publisherFor('https://www.lemonde.fr/international/article/x.html', index)).toBe('le-monde');
  });
  it('says unknown rather than guessing', () => {
    expect(publisherFor('https://tass.com.evil.example/x', index)).toBeNull();
    expect(publisherFor('https://faketass.ru/x', index)).toBeNull();
    expect(publisherFor('not a url', index)).toBeNull();
  });
});
