import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold, isAllCaps, isCapitalised } from '@/lib/text/fold';
import { tokenize } from '@/lib/text/tokenize';
import { sentenceSpans, spanAt } from '@/lib/text/sentences';

describe('fold', () => {
  it('drops diacritics, case, soft hyphens and zero-width characters', () => {
    expect(fold('Raïssi')).toBe('raissi');
    expect(fold('Pu\u00ADtin')).toBe('putin');
    expect(fold('Zelens\u200Bkyy')).toBe('zelenskyy');
    expect(fold('Straße')).toBe('strasse');
    expect(fold('Łukasz')).toBe('lukasz');
  });
  it('unifies Arabic-script letter variants', () => {
    expect(fold('رئيسي')).toBe(fold('رئیسی'));
  });
  it('tells capitals apart', () => {
    expect(isCapitalised('Putin')).toBe(true);
    expect(isCapitalised('putin')).toBe(false);
    expect(isCapitalised('رئیسی')).toBe(true);
    expect(isAllCaps('TASS')).toBe(true);
    expect(isAllCaps('Tass')).toBe(false);
  });
  it('is idempotent and never longer than NFKD allows (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => fold(fold(s)) === fold(s)));
  });
});

describe('tokenize', () => {
  it('gives UTF-16 offsets into the original text', () => {
    const text = 'Mr. Raïssi’s visit — “Putin”.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.raw);
    expect(tokenize(text).map((t) => t.norm)).toEqual(['mr', 'raissi', 's', 'visit', 'putin']);
  });
  it('skips absurdly long words instead of slowing down', () => {
    expect(tokenize('a'.repeat(1_000_000) + ' Putin').map((t) => t.raw)).toEqual(['Putin']);
  });
  it('offsets always slice back to the word (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => tokenize(s).every((t) => s.slice(t.start, t.end) === t.raw && t.start < t.end)),
    );
  });
});

describe('sentences', () => {
  it('keeps abbreviations and initials inside a sentence', () => {
    const text = 'Mr. Bush met George W. Bush. Then they left! “Really?” he asked.';
    const s = sentenceSpans(text).map((x) => text.slice(x.start, x.end));
    expect(s).toEqual(['Mr. Bush met George W. Bush.', 'Then they left!', '“Really?” he asked.']);
  });
  it('splits paragraphs and finds the sentence of an offset', () => {
    const text = 'First line\n\nSource: Iran Daily';
    const spans = sentenceSpans(text);
    expect(spans.map((x) => text.slice(x.start, x.end))).toEqual(['First line', 'Source: Iran Daily']);
    expect(spanAt(spans, text.indexOf('Iran'))).toBe(1);
  });
});

describe('spans', async () => {
  const { overlapTest } = await import('@/lib/text/spans');
  it('tells whether a range overlaps a known span', () => {
    const test = overlapTest([{ start: 10, end: 15 }, { start: 0, end: 3 }, { start: 20, end: 21 }]);
    expect([test(0, 1), test(3, 10), test(14, 16), test(15, 20), test(20, 21), test(30, 40)]).toEqual([true, false, true, false, true, false]);
    expect(overlapTest([])(0, 10)).toBe(false);
  });
});

describe('names changed by grammar (Czech, Polish…)', async () => {
  const { baseForms, baseFormTokens, inflects } = await import('@/lib/text/inflection');
  it('knows which languages inflect names', () => {
    expect([inflects('cs'), inflects('pl-PL'), inflects('en'), inflects(null)]).toEqual([true, true, false, false]);
  });
  it('offers base forms, with the mobile e', () => {
    expect(baseForms('putinem')).toContain('putin');
    expect(baseForms('soucka')).toContain('soucek');
    expect(baseForms('fialovi')).toContain('fiala');
    expect(baseForms('zelenskeho')).toContain('zelenskyj');
    expect(baseForms('rice')).not.toContain('rice');
  });
  it('reads a word as its base form only where the article or the data knows that form', () => {
    const text = 'Tomáš Souček hrál. Trenér nenechává Součka odpočinout, píše Praha. Putinem.';
    const norms = baseFormTokens(tokenize(text), () => false, (w) => w === 'putin').map((t) => t.norm);
    expect(norms).toContain('soucek');
    expect(norms.filter((n) => n === 'soucek')).toHaveLength(2);
    expect(norms).toContain('putin');
    expect(norms).toContain('praha'); // no known base form: as written
  });
});

describe('words one space apart', () => {
  it('tells a name’s words from words across punctuation or a line break', async () => {
    const { spaced, capitalisedNext } = await import('@/lib/text/tokenize');
    const t = tokenize('Jane Doe, Acme\nCorp and\u00A0Brandt Construction');
    expect([spaced('Jane Doe, Acme\nCorp and\u00A0Brandt Construction', t[0], t[1]), spaced('Jane Doe, Acme\nCorp and\u00A0Brandt Construction', t[1], t[2]), spaced('Jane Doe, Acme\nCorp and\u00A0Brandt Construction', t[2], t[3])]).toEqual([true, false, false]);
    expect(capitalisedNext('Jane Doe, Acme\nCorp and\u00A0Brandt Construction', t[4], t[5])).toBe(true);
    expect(capitalisedNext('Jane Doe, Acme\nCorp and\u00A0Brandt Construction', t[3], t[4])).toBe(false);
    expect(spaced('x', undefined, t[0])).toBe(false);
  });
});
