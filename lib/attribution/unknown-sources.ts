/**
 * Sources an article credits that are not in the dataset ("according to the Syrian Observatory",
 * "Roscosmos said", "a Gallup Korea poll", "published in the New England Journal of Medicine"):
 * named, with their sentence, never described. Precision first: a capitalised name right after a
 * cue, or before a verb of reporting when it cannot be a person.
 */
import type { Span } from '../text/sentences';
import type { Evidence } from './cite';
import {
  LEFT,
  RIGHT_ROMANCE,
  RIGHT,
  STUDY,
  LEADER,
  CJK,
  CJK_QUICK,
  SOURCE_LINE,
  DATELINE,
  SPOKES_OF,
  BARE_BODY,
  DOCS,
  ANALYSTS_AT,
  RESEARCHERS,
  ON_SITE,
  CS_VERB_MEDIA,
  CS_MEDIA_VERB,
  CJK_DATED,
  CJK_PUBLISHED_IN,
  KANA_ANNOUNCE,
  KANA_ACCORDING,
  cuesIn,
  DEMONYM_OFFICIALS,
  LEADING_WORD,
  ARTICLE_BEFORE_ACRONYM,
  OPENING_ARTICLE,
  SECTION_AFTER,
  PLATFORM,
  ORGISH,
  NOT_A_SOURCE,
  TOLD_BODY,
  AUDIENCE,
  LEFT_QUICK,
  OFFICIALS_IN,
  NATION_BODY_SPOKES,
  TRAILING_DAY,
  FR_INVERTED,
  FR_INVERTED_QUICK,
  OFFICIALS_IN_QUICK,
  VERB_QUICK,
  STUDY_QUICK,
} from './source-patterns';

export interface UnknownSource {
  name: string;
  evidence: Evidence[];
}

/**
 * The matches of a global pattern, like `matchAll` but without cloning the pattern on every call
 * (a clone is a cold regular expression: this loop runs per sentence, on every article).
 */
function matches(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(m);
    if (!m[0].length) re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}

export interface SourceContext {
  /** true where a span is already a known name or a person */
  isKnown(start: number, end: number): boolean;
  /** true for a word that is a person's name here (a given name, or the surname of a person found) */
  isPersonWord(word: string): boolean;
}

export function findUnknownSources(text: string, sentences: Span[], ctx: SourceContext): UnknownSource[] {
  const found = new Map<string, UnknownSource>();
  /** `announces`: the name is the subject of a verb of announcing, so a platform ("Twitter said") counts. */
  const add = (name: string, at: number, cueStart: number, end: number, sentence: Span, credit = false, announces = false) => {
    let clean = name.replace(/['’]s$/, '').replace(/[.,;:]+$/, '').replace(TRAILING_DAY, '').trim();
    const lead = LEADING_WORD.exec(clean) ?? ARTICLE_BEFORE_ACRONYM.exec(clean);
    if (lead) (clean = clean.slice(lead[0].length)), (at += lead[0].length);
    if (clean.length < 2 || NOT_A_SOURCE.test(clean) || AUDIENCE.test(clean) || (PLATFORM.test(clean) && !announces)) return;
    if (SECTION_AFTER.test(text.slice(at + clean.length, at + clean.length + 12))) return;
    const words = clean.split(/\s+/);
    // "Biden administration": a body named after a person; known only if a known name covers the body word
    const body = /[ \u00A0](?:administration|government|ministry|military|army|police|campaign)$/.test(clean);
    if (body ? ctx.isKnown(at + clean.length - words.at(-1)!.length, at + clean.length) : ctx.isKnown(at, at + clean.length)) return;
    // a person's name ("Jane Doe said") is not a source: people are listed as people
    const personWord = (w: string, i: number) => !(i === 0 && OPENING_ARTICLE.test(w)) && ctx.isPersonWord(w) && (i + 1 < words.length || words.length === 1);
    if (!body && !ORGISH.test(clean) && !/^[\p{Lu}\d&.-]{2,8}$/u.test(clean) && words.some(personWord)) return;
    record(clean, cueStart, end, sentence, credit);
  };
  /** Each match of `re` in the sentence: its name group `group`, evidence from the match start. */
  const each = (re: RegExp, sentence: string, s: Span, fn: (name: string, at: number, from: number, to: number) => void, group = 1) => {
    for (const m of matches(re, sentence)) {
      const name = m[group]!;
      const from = s.start + m.index!;
      fn(name, from + m[0].lastIndexOf(name), from, from + m[0].length);
    }
  };
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    if (sentence.length > 2000) continue;
    // cheap tests first: most sentences credit nobody
    const leftCue = LEFT_QUICK.test(sentence), verb = VERB_QUICK.test(sentence), study = STUDY_QUICK.test(sentence);
    // cues written in lower case also open a sentence ("Data from the OECD show…"): read them with
    // the first letter lowered (a cue's name never stands first)
    const lowered = /^\p{Lu}/u.test(sentence) ? sentence.charAt(0).toLowerCase() + sentence.slice(1) : sentence;
    if (leftCue) for (const m of matches(LEFT, lowered)) {
      const name = m[1]!;
      const at = s.start + m.index! + m[0].length - name.length;
      // "told the Supreme Court", "speaking to the Security Council": a body one speaks to is no source
      if (/^(?:told|telling|speaking|spoke)/i.test(m[0].trimStart()) && TOLD_BODY.test(name)) continue;
      // "told a news conference in Tallahassee": the place where one spoke is no source
      if (/^(?:told|telling|speaking|spoke)/i.test(m[0].trimStart()) && /(?:^|\s)(?:in|at|on|during|from)\s+(?:the\s+)?$/i.test(m[0].slice(0, m[0].length - name.length))) continue;
      // "told the Iranian president": a nationality qualifying a noun is nobody's name
      if (!/\s/.test(name) && /(?:ian|ean|ese|ish|i|an)$/.test(name) && /^[ \u00A0]\p{Ll}/u.test(text.slice(at + name.length, at + name.length + 2))) continue;
      add(name, at, s.start + m.index!, at + name.length, s);
    }
    if (verb) for (const m of matches(RIGHT, sentence)) {
      const name = m[1]!;
      const at = s.start + m.index! + m[0].indexOf(name);
      // one capitalised word before "said" could be a plural or a contraction ("Analysts said",
      // "We're told"): those only when they name an organisation
      if (!/\s/.test(name) && !/^[\p{Lu}\d&.-]{2,8}$/u.test(name) && (name.length < 3 || /(?:ans|ers|ists|ors|ics|ents|ives|ats|ites|ians)$|['’]/.test(name)) && !ORGISH.test(name)) continue;
      // "American officials said": a nationality names nobody alone, its officials speak
      const officials = DEMONYM_OFFICIALS.exec(m[0].slice(m[0].indexOf(name)));
      if (officials) record(officials[0], at, s.start + m.index! + m[0].length, s);
      else add(name, at, at, s.start + m.index! + m[0].length, s, false, true);
    }
    if (study) each(STUDY, sentence, s, (name, at, from, to) => add(name, at, from, to, s));
    if (FR_INVERTED_QUICK.test(sentence)) each(FR_INVERTED, sentence, s, (name, at, from, to) => add(name, at, from, to, s, false, true));
    if (OFFICIALS_IN_QUICK.test(sentence)) for (const m of matches(OFFICIALS_IN, sentence)) {
      const from = s.start + m.index!;
      for (const place of [m[2], m[3]]) if (place && !NOT_A_SOURCE.test(place)) record(`${place} ${m[1]!.toLowerCase()}`, from, from + m[0].length, s);
    }
    if (verb || /condemn/.test(sentence)) each(LEADER, sentence, s, (name, at, from, to) => add(name, at, from, to, s));
    const cues = cuesIn(sentence);
    if (cues.has('romance')) each(RIGHT_ROMANCE, sentence, s, (name, at, _from, to) => add(name, at, at, to, s, false, true));
    if (cues.has('spokes')) each(SPOKES_OF, sentence, s, (name, at, from, to) => add(name, at, from, to, s, false, true));
    if (cues.has('spokes')) for (const m of matches(NATION_BODY_SPOKES, sentence)) {
      const from = s.start + m.index!;
      record(`${m[1]} ${m[2]!.toLowerCase().replace(/\s+/g, ' ')}`, from, from + m[0].length, s);
    }
    if (cues.has('body')) for (const m of matches(BARE_BODY, sentence)) {
      // named as written: "Zimbabwean military", "government", "gouvernement"
      const name = m[1] ? `${m[1]} ${m[2]!.toLowerCase()}` : m[2]!.toLowerCase();
      const from = s.start + m.index!;
      record(name, from, from + m[0].length, s);
    }
    if (cues.has('docs')) each(DOCS, sentence, s, (name, at, from, to) => add(name, at, from, to, s), 1);
    if (cues.has('research')) each(RESEARCHERS, lowered, s, (name, at, from, to) => ORGISH.test(name) && add(name, at, from, to, s));
    if (cues.has('research')) each(ANALYSTS_AT, sentence, s, (name, at, from, to) => !ctx.isKnown(at, at + name.length) && record(name, from, to, s));
    if (cues.has('site')) each(ON_SITE, sentence, s, (name, at, from, to) => add(name, at, from, to, s));
    if (cues.has('cs')) {
      each(CS_VERB_MEDIA, sentence, s, (name, at, from, to) => add(name, at, from, to, s));
      each(CS_MEDIA_VERB, sentence, s, (name, at, from, to) => add(name, at, from, to, s));
    }
    if (CJK_QUICK.test(sentence)) for (const m of matches(CJK, sentence)) {
      const at = s.start + m.index!;
      add(m[1]!, at, at, at + m[0].length, s, false, true);
    }
    if (cues.has('cjk')) {
      if (/月\d{1,2}日/.test(sentence)) each(CJK_DATED, sentence, s, (name, at, from, to) => add(name, at, from, to, s));
      if (/《/.test(sentence)) each(CJK_PUBLISHED_IN, sentence, s, (name, at, from, to) => add(name, at, from, to, s));
      if (/発表|明らかに|説明/.test(sentence)) each(KANA_ANNOUNCE, sentence, s, (name, at, from, to) => add(name, at, at, to, s, false, true));
      if (/によると/.test(sentence)) each(KANA_ACCORDING, sentence, s, (name, at, from, to) => add(name, at, from, to, s));
    }
    const line = SOURCE_LINE.exec(sentence);
    if (line) add(line[1]!, s.start + line[0].length - line[1]!.length, s.start, s.start + line[0].length, s, true);
    const dl = DATELINE.exec(sentence);
    if (dl) add(dl[1]!, s.start + dl[0].indexOf(dl[1]!), s.start, s.start + dl[0].length, s, true);
  }
  return [...found.values()].sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);

  /** A body named by a common noun: no person or known-name test applies, it is nobody's name. */
  /** A source and the evidence [from, to) in its sentence, once per place; bodies named by a common noun come straight here. */
  function record(name: string, from: number, to: number, sentence: Span, credit = false) {
    const key = name.toLowerCase();
    const entry = found.get(key) ?? { name, evidence: [] };
    if (!entry.evidence.some((e) => e.start === from)) {
      const ev: Evidence = { text: text.slice(from, to), sentence: text.slice(sentence.start, sentence.end), start: from, end: to, ...(credit && { credit }) };
      entry.evidence.push(ev);
    }
    found.set(key, entry);
  }
}
