/** Words with their UTF-16 offsets into the original text. */
import { fold } from './fold';

export interface Token {
  /** the word as written */
  raw: string;
  /** folded form used for matching */
  norm: string;
  start: number;
  end: number;
}

/** Cap on one word: a 1 MB "word" must not make matching slow. */
const MAX_WORD = 64;

// Letters, digits and marks; soft hyphens and zero-width joiners stay inside a word.
const WORD_CHAR = /^[\p{L}\p{N}\p{M}\u00AD\u200B-\u200D\u2060\uFEFF]$/u;
/** Per UTF-16 code unit: 0 not yet known, 1 word character, 2 not (filled lazily). */
const BMP = new Uint8Array(65536);
for (let c = 0; c < 128; c++) BMP[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;

/** Width (1 or 2 code units) of the word character at i, or 0. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) {
    let k = BMP[c]!;
    if (!k) k = BMP[c] = WORD_CHAR.test(text[i]!) ? 1 : 2;
    return k === 1 ? 1 : 0;
  }
  if (c <= 0xdbff && i + 1 < text.length) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  return 0;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    // ASCII fast path for the gaps between words
    if (c0 < 128 && BMP[c0] !== 1) {
      i++;
      continue;
    }
    if (c0 >= 128 && !wordCharAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        if (BMP[c] !== 1) break;
        i++;
        continue;
      }
      const w = wordCharAt(text, i);
      if (!w) break;
      ascii = false;
      i += w;
    }
    if (i - start > MAX_WORD) continue;
    const raw = text.slice(start, i);
    const norm = ascii ? raw.toLowerCase() : fold(raw);
    if (norm) out.push({ raw, norm, start, end: i });
  }
  return out;
}

/** The folded words of a name, as the matcher keys them. */
export function nameKey(name: string): string[] {
  return tokenize(name).map((t) => t.norm);
}

/** Two words one space apart ("Jane Doe"), as the words of a name stand. */
export function spaced(text: string, a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && b.start - a.end === 1 && (text[a.end] === ' ' || text[a.end] === '\u00A0');
}

/** `b` is a capitalised word one space after `a`: the two read as one name ("Brandt Construction"). */
export function capitalisedNext(text: string, a: Token | undefined, b: Token | undefined): boolean {
  return spaced(text, a, b) && /^\p{Lu}/u.test(b!.raw);
}
