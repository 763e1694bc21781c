import { describe, expect, it } from 'vitest';
import { findDate, formatDay } from '../../../lib/brief/dates';

/** Wednesday 2 December 2026, mid-morning. */
const NOW = new Date(2026, 11, 2, 10, 30);

const dayFound = (text: string) => {
  const mention = findDate(text, NOW);
  return mention && [mention.date.getFullYear(), mention.date.getMonth() + 1, mention.date.getDate()];
};

describe('findDate, English', () => {
  it.each([
    ['Can you post it today?', [2026, 12, 2]],
    ['post it tomorrow please', [2026, 12, 3]],
    ['the day after tomorrow works', [2026, 12, 4]],
    ['for Friday’s event', [2026, 12, 4]],
    ['next Monday at the latest', [2026, 12, 7]],
    ['by 12 March', [2027, 3, 12]],
    ['on the 24th of December', [2026, 12, 24]],
    ['March 12th, 2027', [2027, 3, 12]],
    ['launch on Dec 10', [2026, 12, 10]],
    ['release date 2027-01-15', [2027, 1, 15]],
  ])('%s', (text, day) => {
    expect(dayFound(text)).toEqual(day);
  });

  it('takes a weekday said on that weekday as next week’s', () => {
    expect(dayFound('Wednesday')).toEqual([2026, 12, 9]);
  });

  it('prefers the written date to the weekday before it', () => {
    expect(dayFound('Friday, March 12')).toEqual([2027, 3, 12]);
  });

  it('gives the first date mentioned', () => {
    expect(dayFound('tomorrow if you can, Friday otherwise')).toEqual([2026, 12, 3]);
  });
});

describe('findDate, French', () => {
  it.each([
    ["aujourd'hui si possible", [2026, 12, 2]],
    ['tu peux publier ça demain ?', [2026, 12, 3]],
    ['après-demain', [2026, 12, 4]],
    ['pour vendredi', [2026, 12, 4]],
    ['lundi prochain', [2026, 12, 7]],
    ['le 12 mars', [2027, 3, 12]],
    ['avant le 1er avril', [2027, 4, 1]],
    ['le 24 décembre', [2026, 12, 24]],
    ['vendredi 18 décembre', [2026, 12, 18]],
    ['le 3 févr. 2027', [2027, 2, 3]],
  ])('%s', (text, day) => {
    expect(dayFound(text)).toEqual(day);
  });
});

describe('findDate leaves alone', () => {
  it.each([
    'Could you post this on LinkedIn immediately?',
    'I may come later',
    'it costs 12 euros',
    'see 3/12',
    'the 31 February party',
    'on a mardé',
  ])('%s', (text) => {
    expect(findDate(text, NOW)).toBeUndefined();
  });

  it('says where the mention is', () => {
    const text = 'Post it le 12 mars, merci';
    const mention = findDate(text, NOW)!;
    expect(text.slice(mention.start, mention.end)).toBe('12 mars');
  });
});

describe('formatDay', () => {
  it('writes the day in the brief’s language', () => {
    expect(formatDay(new Date(2026, 11, 4), 'en', NOW)).toBe('Friday 4 December');
    expect(formatDay(new Date(2026, 11, 4), 'fr', NOW)).toBe('vendredi 4 décembre');
  });

  it('adds the year when it is not this one', () => {
    expect(formatDay(new Date(2027, 2, 12), 'en', NOW)).toBe('Friday 12 March 2027');
    expect(formatDay(new Date(2027, 2, 12), 'fr', NOW)).toBe('vendredi 12 mars 2027');
  });
});
