import { modelTokens, modelWord, splitSentences } from '../../../lib/detect/sentences';

const texts = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('sentences for the classifier', () => {
  it('splits at sentence ends and line breaks, with offsets in the original text', () => {
    const text = 'Hi Marie, could you post this now? Thanks!\nÇa rapporte quoi, Insta ?';
    expect(texts(text)).toEqual(['Hi Marie, could you post this now', 'Thanks', 'Ça rapporte quoi, Insta']);
  });

  it('ends a sentence only where no word follows the mark directly, as the patterns do', () => {
    // "a.s.a.p" and "3.5k" go on; the dot after "e.g" is followed by a space, so it ends a sentence.
    expect(texts('post it a.s.a.p. please, e.g. on IG, 3.5k views')).toEqual([
      'post it a.s.a.p',
      'please, e.g',
      'on IG, 3.5k views',
    ]);
  });

  it('gives the model normalised words, then the ending ? or !', () => {
    const [sentence] = splitSentences('Pourquoi on n’est PAS sur TikTok ??');
    expect(modelTokens(sentence!)).toEqual(['pourquoi', 'on', 'n', 'est', 'pas', 'sur', 'tiktok', '?']);
    const [shout] = splitSentences('POST IT NOW!!!');
    expect(modelTokens(shout!)).toEqual(['post', 'it', 'now', '!']);
  });

  it('reads digits as 0 and long letter runs as two', () => {
    expect(modelWord('14h30')).toBe('0h0');
    expect(modelWord('sooooo')).toBe('soo');
    expect(modelWord('2026')).toBe('0');
  });

  it('marks the words that follow a comma, colon, semicolon, dash or bracket', () => {
    const [sentence] = splitSentences('Video ready, can you post it – now (really)');
    expect(sentence!.words.filter((word) => word.clauseBreak).map((word) => word.text)).toEqual([
      'can',
      'now',
      'really',
    ]);
  });

  it('covers accents written as combining marks', () => {
    const text = 'Publie\u0301 ça';
    const [sentence] = splitSentences(text);
    expect(text.slice(sentence!.words[0]!.start, sentence!.words[0]!.end)).toBe('Publie\u0301');
  });

  it('finds nothing in empty or wordless text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' 👍 …?!')).toEqual([]);
  });
});
