import { compileGuidance, findMatches, normalise, tokenise } from '../../../lib/detect/index';
import { phrases } from './helpers';

describe('normalise', () => {
  it('lowers case, removes accents and unifies apostrophes', () => {
    expect(normalise('Ça PUBLIE à l’heure, what‘s up, itʼs, it´s, it`s').text).toBe(
      "ca publie a l'heure, what's up, it's, it's, it's",
    );
  });

  it('maps every normalised character back to its original one', () => {
    const original = 'É\u00a0a\u200bb';
    const { text, toOriginal } = normalise(original);
    expect(text).toBe('e ab');
    expect([...toOriginal]).toEqual([0, 1, 2, 4]);
  });

  it('expands ligatures to two letters that both point at the ligature', () => {
    const { text, toOriginal } = normalise('cœur Æ');
    expect(text).toBe('coeur ae');
    expect([...toOriginal]).toEqual([0, 1, 1, 2, 3, 4, 5, 5]);
  });

  it('drops combining accents written as separate characters', () => {
    const { text, toOriginal } = normalise('e\u0301te\u0301');
    expect(text).toBe('ete');
    expect([...toOriginal]).toEqual([0, 2, 3]);
  });

  it('keeps both halves of an emoji mapped exactly', () => {
    const { text, toOriginal } = normalise('a👍b');
    expect(text).toBe('a👍b');
    expect([...toOriginal]).toEqual([0, 1, 2, 3]);
  });

  it('turns every Unicode space into a plain space and CR into a line break', () => {
    expect(normalise('a\u00a0b\u202fc\u2009d\u3000e\r\nf').text).toBe('a b c d e\n\nf');
  });
});

describe('tokenise', () => {
  it('splits on punctuation and numbers sentences', () => {
    const words = tokenise(normalise("N'est-ce pas ? Oui.\nNon... peut-être").text);
    expect(words.map((w) => [w.text, w.sentence])).toEqual([
      ['n', 0],
      ['est', 0],
      ['ce', 0],
      ['pas', 0],
      ['oui', 1],
      ['non', 2],
      ['peut', 3],
      ['etre', 3],
    ]);
  });
});

describe('offsets in the original text', () => {
  const at = (pattern: string, text: string) => phrases(pattern, text);

  it('spans a non-breaking space', () => {
    expect(at('post now', 'please post\u00a0now!')).toEqual(['post\u00a0now']);
  });

  it('is exact after emoji', () => {
    expect(at('post now', '🎉🎉 post 👍 now 🎉')).toEqual(['post 👍 now']);
  });

  it('includes combining accents after the last letter', () => {
    expect(at('publie', 'Tu publie\u0301 ?')).toEqual(['publie\u0301']);
    expect(at('cafe', 'un cafe\u0301\u0301.')).toEqual(['cafe\u0301\u0301']);
  });

  it('reads through zero-width characters inside words and leaves them out at the edges', () => {
    expect(at('post now', 'x \u200bpo\u200dst now\u200b y')).toEqual(['po\u200dst now']);
  });

  it('maps ligatures back to the whole original character', () => {
    expect(at('coeur', 'Le cœur.')).toEqual(['cœur']);
    expect(at('oeuvre', 'Œuvre')).toEqual(['Œuvre']);
  });

  it('counts CRLF line breaks right', () => {
    const text = 'Hello\r\n\r\nplease post now\r\nthanks';
    const compiled = compileGuidance([{ id: 'r', patterns: { en: ['post now'] } }]);
    expect(findMatches(compiled, text).map((m) => [m.start, m.end])).toEqual([[16, 24]]);
  });
});
