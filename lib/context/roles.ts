/** What a person was on the article's date, and what changed since. */
import type { Office, Person } from '../dataset/schema';
import { dateCeil, dateFloor, formatDate, within } from './dates';

const RANK: [RegExp, number][] = [
  [/supreme leader|general secretary of the (chinese )?communist|monarch|king|queen|emir|sultan|pope/i, 9],
  [/^(acting )?president of (?!the european)|head of state|chairman of the (state|presidential|transitional|sovereignty)/i, 9],
  [/prime minister|chancellor of (germany|austria)|premier|head of government|taoiseach|state counsellor/i, 8],
  [/secretary.general|president of the european|director.general|managing director|high representative|chairperson/i, 7],
  [/vice.president|deputy prime minister|crown prince/i, 6],
  [/foreign|secretary of state|defen[cs]e|minister|secretary/i, 5],
  [/speaker|leader|commander|chief/i, 4],
];

function rank(o: Office): number {
  for (const [re, r] of RANK) if (re.test(o.role)) return r - (o.acting ? 0.5 : 0);
  return 3;
}

/** Offices held on `day`, most senior first. */
export function officesOn(p: Person, day: string): Office[] {
  return p.offices.filter((o) => o.start && within(day, o.start, o.end)).sort((a, b) => rank(b) - rank(a));
}

const ENDED: Record<string, string> = {
  term_ended: 'left office',
  resigned: 'resigned',
  abdicated: 'abdicated',
  died: 'died in office',
  removed: 'removed from office',
  coup: 'ousted in a coup',
  no_confidence: 'lost a confidence vote',
  abolished: 'the office was abolished',
  other: 'left office',
};

export function describeOffice(o: Office): string {
  return `${o.role} (in office since ${o.start})`;
}

/** "President of Iran (in office since 2021-08-03)", or null when nothing is known for that day. */
export function describeAtPublication(p: Person, day: string | null): string | null {
  if (!day) return null;
  if (p.died && day > dateCeil(p.died.date)) return `Had died (${formatDate(p.died.date)})`;
  const o = officesOn(p, day)[0];
  return o ? describeOffice(o) : null;
}

/**
 * What changed since the article: death, leaving the office held then, or (if still held) that it
 * is still held as of the date the data was checked — never "now", which the data cannot know.
 */
export function describeNow(p: Person, day: string | null, checked: string): string | null {
  const parts: string[] = [];
  if (p.died) parts.push(`Died ${p.died.date}`);
  const then = day ? officesOn(p, day) : [];
  const held = then[0];
  if (held?.end) {
    if (p.died && held.ended === 'died') parts.push('no longer in office');
    else parts.push(`${ENDED[held.ended ?? 'term_ended']} as ${held.role} on ${held.end}`);
  }
  const current = p.died ? [] : officesOn(p, checked).filter((o) => !o.end);
  const top = current.sort((a, b) => rank(b) - rank(a))[0];
  if (!p.died && top) {
    if (!held || top.role !== held.role || held.end) parts.push(`${held && top.role === held.role ? 'Still ' : ''}${top.role} as of ${checked}`);
    else parts.push(`Still ${top.role} as of ${checked}`);
  } else if (!p.died && !top && held && !held.end) {
    parts.push(`Still ${held.role} as of ${checked}`);
  }
  if (!parts.length) return null;
  const s = parts.join('; ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Whether the person held any office, was alive, around `day`: evidence for a bare surname. */
export function activeOn(p: Person, day: string): boolean {
  return p.offices.some((o) => o.start && within(day, o.start, o.end));
}

export function aliveOn(p: Person, day: string): boolean {
  if (p.born && day < dateFloor(p.born.date)) return false;
  if (p.died && day > dateCeil(p.died.date)) return false;
  return true;
}
