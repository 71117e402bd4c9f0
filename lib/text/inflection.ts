/**
 * Names in languages whose grammar changes them by case: in Czech, "David Moyes" is also "Davida
 * Moyese", "Moyesem", and "Tomáš Souček" is "Součka". On such pages each capitalised word that is
 * not itself a known name is read as the base form it was made from, when that base form is known:
 * written uninflected elsewhere in the article, a name in the dataset, or a given name or surname.
 * Only the folded form used for matching changes; offsets and the text shown stay the page's.
 */
import type { Token } from './tokenize';

/** Czech, Slovak, Polish, Slovene, Croatian, Serbian, Bosnian, Lithuanian, Latvian, Ukrainian, Belarusian. */
const INFLECTING = new Set(['cs', 'sk', 'pl', 'sl', 'hr', 'sr', 'bs', 'lt', 'lv', 'uk', 'be']);

export const inflects = (lang: string | null | undefined): boolean => !!lang && INFLECTING.has(lang.trim().slice(0, 2).toLowerCase());

/**
 * Case endings (folded), longest first, with what may replace them in the base form:
 * "Fialovi" → "Fial" + "a", "Zelenského" → "Zelensk" + "y"/"yj"/"iy".
 */
const ENDINGS: [ending: string, bases: string[]][] = [
  ['owie', ['']], ['owi', ['', 'a']], ['ovi', ['', 'a']], ['emu', ['', 'y', 'yj', 'iy']], ['eho', ['y', 'yj', 'iy', 'i']],
  ['ego', ['i', 'y']], ['iem', ['']], ['ach', ['', 'a']], ['ech', ['', 'e']], ['ami', ['', 'a']],
  ['em', ['', 'e', 'o']], ['om', ['', 'a']], ['ou', ['a']], ['ym', ['y', 'yj', 'i']], ['im', ['i', 'y']],
  ['us', ['']], ['ui', ['']], ['ą', ['a']], ['ę', ['a']],
  ['a', ['', 'o']], ['e', ['', 'a', 'o']], ['u', ['', 'a', 'o']], ['y', ['a', '']], ['i', ['', 'a']], ['o', ['', 'a']],
];
const CONSONANT = /[bcdfghjklmnpqrstvwxz]/;

/** The base forms a folded word may have been made from, most likely first. */
export function baseForms(word: string): string[] {
  const out: string[] = [];
  for (const [ending, bases] of ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
    const stem = word.slice(0, -ending.length);
    for (const b of bases) out.push(stem + b);
    // the "mobile e": "Součka" ← "Souček", "Havlem" ← "Havel"
    const n = stem.length;
    if (CONSONANT.test(stem[n - 1]!) && CONSONANT.test(stem[n - 2]!)) out.push(`${stem.slice(0, -1)}e${stem[n - 1]}`);
  }
  return out;
}

/**
 * Tokens whose `norm` is the base form where one is known. `isName(w)`: a word of a dataset name,
 * kept as it stands; `known(w)`: a base form the data knows (a dataset name's word, a given name, a
 * surname).
 */
export function baseFormTokens(tokens: Token[], isName: (word: string) => boolean, known: (word: string) => boolean): Token[] {
  // the capitalised words the article itself writes: the strongest evidence of a base form
  const written = new Set<string>();
  for (const t of tokens) if (isCapitalised(t.raw)) written.add(t.norm);
  const cache = new Map<string, string>();
  return tokens.map((t) => {
    if (!isCapitalised(t.raw) || t.norm.length < 4 || isName(t.norm)) return t;
    let base = cache.get(t.norm);
    if (base === undefined) {
      const forms = baseForms(t.norm);
      base = forms.find((f) => f !== t.norm && written.has(f)) ?? forms.find((f) => f !== t.norm && known(f)) ?? t.norm;
      cache.set(t.norm, base);
    }
    return base === t.norm ? t : { ...t, norm: base };
  });
}

const isCapitalised = (w: string) => /^\p{Lu}\p{Ll}/u.test(w);
