import { describe, expect, it } from 'vitest';
import testPackText from '../fixtures/test-pack.json?raw';
import brokenText from '../fixtures/broken-pack.json?raw';
import exampleText from '../../examples/newsroom-pack.json?raw';
import { checkPackImport, MAX_PACK_BYTES } from '@/lib/dataset/import';
import { orderPacks } from '@/lib/browser/packs';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, parseSettingsExport, settingsExport, SETTINGS_MIGRATIONS } from '@/lib/browser/settings';
import { createEngine } from '@/lib/analyze/engine';
import { testPack, snapshotOf } from './fixtures/pack';

describe('importing a pack', () => {
  it('accepts the example and the test pack', () => {
    expect(checkPackImport(exampleText, []).ok).toBe(true);
    expect(checkPackImport(testPackText, []).ok).toBe(true);
  });
  it('accepts a minimal pack: no description, no state assessments', () => {
    const minimal = { format: 'backstory-pack/1', id: 'mini', name: 'Mini', version: '1', checked: '2025-06-30', license: 'CC0', entities: [] };
    expect(checkPackImport(JSON.stringify(minimal), [])).toMatchObject({ ok: true, pack: { description: '', stateAffiliations: [] } });
  });
  it('reports truncated JSON', () => {
    const r = checkPackImport(brokenText, []);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.message).toMatch(/not valid JSON/);
  });
  it('lists every error with its JSON path: bad URLs, duplicate ids, wrong types, missing fields', () => {
    const pack = JSON.parse(brokenText + '}') as Record<string, unknown>;
    const r = checkPackImport(JSON.stringify(pack), []);
    expect(r.ok).toBe(false);
    const text = r.ok ? '' : r.errors.map((e) => `${e.path}: ${e.message}`).join('\n');
    expect(text).toMatch(/\$\.entities\[0\]\.sources\[0\]\.url: must be an http\(s\) URL/);
    expect(text).toMatch(/\$\.entities\[1\]\.sources/);
  });
  it('refuses duplicate ids in an otherwise valid pack, and a pack id already installed', () => {
    const p = JSON.parse(testPackText) as { entities: unknown[] };
    p.entities.push(p.entities[0]);
    const r = checkPackImport(JSON.stringify(p), []);
    expect(!r.ok && r.errors[0]!.message).toMatch(/duplicate id/);
    const taken = checkPackImport(testPackText, ['test-economists']);
    expect(!taken.ok && taken.errors[0]!.message).toMatch(/already installed/);
  });
  it('refuses files over the limits, saying the limit', () => {
    const big = ' '.repeat(MAX_PACK_BYTES + 1);
    const r = checkPackImport(big, []);
    expect(!r.ok && r.errors[0]!.message).toMatch(/packs may be up to 25 MB/);
    const many = { ...JSON.parse(testPackText), entities: Array.from({ length: 100_001 }, () => ({})) };
    const r2 = checkPackImport(JSON.stringify(many), []);
    expect(!r2.ok && r2.errors[0]!.message).toMatch(/up to 100000/);
  });
  it('keeps HTML in strings as text: an imported name is just a name', () => {
    const p = JSON.parse(testPackText) as { entities: { name: string }[] };
    p.entities[0]!.name = '<b>Jane</b> Whitfield';
    expect(checkPackImport(JSON.stringify(p), []).ok).toBe(true);
  });
  it('an imported person is found in articles, and the card says which pack it came from', () => {
    const r = checkPackImport(testPackText, []);
    if (!r.ok) throw new Error('test pack invalid');
    const a = createEngine([r.pack, testPack]).analyze(snapshotOf('Jane Whitfield, an economist, said Whitfield had doubts.', '2023-03-02'));
    expect(a.people.map((p) => [p.id, p.pack, p.mentions.length])).toEqual([['jane-whitfield', 'test-economists', 2]]);
  });
});

describe('pack order', () => {
  it('follows the reader’s order, then imported packs, then bundled ones', () => {
    const items = [{ id: 'b1', b: true }, { id: 'u1', b: false }, { id: 'b2', b: true }, { id: 'u2', b: false }];
    const ids = (order: string[]) => orderPacks(items, (x) => x.id, (x) => x.b, order).map((x) => x.id);
    expect(ids([])).toEqual(['u1', 'u2', 'b1', 'b2']);
    expect(ids(['b2', 'u2'])).toEqual(['b2', 'u2', 'u1', 'b1']);
  });
});

describe('settings files', () => {
  it('round-trips an export', () => {
    const s = { ...DEFAULT_SETTINGS, autoRun: false, neverRunOn: ['example.org'] };
    expect(parseSettingsExport(settingsExport(s))).toEqual({ ok: true, settings: s, reset: [] });
  });
  it('migrates an older export and resets bad fields, saying which', () => {
    const r = parseSettingsExport(JSON.stringify({ format: 'backstory-settings', version: 1, settings: { highlights: 'no', ageNoticeMonths: 3 } }));
    expect(r).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, ageNoticeMonths: 3 }, reset: ['highlights'] });
    expect(SETTINGS_MIGRATIONS[2]!({ autoRun: false })).toEqual({ autoRun: false, packOrder: [] });
  });
  it('refuses a file from a future version, or anything else, changing nothing', () => {
    expect(parseSettingsExport(JSON.stringify({ format: 'backstory-settings', version: SETTINGS_VERSION + 1, settings: {} }))).toMatchObject({ ok: false, error: expect.stringMatching(/newer version/) });
    expect(parseSettingsExport('{"format":"other"}')).toMatchObject({ ok: false });
    expect(parseSettingsExport('{trunc')).toMatchObject({ ok: false, error: expect.stringMatching(/not JSON/) });
  });
});
