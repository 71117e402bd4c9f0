/**
 * Sources an article credits that are not in the dataset ("according to the Syrian Observatory",
 * "Roscosmos said", "a Gallup Korea poll", "published in the New England Journal of Medicine"):
 * named, with their sentence, never described. Precision first: a capitalised name right after a
 * cue, or before a verb of reporting when it cannot be a person.
 */
import type { Span } from '../text/sentences';
import type { Evidence } from './cite';

export interface UnknownSource {
  name: string;
  evidence: Evidence[];
}

/** A capitalised word, an acronym, or a name like "1010data" or "MakingStarWars.net". */
const CAP = String.raw`(?:[\p{Lu}][\p{L}\p{M}\d'’&.-]*[\p{L}\p{M}\d]|[\p{Lu}]|\d+[\p{L}][\p{L}\d.]*)`;
const LINK = String.raw`(?:of|for|and|&|on|the|de|del|des|du|der|die|la|le|el)`;
/** A capitalised name of 1–7 words, with small linking words inside ("Center on Poverty and Inequality"). */
const NAME = String.raw`${CAP}(?:['’]s)?(?:[ \u00A0](?:${LINK}[ \u00A0])?${CAP}){0,6}`;
/** Lower-case words that describe the source before its name: "whale rescue group", "data analysis firm". */
const DESCRIPTOR = String.raw`(?:(?!(?:his|her|their|its|our|my|your|this|that)[ \u00A0])[\p{Ll}][\p{Ll}-]*[ \u00A0]){0,4}`;
const ARTICLE = String.raw`(?:the\s+|a\s+|an\s+|la\s+|le\s+|les\s+|l['’]|der\s+|die\s+|dem\s+|den\s+|el\s+|los\s+|las\s+|o\s+)?`;

const LEFT = new RegExp(
  String.raw`(?<![\p{L}])(?:[Aa]ccording\s+to|quoted\s+as\s+saying\s+(?:[\p{L}\p{N}]+\s+){0,4}?by|(?:director|representative)\s+for|(?:an?\s+)?(?:article|story|piece|tweet|post|column|editorial|investigation)\s+(?:by|from|in)|comme\s+l['’]a\s+(?:souligné|indiqué|rapporté|révélé|annoncé)|as\s+reported\s+by|reported\s+by|quoted\s+by|cited\s+by|citing|quoting|told|in\s+an\s+interview\s+with|speaking\s+to|spokes(?:man|woman|person)\s+for|a\s+statement\s+(?:from|by)|data\s+from|figures\s+from|(?:report|study|survey|poll|analysis)\s+(?:released\s+|published\s+|conducted\s+)?(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:by|from)|published\s+in|appeared\s+(?:first\s+)?(?:in|on)|originally\s+appeared\s+(?:in|on)|selon|d['’]après|laut|según|segundo|de\s+acordo\s+com)\s+${ARTICLE}${DESCRIPTOR}${ARTICLE}(${NAME})`,
  'gu',
);
/** Verbs of reporting after a name; "officials" and the like may stand between. */
const VERB = String.raw`(?:(?:officials?|spokes(?:man|woman|person)|representatives?|sources?|authorities|police)\s+)?(?:has\s+|had\s+|have\s+|also\s+|later\s+)?(?:reported|reports|said|says|told|wrote|writes|announced|announces|stated|states|confirmed|confirms|claimed|claims|published|estimated|estimates|disclosed|revealed|warned|warns|tweeted|berichtete|meldete|a\s+rapporté|a\s+annoncé|souligne|soulève|estime|affirme|précise|explique|informó|reportó|denunció|señaló|was\s+quoted\s+as\s+saying)(?![\p{L}])`;
const BODY = String.raw`(?:[ \u00A0](?:administration|government|ministry|military|army|police|campaign))?`;
const RIGHT = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:[Tt]he\s+)?(${NAME}${BODY})\s+${VERB}`, 'gu');
/** "A Gallup Korea poll", "a Pew Research Center survey". */
const STUDY = new RegExp(String.raw`(?<![\p{L}])(?:[Aa]n?|[Tt]he|[Aa]\s+new)\s+(${NAME})\s+(?:poll|survey|study|report)(?![\p{L}])`, 'gu');
/** "The leader of Ennahda, Rachid Ghannouchi, condemned…": a body speaking through its head. */
const LEADER = new RegExp(String.raw`(?<![\p{L}])(?:leader|head|chief|spokes(?:man|woman|person)|director|chairman|chairwoman|president|secretary-general)\s+(?:of|for)\s+${ARTICLE}(${NAME}),\s+[\p{Lu}][^,]{2,40},\s+(?:said|says|told|stated|announced|condemned|warned|added)(?![\p{L}])`, 'gu');
/** Chinese and Japanese: a Latin-script name followed by a verb of saying ("DeepMind表示", "Trend Microが発表"). */
const CJK = /(?<![\p{L}\p{N}])([\p{Lu}][\p{L}\d.&-]+(?:[ \u00A0][\p{Lu}][\p{L}\d.&-]+){0,3})(?:[がはも]?(?:表示|声称|称|说|說|报道|報道|宣布|发表|發表|発表|によると|指出))/gu;
const CJK_QUICK = /表示|称|说|說|报道|報道|宣布|发表|發表|発表|によると|指出/;
const SOURCE_LINE = new RegExp(String.raw`^(?:Source|Sources|Quelle|Fuente|Fonte)\s*:\s*(${NAME})`, 'u');
const DATELINE = /^[\p{Lu}][\p{Lu}\s.,'’-]{1,40}\(([\p{Lu}][\p{L}.&-]{1,20}(?:\s[\p{Lu}][\p{L}.&-]+){0,2})\)\s*[-–—]/u;

const ORGISH = /\b(?:Ministry|Department|Agency|Office|Police|Army|Forces|Military|Government|Council|Commission|Committee|Institute|University|College|Cent(?:er|re)|Foundation|Association|Society|Union|Bank|Group|Company|Corporation|Corp|Inc|Ltd|LLC|Times|Post|News|Journal|Herald|Tribune|Gazette|Daily|Press|Review|Magazine|Network|Radio|TV|Television|Channel|Service|Bureau|Authority|Organi[sz]ation|Party|Court|Board|Federation|League|Fund|Trust|Research|Institution|Watch|International|Hospital|School|Survey|Statistics|Observatory|Administration|Senate|Congress|Parliament|Embassy|Consulate|Prosecutor|Guard|Navy|Command|Secretariat|Airlines?|Motors|Technologies|Systems|Labs?)\b/u;
const NOT_A_SOURCE = /^(?:The|A|An|He|She|They|It|We|I|You|This|That|These|Those|His|Her|Their|Its|Our|There|Here|But|And|Or|So|If|When|While|As|In|On|At|For|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Mr|Mrs|Ms|Dr|President|Minister|First|Last|Next|Many|Most|Some|All|Both|Several|Analysts|Officials|Experts|Critics|Observers|Supplied|Handout|File|Getty|Courtesy|Twitter|Facebook|Instagram|YouTube|Reddit)$/;
/** Bodies one speaks to, not sources: "told parliament", "told the court". */
const AUDIENCE = /^(?:(?:U\.?N\.?|United Nations)\s+)?(?:General\s+Assembly|Parliament|Congress|Senate|House|Court|Assembly|Council|Committee|Conference|Summit|Reporters|Journalists)$/i;

const LEFT_QUICK = /accord|report|quot|cit|told|interview|speaking|spokes|statement|data\s|figures|study|survey|poll|analysis|publish|appeared|director|representative|article|story|piece|tweet|post|column|editorial|investigation|comme|selon|apr[eè]s|laut|seg[uú]n|segundo|acordo/i;
const VERB_QUICK = /report|said|says|told|wrote|writes|announc|stated|states|confirm|claim|publish|estimat|disclos|reveal|warn|tweet|bericht|meldete|rapport|annonc|inform|soulign|soulève|estime|affirme|précise|explique|denunci|señal|quoted/;
const STUDY_QUICK = /\b(?:poll|survey|study|report)\b/;

export interface SourceContext {
  /** true where a span is already a known name or a person */
  isKnown(start: number, end: number): boolean;
  /** true for a word that is a person's name here (a given name, or the surname of a person found) */
  isPersonWord(word: string): boolean;
}

export function findUnknownSources(text: string, sentences: Span[], ctx: SourceContext): UnknownSource[] {
  const found = new Map<string, UnknownSource>();
  const add = (name: string, at: number, cueStart: number, end: number, sentence: Span, credit = false) => {
    const clean = name.replace(/['’]s$/, '').replace(/[.,;:]+$/, '').trim();
    if (clean.length < 2 || NOT_A_SOURCE.test(clean) || AUDIENCE.test(clean) || ctx.isKnown(at, at + clean.length)) return;
    const words = clean.split(/\s+/);
    // a person's name ("Jane Doe said") is not a source: people are listed as people
    const body = /[ \u00A0](?:administration|government|ministry|military|army|police|campaign)$/.test(clean);
    if (!body && !ORGISH.test(clean) && !/^[\p{Lu}\d&.-]{2,8}$/u.test(clean) && words.some((w, i) => ctx.isPersonWord(w) && (i + 1 < words.length || words.length === 1))) return;
    const ev: Evidence = { text: text.slice(cueStart, end), sentence: text.slice(sentence.start, sentence.end), start: cueStart, end, ...(credit && { credit }) };
    const key = clean.toLowerCase();
    const entry = found.get(key) ?? { name: clean, evidence: [] };
    if (!entry.evidence.some((e) => e.start === ev.start)) entry.evidence.push(ev);
    found.set(key, entry);
  };
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    if (sentence.length > 2000) continue;
    // cheap tests first: most sentences credit nobody
    const leftCue = LEFT_QUICK.test(sentence), verb = VERB_QUICK.test(sentence), study = STUDY_QUICK.test(sentence);
    if (leftCue) for (const m of sentence.matchAll(LEFT)) {
      const name = m[1]!;
      const at = s.start + m.index! + m[0].length - name.length;
      // "told the Iranian president": a nationality qualifying a noun is nobody's name
      if (!/\s/.test(name) && /(?:ian|ean|ese|ish|i|an)$/.test(name) && /^[ \u00A0]\p{Ll}/u.test(text.slice(at + name.length, at + name.length + 2))) continue;
      add(name, at, s.start + m.index!, at + name.length, s);
    }
    if (verb) for (const m of sentence.matchAll(RIGHT)) {
      const name = m[1]!;
      const at = s.start + m.index! + m[0].indexOf(name);
      // one capitalised word before "said" could be a plural or a contraction ("Analysts said",
      // "We're told"): those only when they name an organisation
      if (!/\s/.test(name) && !/^[\p{Lu}\d&.-]{2,8}$/u.test(name) && (name.length < 3 || /(?:ans|ers|ists|ors|ics|ents|ives|ats|ites|ians)$|['’]/.test(name)) && !ORGISH.test(name)) continue;
      add(name, at, at, s.start + m.index! + m[0].length, s);
    }
    if (study) for (const m of sentence.matchAll(STUDY)) {
      const name = m[1]!;
      const at = s.start + m.index! + m[0].indexOf(name);
      add(name, at, s.start + m.index!, s.start + m.index! + m[0].length, s);
    }
    if (verb || /condemn/.test(sentence)) for (const m of sentence.matchAll(LEADER)) {
      const name = m[1]!;
      const at = s.start + m.index! + m[0].indexOf(name);
      add(name, at, s.start + m.index!, s.start + m.index! + m[0].length, s);
    }
    if (CJK_QUICK.test(sentence)) for (const m of sentence.matchAll(CJK)) {
      const at = s.start + m.index!;
      add(m[1]!, at, at, at + m[0].length, s);
    }
    const line = SOURCE_LINE.exec(sentence);
    if (line) add(line[1]!, s.start + line[0].length - line[1]!.length, s.start, s.start + line[0].length, s, true);
    const dl = DATELINE.exec(sentence);
    if (dl) add(dl[1]!, s.start + dl[0].indexOf(dl[1]!), s.start, s.start + dl[0].length, s, true);
  }
  return [...found.values()].sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
}
