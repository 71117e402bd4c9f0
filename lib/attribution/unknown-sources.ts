/**
 * Sources an article credits that are not in the dataset ("according to the Syrian Observatory",
 * "told Der Standard", "the Interior Ministry said"): named, with their sentence, never described.
 * Precision first: a capitalised name right after a cue, or before a verb of reporting when it
 * looks like an organisation.
 */
import type { Span } from '../text/sentences';
import type { Evidence } from './cite';

export interface UnknownSource {
  name: string;
  evidence: Evidence[];
}

const CAP = String.raw`(?:[\p{Lu}][\p{L}\p{M}'’&.-]*|[\p{Lu}\d][\p{Lu}\d&.-]+)`;
const LINK = String.raw`(?:of|for|and|&|de|del|des|du|der|die|la|le|el|on|the)`;
/** A capitalised name of 1–6 words, with small linking words inside ("Ministry of Foreign Affairs"). */
const NAME = String.raw`${CAP}(?:[ \u00A0](?:${LINK}[ \u00A0])?${CAP}){0,5}`;

const LEFT = new RegExp(
  String.raw`(?:according\s+to|as\s+reported\s+by|reported\s+by|quoted\s+by|cited\s+by|citing|told|in\s+an\s+interview\s+with|speaking\s+to|a\s+spokes(?:man|woman|person)\s+for|a\s+statement\s+(?:from|by)|data\s+from|figures\s+from|a\s+report\s+(?:by|from)|a\s+study\s+(?:by|from)|a\s+survey\s+by|selon|d['’]après|laut|según|segundo|de\s+acordo\s+com)\s+(?:the\s+|a\s+|an\s+|la\s+|le\s+|les\s+|l['’]|der\s+|die\s+|dem\s+|den\s+|el\s+|los\s+|las\s+|o\s+|a\s+)?(${NAME})`,
  'gu',
);
const RIGHT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:[Tt]he\s+)?(${NAME})(?:['’]s\s+[\p{Ll}]+)?\s+(?:has\s+|had\s+|also\s+)?(?:reported|reports|said|says|told|wrote|announced|stated|confirmed|claimed|published|estimated|found|disclosed|revealed|berichtete|meldete|a\s+rapporté|a\s+annoncé|informó|reportó)(?![\p{L}])`,
  'gu',
);
const SOURCE_LINE = new RegExp(String.raw`^(?:Source|Sources|Quelle|Fuente|Fonte)\s*:\s*(${NAME})`, 'u');
const DATELINE = /^[\p{Lu}][\p{Lu}\s.,'’-]{1,40}\(([\p{Lu}][\p{L}.&-]{1,20}(?:\s[\p{Lu}][\p{L}.&-]+){0,2})\)\s*[-–—]/u;

const ORGISH = /\b(?:Ministry|Ministries|Department|Agency|Office|Police|Army|Forces|Military|Government|Council|Commission|Committee|Institute|University|College|Cent(?:er|re)|Foundation|Association|Society|Union|Bank|Group|Company|Corporation|Corp|Inc|Ltd|LLC|Times|Post|News|Journal|Herald|Tribune|Gazette|Daily|Press|Review|Magazine|Network|Radio|TV|Television|Channel|Service|Bureau|Authority|Organi[sz]ation|Party|Court|Board|Federation|League|Fund|Trust|Research|Institution|Watch|International|Hospital|School|Survey|Statistics|Observatory|Administration|Agency|Senate|Congress|Parliament|Embassy|Consulate|Prosecutor|Guard|Navy|Command|Secretariat|Airlines?|Motors|Technologies|Systems|Labs?)\b|^[\p{Lu}\d&.-]{2,8}$/u;
const NOT_A_SOURCE = /^(?:The|A|An|He|She|They|It|We|I|You|This|That|These|Those|His|Her|Their|Its|Our|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Mr|Mrs|Ms|Dr|President|Minister|Reuters|AP|AFP)$/;

export function findUnknownSources(
  text: string,
  sentences: Span[],
  isKnown: (start: number, end: number) => boolean,
): UnknownSource[] {
  const found = new Map<string, UnknownSource>();
  const add = (name: string, at: number, cueStart: number, end: number, sentence: Span, credit = false) => {
    const clean = name.replace(/['’]s$/, '').replace(/[.,;:]+$/, '').trim();
    if (clean.length < 2 || NOT_A_SOURCE.test(clean) || isKnown(at, at + clean.length)) return;
    const ev: Evidence = { text: text.slice(cueStart, end), sentence: text.slice(sentence.start, sentence.end), start: cueStart, end, ...(credit && { credit }) };
    const key = clean.toLowerCase();
    const entry = found.get(key) ?? { name: clean, evidence: [] };
    if (!entry.evidence.some((e) => e.start === ev.start)) entry.evidence.push(ev);
    found.set(key, entry);
  };
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    if (sentence.length > 2000) continue;
    for (const m of sentence.matchAll(LEFT)) {
      const name = m[1]!;
      const at = s.start + m.index! + m[0].length - name.length;
      add(name, at, s.start + m.index!, at + name.length, s);
    }
    for (const m of sentence.matchAll(RIGHT)) {
      const name = m[1]!;
      if (!ORGISH.test(name)) continue;
      const at = s.start + m.index! + m[0].indexOf(name);
      add(name, at, at, s.start + m.index! + m[0].length, s);
    }
    const line = SOURCE_LINE.exec(sentence);
    if (line) add(line[1]!, s.start + line[0].length - line[1]!.length, s.start, s.start + line[0].length, s, true);
    const dl = DATELINE.exec(sentence);
    if (dl) add(dl[1]!, s.start + dl[0].indexOf(dl[1]!), s.start, s.start + dl[0].length, s, true);
  }
  return [...found.values()].sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
}
