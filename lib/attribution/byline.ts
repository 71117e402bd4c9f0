/**
 * What a byline says: the outlets it consists of when it names only news agencies ("AFP",
 * "By Associated Press", "AP/Reuters", "Par AFP et Reuters": the story is their copy), and the
 * people it names (the reporters, who are neither people of the story nor its sources).
 */
import type { NameIndex } from '../dataset/name-index';
import { scan } from '../match/scan';
import { tokenize } from '../text/tokenize';

/** "By", "Par", "Por", "Von", "Di", "De" before the names. */
const LEAD = /^(?:by|par|por|von|di|de)[\s\u00A0]+/i;
/** What may stand between two credited names. */
const BETWEEN = /^[\s\u00A0,/&+|–—-]*(?:(?:and|et|y|und|e|with|avec|con|mit)[\s\u00A0]+)?$/i;

/** The ids of the outlets a byline consists of, or none when anything else stands in it (a person, a role). */
export function bylineOutlets(byline: string, index: NameIndex, isOutlet: (id: string) => boolean): string[] {
  const bare = byline.replace(LEAD, '').trim();
  if (!bare || bare.length > 80) return [];
  const ids: string[] = [];
  let last = 0;
  for (const m of scan(bare, tokenize(bare), index)) {
    const form = m.forms.find((f) => isOutlet(f.id));
    if (!form || !BETWEEN.test(bare.slice(last, m.start))) return [];
    if (!ids.includes(form.id)) ids.push(form.id);
    last = m.end;
  }
  return /^[\s\u00A0.,;]*$/.test(bare.slice(last)) ? ids : [];
}

/** The names of people in a byline: "By Lisa Mascaro and Mary Clare Jalonick" → both; "The Valley Courier" is not one. */
export function bylineNames(byline: string | null): string[] {
  if (!byline) return [];
  return byline
    .replace(LEAD, '')
    .split(/[\s\u00A0]*(?:[,;|/&]|\band\b|\bund\b|\bet\b|\by\b)[\s\u00A0]*/)
    .map((part) => part.trim())
    .filter((part) => /^\p{Lu}[\p{L}'’.-]*(?:[\s\u00A0]+\p{Lu}[\p{L}'’.-]*){1,3}$/u.test(part) && !/^The\s/.test(part));
}
