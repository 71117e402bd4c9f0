/** Words with their UTF-16 offsets into the original text. */

export interface Token {
  /** the word as written */
  raw: string;
  /** folded form used for matching */
  norm: string;
  start: number;
  end: number;
}

// Letters, digits and marks; soft hyphens and zero-width joiners stay inside a word.
const WORD = /[\p{L}\p{N}\p{M}\u00AD\u200B-\u200D\u2060\uFEFF]+/gu;
/** Cap on one word: a 1 MB "word" must not make matching quadratic. */
const MAX_WORD = 64;

import { fold } from './fold';

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const raw = m[0];
    if (raw.length > MAX_WORD) continue;
    const norm = fold(raw);
    if (!norm) continue;
    out.push({ raw, norm, start: m.index, end: m.index + raw.length });
  }
  return out;
}

/** The folded words of a name, as the matcher keys them. */
export function nameKey(name: string): string[] {
  return tokenize(name).map((t) => t.norm);
}
