import { describe, expect, it } from 'vitest';
import { matchCase, startsSentence } from '../../../lib/guidance/rewrite';

describe('where a sentence starts', () => {
  it.each([
    ['', true],
    ['Thanks. ', true],
    ['Vraiment ?\u202f', true],
    ['Wait! "', true],
    ['Bon… « ', true],
    ['Hi team,\n', true],
    ['Hi team,\n  ', true],
    ['Franchement, ', false],
    ['Can I get a ', false],
    ['He said "', false],
  ])('after %j: %s', (before, expected) => {
    expect(startsSentence(before)).toBe(expected);
  });
});

describe('fitting a rewrite where the phrase was', () => {
  it('capitalises it when the phrase starts a sentence with a capital', () => {
    expect(matchCase('quel est l’objectif ?', 'Pourquoi on est pas', 'Merci. ')).toBe(
      'Quel est l’objectif ?',
    );
    expect(matchCase('when do you need it?', 'Deck by tonight')).toBe('When do you need it?');
  });

  it('lower-cases it when the phrase starts mid-sentence with a name', () => {
    expect(matchCase('Quel objectif pour Instagram ?', 'Instagram, ça sert à quoi', 'Franchement, ')).toBe(
      'quel objectif pour Instagram ?',
    );
    expect(matchCase('Qu’est-ce que Threads apporterait ?', 'Threads', 'Et ')).toBe(
      'qu’est-ce que Threads apporterait ?',
    );
  });

  it('keeps a leading name, acronym or "I" capitalised mid-sentence', () => {
    expect(matchCase('TikTok could reach whom?', 'TikTok now', 'so ')).toBe('TikTok could reach whom?');
    expect(matchCase('ROI of what, exactly?', 'roi of social', 'and the ')).toBe('ROI of what, exactly?');
    expect(matchCase('I would like a slot this week', 'post this now', 'can you ')).toBe(
      'I would like a slot this week',
    );
  });

  it('follows a writer who starts sentences in lower case', () => {
    expect(matchCase('When do you need it?', 'deck by tonight', '')).toBe('when do you need it?');
  });
});
