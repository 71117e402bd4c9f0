/**
 * One left-to-right pass over the words of the text: at each word, the forms that start with it
 * are tried longest first. Cost is linear in the text (forms per first word are few and short).
 */
import { isCapitalised } from '../text/fold';
import type { Token } from '../text/tokenize';
import { isParticle, type NameForm, type NameIndex } from '../dataset/name-index';

export interface Match {
  start: number;
  end: number;
  /** index of the first and one past the last word */
  from: number;
  to: number;
  forms: NameForm[];
}

/** What may stand between two words of one name: spaces, a hyphen, an apostrophe, an initial's dot. */
const GAP = /^(?:[\s\u00A0]{1,3}|[-‐‑'’]|\.[\s\u00A0]{0,2}|[\s\u00A0]?[-–][\s\u00A0]?)$/;

const HYPHEN = /^[-‐‑]$/;

function formFits(form: NameForm, tokens: Token[], i: number, text: string): boolean {
  const w = form.words;
  if (i + w.length > tokens.length) return false;
  for (let k = 0; k < w.length; k++) {
    const t = tokens[i + k]!;
    if (t.norm !== w[k]) return false;
    const gap = k > 0 ? text.slice(tokens[i + k - 1]!.end, t.start) : '';
    if (k > 0 && !GAP.test(gap)) return false;
    if (form.exact) {
      if (t.raw !== form.exact[k]) return false;
    } else if (!isParticle(t.norm) && !isCapitalised(t.raw) && !(k > 0 && HYPHEN.test(gap))) return false; // "Jae-myung"
  }
  return true;
}

/** The longest forms of `list` (sorted longest first) that fit at word i; appends to `found`, returns the length. */
function longest(list: NameForm[], tokens: Token[], i: number, text: string, found: NameForm[]): number {
  let best = 0;
  for (const form of list) {
    if (form.words.length < best) break;
    if (!formFits(form, tokens, i, text)) continue;
    if (form.words.length > best) {
      best = form.words.length;
      found.length = 0;
    }
    found.push(form);
  }
  return best;
}

export function scan(text: string, tokens: Token[], index: NameIndex): Match[] {
  const out: Match[] = [];
  for (let i = 0; i < tokens.length; ) {
    const tok = tokens[i]!;
    // a name can only start with a capital, a digit, or a short particle or acronym ("al", "von",
    // "dpa"): longer lower-case words are skipped without a lookup
    const c = tok.raw.charCodeAt(0);
    if (c >= 97 && c <= 122 && (tok.raw.length > 4 || !index.lowerStarts.has(tok.norm))) {
      i++;
      continue;
    }
    const bucket = index.bucket(tok.norm);
    if (!bucket) {
      i++;
      continue;
    }
    const forms: NameForm[] = [];
    const second = tokens[i + 1];
    const longer = second && bucket.next ? bucket.next.get(second.norm) : undefined;
    let best = longer ? longest(longer, tokens, i, text, forms) : 0;
    if (!best && bucket.one.length) best = longest(bucket.one, tokens, i, text, forms);
    if (best) {
      out.push({ start: tokens[i]!.start, end: tokens[i + best - 1]!.end, from: i, to: i + best, forms });
      i += best;
    } else i++;
  }
  return out;
}
