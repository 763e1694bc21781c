import type { Lang } from '../detect/types';

/**
 * Finds the first date a draft mentions, in English or French, and gives the day it means: "tomorrow",
 * "Friday", "next Friday", "12 March", "March 12th", "demain", "vendredi", "le 12 mars", "1er avril",
 * "2026-03-12". Small on purpose: it pre-fills a field the colleague can correct, so a date it does not
 * know is left out rather than guessed. Slashed dates (3/12) are left out: their order differs by country.
 */

const MONTHS: Record<string, number> = {};
const monthNames = [
  'january jan janvier janv',
  'february feb fevrier fevr fev',
  'march mar mars',
  'april apr avril avr',
  'may mai',
  'june jun juin',
  'july jul juillet juil',
  'august aug aout',
  'september sep sept septembre',
  'october oct octobre',
  'november nov novembre',
  'december dec decembre',
];
monthNames.forEach((names, month) => {
  for (const name of names.split(' ')) MONTHS[name] = month;
});

const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  dimanche: 0,
  lundi: 1,
  mardi: 2,
  mercredi: 3,
  jeudi: 4,
  vendredi: 5,
  samedi: 6,
};

/** Days from today, per word: longest first, so "day after tomorrow" wins over "tomorrow". */
const RELATIVE: [string, number][] = [
  ['the day after tomorrow', 2],
  ['day after tomorrow', 2],
  ['apres demain', 2],
  ['aujourd hui', 0],
  ['today', 0],
  ['tonight', 0],
  ['ce soir', 0],
  ['tomorrow', 1],
  ['tmrw', 1],
  ['demain', 1],
];

const MONTH = Object.keys(MONTHS).join('|');
const ORDINAL = '(?:st|nd|rd|th|er)?';
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})${ORDINAL}(?: of)? (${MONTH})\\b\\.?(?: (\\d{4})\\b)?`, 'g');
const MONTH_DAY = new RegExp(`\\b(${MONTH})\\.? (\\d{1,2})${ORDINAL}\\b(?:,? (\\d{4})\\b)?`, 'g');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const WEEKDAY = new RegExp(`\\b(${Object.keys(WEEKDAYS).join('|')})\\b`, 'g');
const RELATIVE_WORDS = new RegExp(`\\b(${RELATIVE.map(([words]) => words).join('|')})\\b`, 'g');

export interface DateMention {
  /** Local midnight of the day meant. */
  date: Date;
  /** Where the mention is in the text. */
  start: number;
  end: number;
}

/** Lower case without accents, apostrophes and hyphens as spaces; one character for one, so offsets hold. */
function fold(text: string): string {
  let folded = '';
  for (const char of text) {
    const base = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const one = /['’\-‐]/u.test(char) ? ' ' : base.length === 1 ? base : char;
    // Characters outside the BMP take two code units: keep the length the same.
    folded += one.length === char.length ? one : char;
  }
  return folded;
}

function dayOf(now: Date, plusDays = 0): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + plusDays);
}

/** A day and month without a year: this year's, or next year's when this year's has passed. */
function nextDayMonth(now: Date, day: number, month: number, year?: number): Date | undefined {
  const today = dayOf(now);
  const pick = (y: number) => {
    const date = new Date(y, month, day);
    return date.getMonth() === month ? date : undefined;
  };
  if (year !== undefined) return pick(year);
  const thisYear = pick(now.getFullYear());
  if (thisYear === undefined) return pick(now.getFullYear() + 1);
  return thisYear < today ? pick(now.getFullYear() + 1) : thisYear;
}

/** The first date `text` mentions, or undefined. `now` is today. */
export function findDate(text: string, now: Date): DateMention | undefined {
  const folded = fold(text);
  const found: DateMention[] = [];
  const add = (match: RegExpExecArray, date: Date | undefined) => {
    if (date) found.push({ date, start: match.index, end: match.index + match[0].length });
  };
  for (const match of folded.matchAll(DAY_MONTH))
    add(
      match,
      nextDayMonth(now, Number(match[1]), MONTHS[match[2]!]!, match[3] ? Number(match[3]) : undefined),
    );
  for (const match of folded.matchAll(MONTH_DAY))
    add(
      match,
      nextDayMonth(now, Number(match[2]), MONTHS[match[1]!]!, match[3] ? Number(match[3]) : undefined),
    );
  for (const match of text.matchAll(ISO))
    add(match, nextDayMonth(now, Number(match[3]), Number(match[2]) - 1, Number(match[1])));
  for (const match of folded.matchAll(RELATIVE_WORDS))
    add(match, dayOf(now, RELATIVE.find(([words]) => words === match[1])![1]));
  for (const match of folded.matchAll(WEEKDAY)) {
    const ahead = (WEEKDAYS[match[1]!]! - now.getDay() + 7) % 7;
    // "Friday" said on a Friday means next week's.
    add(match, dayOf(now, ahead === 0 ? 7 : ahead));
  }
  // "vendredi 12 mars", "Friday, March 12": the written date says more than the weekday before it.
  const isWeekday = (mention: DateMention) => folded.slice(mention.start, mention.end) in WEEKDAYS;
  const dateFollows = (mention: DateMention) =>
    found.some((other) => !isWeekday(other) && other.start >= mention.end && other.start - mention.end <= 2);
  const kept = found.filter((mention) => !(isWeekday(mention) && dateFollows(mention)));
  kept.sort((a, b) => a.start - b.start || b.end - a.end);
  return kept[0];
}

/** The day as a person writes it: "Friday 12 March" / "vendredi 12 mars", with the year when not this one. */
export function formatDay(date: Date, lang: Lang, now: Date): string {
  const options: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' };
  if (date.getFullYear() !== now.getFullYear()) options.year = 'numeric';
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', options).format(date).replace(',', '');
}
