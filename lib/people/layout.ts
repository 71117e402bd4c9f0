/** Where a name stands in the text: alone on its line, opening an author's note, in a credit, in which sentence. */
import { isCreditLine, SLASH_CREDIT } from './words';

/** A name alone on its line: "\n\nAbigail Williams\n\n". */
export function standsAlone(text: string, start: number, end: number): boolean {
  return opensLine(text, start) && /^[ \u00A0.,;]*(?:\n|$)/.test(text.slice(end, end + 4));
}

/** Nothing but spaces between the start of the line (or the text) and `at`. */
function opensLine(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 4), at);
  return /\n[ \u00A0]*$/.test(before) || (at <= 4 && /^[ \u00A0]*$/.test(before));
}

/** Copulas that open a note on who the author is, in the languages we read. */
const NOTE_VERB = /^[ \u00A0]+(?:is|es|est|ist|è|é|jest|je)[ \u00A0]+(?:an?[ \u00A0]+|un[ae]?[ \u00A0]+|ein[e]?[ \u00A0]+)?\p{Ll}/u;
/** How near the end of the text an author's note sits. */
const NOTE_TAIL = 700;

/** "Andrés Malamud es politólogo…" opening a sentence near the end, and named nowhere else. */
export function authorNote(text: string, start: number, end: number): boolean {
  if (text.length - start > NOTE_TAIL || start < NOTE_TAIL || !(opensLine(text, start) || /[.!?][ \u00A0]+$/.test(text.slice(Math.max(0, start - 4), start))) || !NOTE_VERB.test(text.slice(end, end + 20))) return false;
  const name = text.slice(start, end);
  return text.indexOf(name) === start;
}

/** The text of the sentence around an offset, looked for within 300 characters either side. */
export function sentenceAround(text: string, at: number): string {
  const from = Math.max(0, at - 300);
  const window = text.slice(from, Math.min(text.length, at + 300));
  const rel = at - from;
  const start = Math.max(window.lastIndexOf('\n', rel), lastStop(window, rel), 0);
  const ends = [window.indexOf('\n', rel), nextStop(window, rel)].filter((i) => i >= 0);
  return window.slice(start, ends.length ? Math.min(...ends) + 1 : window.length);
}

/** ". " that ends a sentence, not an initial's ("Michelle L. Price"). */
const isStop = (s: string, i: number) => !/(?:^|[\s(])\p{Lu}$/u.test(s.slice(Math.max(0, i - 2), i));
function nextStop(s: string, from: number): number {
  for (let i = s.indexOf('. ', from); i >= 0; i = s.indexOf('. ', i + 1)) if (isStop(s, i)) return i;
  return -1;
}
function lastStop(s: string, before: number): number {
  for (let i = s.lastIndexOf('. ', before); i >= 0; i = s.lastIndexOf('. ', i - 1)) if (isStop(s, i)) return i;
  return -1;
}

/** A name in a credit line ("Reporting by Jane Doe", "Photo: …") or a photographer's "(Jane Doe/AFP/Getty Images)". */
export function inCreditLine(text: string, start: number, end: number): boolean {
  return isCreditLine(sentenceAround(text, start)) || SLASH_CREDIT.test(text.slice(end, end + 30));
}

/** A word at `at` opens a sentence or a line (its capital says nothing about it being a name). */
export function opensSentence(text: string, at: number): boolean {
  return /(?:^|[.!?:]\s+|\n\s*)$/.test(text.slice(Math.max(0, at - 3), at));
}
