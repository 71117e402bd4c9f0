/** Sentence spans, for evidence and for the context of a mention. */

export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen lt col sgt capt cpt maj adm gov sen rep rev st jr sr inc ltd co corp no vs etc u.s u.k e.g i.e jan feb mar apr jun jul aug sep sept oct nov dec mt ft'.split(' '),
);

/**
 * Splits on . ! ? … and line breaks, keeping closing quotes with their sentence and not
 * splitting after common abbreviations or initials ("Mr. Obama", "George W. Bush").
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const n = text.length;
  const push = (end: number) => {
    let s = start;
    while (s < end && /\s/.test(text[s]!)) s++;
    let e = end;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = end;
  };
  for (let i = 0; i < n; i++) {
    const c = text[i]!;
    if (c === '\n') {
      if (text[i + 1] === '\n' || /[.!?…:"”’»]\s*$/.test(text.slice(Math.max(0, i - 3), i)) || i - start > 0) push(i + 1);
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    let j = i + 1;
    while (j < n && /[.!?…"”’»)\]]/.test(text[j]!)) j++;
    if (j < n && !/\s/.test(text[j]!)) continue;
    if (c === '.') {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(start, i - 12), i))?.[1]?.toLowerCase() ?? '';
      if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word)) continue;
    }
    let k = j;
    while (k < n && (text[k] === ' ' || text[k] === '\u00A0')) k++;
    // a lower-case continuation ("“Really?” he asked") is not a new sentence
    if (k < n && /\p{Ll}/u.test(text[k]!)) continue;
    push(j);
  }
  push(n);
  return spans;
}

/** Index of the span containing `offset` (binary search). */
export function spanAt(spans: Span[], offset: number): number {
  let lo = 0, hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(spans.length - 1, lo - 1));
}
