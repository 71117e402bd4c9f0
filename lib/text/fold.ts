/**
 * Folding for matching: the displayed text keeps its diacritics, the comparison does not.
 * `fold` is applied token by token, so offsets always point into the original text.
 */

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const MARKS = /\p{M}/gu;
const SPECIAL: Record<string, string> = {
  ß: 'ss', ẞ: 'ss', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ł: 'l', Ł: 'l', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe',
  ı: 'i', ħ: 'h', þ: 'th', ð: 'd',
  // Arabic-script letters that Persian, Arabic and Urdu spell differently
  'ي': 'ی', 'ى': 'ی', 'ك': 'ک', 'ة': 'ه', 'أ': 'ا', 'إ': 'ا', 'آ': 'ا',
  // Cyrillic ё is written е in most news
  ё: 'е', Ё: 'е',
};
const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL).join('')}]`, 'g');

/** Lower-cased, diacritic-free, invisible-free form of a word or phrase. */
export function fold(s: string): string {
  return s
    .replace(INVISIBLE, '')
    .normalize('NFKD')
    .toLowerCase()
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c)
    .normalize('NFKD')
    .replace(MARKS, '');
}

/** True when the word starts with an upper-case letter (scripts without case count as capitalised). */
export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const first = word.replace(INVISIBLE, '').charAt(0);
  return first !== first.toLowerCase() || first === first.toUpperCase();
}

/** True for a word written entirely in capitals, like TASS or AP. */
export function isAllCaps(word: string): boolean {
  const w = word.replace(INVISIBLE, '');
  return /\p{Lu}/u.test(w) && w === w.toUpperCase();
}
