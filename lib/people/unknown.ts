/**
 * People named in the article who are not in the dataset. Precision first: a capitalised name
 * counts only with evidence that it is a person — a title or role before it, a verb of saying
 * after it, or an apposition ("Jane Doe, a spokeswoman").
 */
import { isCapitalised } from '../text/fold';
import type { Token } from '../text/tokenize';
import type { Mention } from '../match/resolve';
import { isParticle } from '../dataset/name-index';

export interface UnknownPerson {
  name: string;
  mentions: Mention[];
}

const TITLE = new Set(
  'mr mrs ms miss dr prof professor president minister senator sen rep representative governor mayor judge justice general gen colonel col lieutenant captain sergeant commander admiral ambassador spokesman spokeswoman spokesperson economist analyst researcher lawyer attorney journalist reporter correspondent editor director chairman chairwoman chair ceo founder secretary chancellor premier king queen prince princess sheikh ayatollah imam rabbi pastor father sister sir lord lady dame coach striker actor actress singer author writer professor historian scientist doctor officer inspector detective activist candidate lawmaker mp deputy'.split(' '),
);
const SAY_AFTER = /^[\s,]*(?:said|says|told|added|wrote|writes|explained|argued|warned|noted|asked|replied|recalled|insisted|tweeted|, who\b|, a\b|, an\b|, whose\b)/iu;
const SAY_BEFORE = /\b(?:said|says|according\s+to|told|asked)[\s\u00A0]+$/iu;
const NOT_NAME = new Set(
  'the a an in on at of for and but or to from by with as this that these those it its his her their our we you he she they i monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december university ministry party council news agency republic united national department committee company inc ltd group bank association street city state states house office court army police church school college institute foundation centre center union federation assembly parliament government international world north south east west new said according photo image getty reuters'.split(' '),
);

export function findUnknownPeople(text: string, tokens: Token[], taken: (start: number, end: number) => boolean): UnknownPerson[] {
  const found = new Map<string, UnknownPerson>();
  const isNameWord = (t: Token) => isCapitalised(t.raw) && /\p{L}/u.test(t.raw) && !NOT_NAME.has(t.norm) && t.raw.length > 1 && !/^\p{Lu}{2,}$/u.test(t.raw);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isNameWord(t) || taken(t.start, t.end)) continue;
    // the longest run of name words (particles allowed inside), 2–4 words
    let j = i + 1;
    while (j < tokens.length && j - i < 4) {
      const n = tokens[j]!;
      const gap = text.slice(tokens[j - 1]!.end, n.start);
      if (!/^[\s\u00A0]$|^[-'’]$|^\.\s$/.test(gap)) break;
      if (!(isNameWord(n) || (isParticle(n.norm) && j + 1 < tokens.length && isNameWord(tokens[j + 1]!))) || taken(n.start, n.end)) break;
      j++;
    }
    if (j - i < 2 || isParticle(tokens[j - 1]!.norm)) {
      i = j - 1;
      continue;
    }
    const start = t.start, end = tokens[j - 1]!.end;
    const prev = tokens[i - 1];
    const prevGap = prev ? text.slice(prev.end, start) : '';
    const titled = !!prev && TITLE.has(prev.norm) && /^[\s\u00A0.]+$/.test(prevGap);
    const speaking = SAY_AFTER.test(text.slice(end, end + 12)) || SAY_BEFORE.test(text.slice(Math.max(0, start - 20), start));
    if (titled || speaking) {
      const name = text.slice(start, end);
      const entry = found.get(name) ?? { name, mentions: [] };
      entry.mentions.push({ text: name, start, end });
      found.set(name, entry);
    }
    i = j - 1;
  }
  // later mentions by surname alone
  for (const p of found.values()) {
    const surname = p.name.split(/\s+/).at(-1)!;
    const re = new RegExp(`(?<![\\p{L}])${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (p.mentions.some((x) => m!.index >= x.start && m!.index < x.end) || taken(m.index, m.index + surname.length)) continue;
      p.mentions.push({ text: surname, start: m.index, end: m.index + surname.length });
    }
    p.mentions.sort((a, b) => a.start - b.start);
  }
  return [...found.values()];
}
