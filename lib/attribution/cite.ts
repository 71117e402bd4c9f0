/**
 * Finds the outlets and organisations an article cites as its sources, with the sentence that
 * cites each and whose words it relays.
 */
import type { Span } from '../text/sentences';
import { spanAt } from '../text/sentences';
import { countBefore } from '../text/spans';
import type { Linked, Mention } from '../match/resolve';
import {
  DATELINE_LEFT,
  DATELINE_RIGHT,
  LEFT_CUE,
  PHOTO_CREDIT,
  PRONOUN_SPEAKER,
  RIGHT_CUE,
  ROLE_SPEAKER,
  SOURCE_LINE,
  SPEECH,
  STANDALONE_LEFT,
  STANDALONE_RIGHT,
} from './cues';

export interface Evidence {
  /** the cue and the name, e.g. "according to TASS" */
  text: string;
  sentence: string;
  start: number;
  end: number;
  /** "Source: X" lines and wire credits: the article is copy of X's */
  credit?: boolean;
}

export interface Citation {
  id: string;
  evidence: Evidence[];
  relays: string[];
}

/** A name followed by a verb of saying (after the rest of the name, a title or an apposition). */
const SPEAKER_AFTER = /^[\p{L}\p{M}'’.\- ]{0,30}?(?:,[^,]{0,40},\s*)?(?:also\s+|later\s+|then\s+)?(?:said|says|told|added|stressed|noted|pointed\s+out|stated|declared|warned|insisted|argued|explained|wrote|tweeted|a\s+déclaré|a\s+dit|sagte|erklärte|dijo|afirmó|declaró)(?![\p{L}])/iu;
const SPEAKER_BEFORE = /(?:said|says|told|added|according\s+to|quoted|quoting)\s+(?:[\p{Lu}][\p{L}.]*\s+){0,3}$/u;

const NAME_THEN_STOP = /^[\p{L}\p{M}'’.\- ]{0,40}?(?:[,.;:”"»]|$)/u;

/** A cheap test before the costly anchored cue pattern: some cue word is near. */
const CUE_WORD = /entrevista|entretien|gespräch|second|ha\s|rifer|scrive|riport|explic|asegur|cont[oó]|disse|afirmou|angaben|accord|told|tell|report|quot|cit|interview|spok|statement|publish|appear|director|represent|data|figures|article|story|piece|tweet|post|column|editorial|investigation|comme|selon|apr[eè]s|laut|seg[uú]n|acuerdo|dijo|inform|bericht|sagte|zufolge|déclar|indiqu|source|fuente|quelle|segundo|acordo|podle|píše|napsal|uved|uvádí|hodnotí|tvrdí|ozn[aá]m|sdělil|cituje|upozor|zjistil|komentuje/i;

/** How far back a "he said" may reach for its speaker. */
const SPEAKER_LOOKBACK_SENTENCES = 3;

/**
 * `isAudience(id)`: bodies one speaks to (parliaments, courts, assemblies) — "told parliament" is not
 * a citation of parliament.
 */
export function findCitations(text: string, sentences: Span[], sources: Linked[], people: Linked[], isAudience: (id: string) => boolean = () => false): Citation[] {
  const personMentions = people
    .flatMap((p) => p.mentions.map((m) => ({ id: p.id, start: m.start })))
    .sort((a, b) => a.start - b.start);
  const out: Citation[] = [];
  for (const src of sources) {
    const evidence: Evidence[] = [];
    const relays = new Set<string>();
    for (const m of src.mentions) {
      const ev = evidenceFor(text, sentences, m, isAudience(src.id));
      if (!ev) continue;
      evidence.push(ev);
      if (!ev.credit) for (const id of speakersFor(text, sentences, ev, m, personMentions)) relays.add(id);
    }
    if (evidence.length) out.push({ id: src.id, evidence, relays: [...relays] });
  }
  return out.sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
}

function evidenceFor(text: string, sentences: Span[], m: Mention, audience: boolean): Evidence | null {
  const s = sentences[spanAt(sentences, m.start)]!;
  const sentence = text.slice(s.start, s.end);
  const left = text.slice(Math.max(s.start, m.start - 80), m.start);
  const right = text.slice(m.end, Math.min(s.end, m.end + 80));
  if (PHOTO_CREDIT.test(left)) return null;
  const cue = CUE_WORD.test(left) ? LEFT_CUE.exec(left) : null;
  if (cue) {
    const word = cue[1]!.toLowerCase();
    // "told parliament", "told the U.N. General Assembly": an audience, not a source
    if (/^tell|^told/.test(word) && audience) return null;
    const at = m.start - left.length + cue.index + cue[0].indexOf(cue[1]!);
    return { text: text.slice(at, m.end), sentence, start: at, end: m.end, ...(/appeared|published\s+(?:in|on|by)$/.test(word) && /originally|first/.test(word) && { credit: true }) };
  }
  // the line within this sentence (never scanning back through the whole text)
  const lineStart = s.start + sentence.lastIndexOf('\n', m.start - s.start - 1) + 1;
  const line = text.slice(Math.max(lineStart, s.start), m.start);
  if (SOURCE_LINE.test(line)) {
    const at = Math.max(lineStart, s.start);
    return { text: text.slice(at, m.end), sentence, start: at, end: m.end, credit: true };
  }
  // a dateline reads from the start of its line, across the abbreviation a sentence split may cut it at ("SPRINGFIELD, Ill. (AP) —")
  const lookFrom = Math.max(0, m.start - 60);
  const datelineFrom = lookFrom + text.slice(lookFrom, m.start).lastIndexOf('\n') + 1;
  if (DATELINE_LEFT.test(text.slice(datelineFrom, m.start)) && DATELINE_RIGHT.test(right)) {
    const close = m.end + right.indexOf(')') + 1;
    return { text: text.slice(datelineFrom, close), sentence, start: datelineFrom, end: close, credit: true };
  }
  if (STANDALONE_LEFT.test(line) && STANDALONE_RIGHT.test(text.slice(m.end, s.end))) {
    if (isCaptionCredit(text, s)) return null;
    return { text: sentence, sentence, start: s.start, end: s.end, credit: true };
  }
  const rs = ROLE_SPEAKER.exec(text.slice(m.end, Math.min(s.end, m.end + 160)));
  if (rs) return { text: text.slice(m.start, m.end + rs[0].length), sentence, start: m.start, end: m.end + rs[0].length };
  const rc = RIGHT_CUE.exec(right);
  if (rc) {
    const end = m.end + rc.index + rc[0].length;
    return { text: text.slice(m.start, end), sentence, start: m.start, end };
  }
  return null;
}

/**
 * "…most of them foreign tourists. (Reuters)" in the middle of an article: a credit in brackets
 * closing a paragraph of prose, with more paragraphs after it, is a photo or video caption's credit.
 * A wire sign-off stands on its own line or closes the article's last paragraph.
 */
function isCaptionCredit(text: string, s: Span): boolean {
  if (text[s.start] !== '(') return false;
  // what stands before it on its line (looked for nearby only: a page may be one long line)
  const before = text.slice(Math.max(0, s.start - 200), s.start);
  if (!/\S/.test(before.slice(before.lastIndexOf('\n') + 1))) return false;
  const after = text.slice(s.end, s.end + 2000);
  const lineEnd = after.indexOf('\n');
  return lineEnd >= 0 && TEXT_AFTER.test(after.slice(lineEnd, lineEnd + 200));
}
/** Prose after a line: a run of letters. */
const TEXT_AFTER = /\p{L}{3}/u;

function speakersFor(
  text: string,
  sentences: Span[],
  ev: Evidence,
  source: Mention,
  people: { id: string; start: number }[],
): string[] {
  const idx = spanAt(sentences, ev.start);
  const s = sentences[idx]!;
  const sentence = text.slice(s.start, s.end);
  if (!SPEECH.test(sentence.replace(ev.text, ''))) return [];
  const inSentence = slice(people, s.start, s.end).filter((p) => p.start < source.start || p.start > source.end);
  if (inSentence.length) {
    // the speaker is the one a verb of saying attaches to ("Peskov said", "said Peskov"); others are talked about
    const speaking = inSentence.filter((p) => {
      const after = text.slice(p.start, Math.min(s.end, p.start + 60));
      // "said Peskov." is Peskov speaking; "said President Putin remained open" is about Putin
      return SPEAKER_AFTER.test(after) || (SPEAKER_BEFORE.test(text.slice(Math.max(s.start, p.start - 30), p.start)) && NAME_THEN_STOP.test(after));
    });
    return [...new Set((speaking.length ? speaking : inSentence.slice(0, 1)).map((p) => p.id))];
  }
  if (!PRONOUN_SPEAKER.test(sentence)) return [];
  const from = sentences[Math.max(0, idx - SPEAKER_LOOKBACK_SENTENCES)]!.start;
  const before = slice(people, from, s.start);
  return before.length ? [before.at(-1)!.id] : [];
}

/** The mentions with start in [from, to), from a list sorted by start. */
function slice<T extends { start: number }>(sorted: T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = countBefore(sorted, from, (x) => x.start); i < sorted.length && sorted[i]!.start < to; i++) out.push(sorted[i]!);
  return out;
}
