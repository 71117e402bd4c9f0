import { describe, expect, it } from 'vitest';
import { validatePack, PACK_FORMAT, type Pack } from '@/lib/dataset/schema';
import { compilePack } from '@/lib/dataset/compiled';
import { compileAuthoredFile, expandSource } from '@/lib/dataset/authoring';
import { bundlePacks } from '@/lib/dataset/bundle';
import { mergePacks } from '@/lib/dataset/merge';
import { buildNameIndex, defaultShort, entityForms } from '@/lib/dataset/name-index';
import { datasetStats } from '@/lib/dataset/stats';
import { testPack } from './fixtures/pack';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('pack schema', () => {
  it('accepts the test pack and round-trips through JSON', () => {
    const r = validatePack(JSON.parse(JSON.stringify(testPack)));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.pack).toEqual(testPack);
  });

  const broken: [string, (p: ReturnType<typeof clone<typeof testPack>>) => void, RegExp][] = [
    ['a javascript: source URL', (p) => (p.entities[0]!.sources[0]!.url = 'javascript:alert(1)'), /\$\.entities\[0\]\.sources\[0\]\.url/],
    ['a data: source URL', (p) => (p.entities[1]!.sources[0]!.url = 'data:text/html,hi'), /sources\[0\]\.url/],
    ['an impossible date', (p) => ((p.entities[0] as { born: { date: string } }).born.date = '1960-13-14'), /born\.date/],
    ['start after end', (p) => ((p.entities[1] as { offices: { start: string }[] }).offices[1]!.start = '2013-01-01'), /offices\[1\]/],
    ['an office ending after death', (p) => ((p.entities[0] as { offices: { end: string }[] }).offices[0]!.end = '2024-06-01'), /entities\[0\]/],
    ['a bad Wikidata id', (p) => (p.entities[0]!.wikidata = 'X12'), /wikidata/],
    ['an unknown field', (p) => ((p.entities[0] as unknown as Record<string, unknown>).evil = 1), /entities\[0\]/],
    ['a wrong type', (p) => ((p.entities[2] as unknown as Record<string, unknown>).name = 42), /entities\[2\]\.name/],
    ['a duplicate id', (p) => (p.entities[3]!.id = p.entities[2]!.id), /duplicate id/],
    ['a domain owned twice', (p) => ((p.entities[6] as { domains: string[] }).domains = ['tass.ru']), /already belongs/],
    ['a missing source', (p) => (p.entities[0]!.sources = []), /sources/],
    ['an unknown state code', (p) => ((p.stateAffiliations[0] as { code: string }).code = 'XX'), /stateAffiliations\[0\]\.code/],
  ];
  for (const [what, breakIt, path] of broken) {
    it(`rejects ${what}, naming the JSON path`, () => {
      const p = clone(testPack);
      breakIt(p);
      const r = validatePack(p);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues.map((i) => `${i.path} ${i.message}`).join('\n')).toMatch(path);
    });
  }

  it('rejects a pack of another format', () => {
    expect(validatePack({ ...testPack, format: 'other/1' }).ok).toBe(false);
    expect(validatePack(null).ok).toBe(false);
  });
});

describe('authoring format', () => {
  it('expands source shorthands', () => {
    expect(expandSource('wp:Ebrahim_Raisi', '2025-06-30')).toEqual({ url: 'https://en.wikipedia.org/wiki/Ebrahim_Raisi', title: 'Ebrahim Raisi — Wikipedia', checked: '2025-06-30' });
    expect(expandSource('wp-fr:Le_Monde', undefined)).toMatchObject({ url: 'https://fr.wikipedia.org/wiki/Le_Monde' });
    expect(expandSource('wd:Q42', undefined)).toMatchObject({ url: 'https://www.wikidata.org/wiki/Q42' });
    expect(expandSource('smm:', undefined)).toMatchObject({ url: 'https://statemediamonitor.com/' });
    expect(typeof expandSource('ftp://x', undefined)).toBe('string');
  });

  it('compiles people, outlets with state assessments, and organisations', () => {
    const r = compileAuthoredFile(
      {
        checked: new Date('2025-06-30'),
        people: [{ id: 'a-b', name: 'Ann Bee', src: 'wp:Ann_Bee', born: new Date('1950-01-02'), offices: [{ role: 'Mayor of X', start: 2001, end: '2005-05', ended: 'resigned' }] }],
        outlets: [{ id: 'x-news', name: 'X News', kind: 'newspaper', domains: ['X-News.example'], state: { code: 'SC', year: 2023 }, src: 'wp:X_News' }],
        organizations: [{ id: 'x-gov', name: 'X Government', kind: 'government', src: 'wp:X' }],
      },
      'test.yaml',
    );
    expect(r.issues).toEqual([]);
    const person = r.entities[0]!;
    expect(person.type === 'person' && person.offices[0]).toMatchObject({ start: '2001', end: '2005-05', source: { url: 'https://en.wikipedia.org/wiki/Ann_Bee' } });
    expect(person.type === 'person' && person.born?.date).toBe('1950-01-02');
    expect(r.entities[1]!.type === 'outlet' && r.entities[1]!.domains).toEqual(['x-news.example']);
    expect(r.stateAffiliations).toEqual([expect.objectContaining({ entity: 'x-news', code: 'SC', assessor: 'MJRC State Media Monitor' })]);
  });

  it('lists every error with the file, the entity and the path', () => {
    const r = compileAuthoredFile(
      { checked: '2025-06-30', people: [{ id: 'a', name: 'A', offices: [{ role: 'X', start: '2020-02-30', colour: 'red' }] }, { id: 'B!', name: 'B', src: 'wp:B' }] },
      'people/x.yaml',
    );
    const text = r.issues.map((i) => `${i.path}: ${i.message}`).join('\n');
    expect(text).toMatch(/people\/x\.yaml: \$\.people\[0\] \(a\)\.src: missing source/);
    expect(text).toMatch(/\$\.people\[0\] \(a\)\.offices\[0\]\.colour: unknown field/);
    expect(text).toMatch(/\$\.people\[1\].*id/);
    expect(r.entities).toEqual([]);
  });
});

describe('bundling', () => {
  it('refuses unknown owners, duplicate ids and shared domains across files', () => {
    const [a, b] = [clone(testPack.entities[5]!), clone(testPack.entities[5]!)];
    (b as { id: string }).id = 'tass-2';
    const r = bundlePacks([a, b], [], '2025-06-30');
    const text = r.issues.map((i) => i.message).join('\n');
    expect(text).toMatch(/unknown owner id "government-of-russia"/);
    expect(text).toMatch(/domain "tass.ru" also belongs/);
  });
  it('splits state assessments into their own pack', () => {
    const r = bundlePacks(testPack.entities, testPack.stateAffiliations, '2025-06-30');
    expect(r.issues).toEqual([]);
    expect(r.packs.map((p) => p.id)).toEqual(['backstory-people', 'backstory-outlets', 'backstory-organizations', 'backstory-state-media']);
    expect(r.packs[3]!.stateAffiliations).toHaveLength(2);
  });
});

describe('merging packs', () => {
  it('lets the higher pack win and says which pack a fact came from', () => {
    const mine = { ...clone(testPack), id: 'mine', name: 'Mine', entities: [{ ...clone(testPack.entities[5]!), description: 'My description of TASS' }], stateAffiliations: [] };
    const merged = mergePacks([mine, testPack]);
    expect(merged.entities.get('tass')!.entity.description).toBe('My description of TASS');
    expect(merged.entities.get('tass')!.pack.id).toBe('mine');
    expect(merged.entities.get('tass')!.state?.pack.id).toBe('test-pack');
    expect(mergePacks([testPack, mine]).entities.get('tass')!.pack.id).toBe('test-pack');
  });
});

describe('name index', () => {
  it('derives surnames with their particles', () => {
    expect(defaultShort('Ursula von der Leyen')).toBe('von der Leyen');
    expect(defaultShort('Vladimir Putin')).toBe('Putin');
    expect(defaultShort('Lula')).toBeUndefined();
  });
  it('marks acronyms as exact and people’s surnames as short forms', () => {
    const forms = entityForms(testPack.entities.find((e) => e.id === 'ap')!);
    expect(forms).toContainEqual({ form: 'AP', kind: 'acronym' });
    const index = buildNameIndex(mergePacks([testPack]));
    expect(index.bucket('putin')!.one.map((f) => f.kind)).toEqual(['short']);
    expect([...index.bucket('vladimir')!.next!.values()].flat().every((f) => f.kind === 'full')).toBe(true);
  });
  it('counts facts and sources', () => {
    const s = datasetStats([testPack]);
    expect(s.entities).toEqual({ person: 5, outlet: 6, organization: 5 });
    expect(s.facts).toBe(s.factsWithSource);
    expect(s.openEndedOffices).toBe(2);
  });
});

describe('the bundled dataset', async () => {
  const packs = JSON.parse((await import('../../.generated/packs.json?raw')).default) as Pack[];
  const { bundledPacks } = await import('@/lib/dataset/bundled');
  it('compiles to the same merged entities (lazily parsed)', () => {
    const full = mergePacks(packs), compiled = mergePacks(bundledPacks());
    expect(compiled.entities.size).toBe(full.entities.size);
    for (const id of ['ebrahim-raisi', 'tass', 'kremlin']) expect(compiled.entities.get(id)!.entity).toEqual(full.entities.get(id)!.entity);
    expect(buildNameIndex(compiled).size).toBe(buildNameIndex(full).size);
    expect(compilePack(packs[0]!).ids.length).toBe(packs[0]!.entities.length);
  });
  it('validates, with every fact sourced and dates in order', () => {
    for (const p of packs) {
      const r = validatePack(p);
      expect(r.ok, r.ok ? '' : JSON.stringify(r.issues.slice(0, 5))).toBe(true);
      expect(p.format).toBe(PACK_FORMAT);
    }
    const s = datasetStats(packs);
    expect(s.factsWithSource).toBe(s.facts);
  });
  it('has what the worked example needs', () => {
    const m = mergePacks(packs);
    for (const id of ['ebrahim-raisi', 'vladimir-putin', 'ria-novosti', 'tass', 'iran-daily', 'kremlin', 'state-duma', 'taliban']) expect(m.entities.has(id), id).toBe(true);
    expect(m.entities.get('ria-novosti')!.state?.code).toBe('SC');
  });
});

describe('forms that read as one letter', () => {
  it('are not indexed: "N+" would match every "N." of "D-N.Y."', async () => {
    const { entityFormRecords } = await import('@/lib/dataset/name-index');
    const outlet = { ...testPack.entities.find((e) => e.type === 'outlet')!, name: 'N+', aliases: [{ name: 'X' }, { name: 'N+ Noticias' }] } as Parameters<typeof entityFormRecords>[0];
    expect(entityFormRecords(outlet).map((r) => r[4])).toEqual(['N+ Noticias']);
  });
});
