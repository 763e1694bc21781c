import { guessLanguage } from '../../../lib/detect/language';

const words = (text: string) => text.toLowerCase().split(/\W+/).filter(Boolean);

describe('guessLanguage', () => {
  it('tells French from English by their little words', () => {
    expect(guessLanguage(words('pourquoi on est pas sur tiktok'))).toBe('fr');
    expect(guessLanguage(words('why are we not on tiktok'))).toBe('en');
    expect(guessLanguage(words('c koi le roi de insta stp'))).toBe('fr');
    expect(guessLanguage(words('can u post this rn pls'))).toBe('en');
  });

  it('falls back when nothing tells them apart', () => {
    expect(guessLanguage(['tiktok', 'linkedin'])).toBe('en');
    expect(guessLanguage(['tiktok', 'linkedin'], 'fr')).toBe('fr');
  });
});
