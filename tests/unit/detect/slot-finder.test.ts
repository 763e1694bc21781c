import { splitSentences } from '../../../lib/detect/sentences';
import { findSlotEntry, prepareSlotEntries, withinOneTypo } from '../../../lib/detect/slot-finder';

const networks = prepareSlotEntries(['TikTok', 'Tik Tok', 'Threads', 'LinkedIn', 'X', 'Instagram', 'Insta']);
const find = (text: string) => findSlotEntry(text, splitSentences(text)[0]!.words, networks);

describe('finding a network in a sentence', () => {
  it('finds it as written, multi-word entries first', () => {
    expect(find('why aren’t we on tik tok yet')?.value).toBe('tik tok');
    expect(find('on est où sur TikTok ?')?.value).toBe('TikTok');
    expect(find('Mets ça sur insta')?.value).toBe('insta');
  });

  it('takes one typo in a long name and fills in the list’s spelling', () => {
    expect(find('pourquoi pas de compte Thredas')?.value).toBe('Threads');
    expect(find('are we even on Linkdin')?.value).toBe('LinkedIn');
  });

  it('reads a lone X only as a capital', () => {
    expect(find('why are we not on X')?.value).toBe('X');
    expect(find('it costs 2 x 3 euros')).toBeUndefined();
  });

  it('counts insertions, deletions, substitutions and swaps as one typo', () => {
    expect(withinOneTypo('threads', 'thredas')).toBe(true);
    expect(withinOneTypo('threads', 'threds')).toBe(true);
    expect(withinOneTypo('threads', 'threadss')).toBe(true);
    expect(withinOneTypo('threads', 'thriads')).toBe(true);
    expect(withinOneTypo('threads', 'thraeds')).toBe(true);
    expect(withinOneTypo('threads', 'tharedz')).toBe(false);
  });
});

describe('typos in network names', () => {
  const entries = prepareSlotEntries(['Vimeo', 'Threads', 'TikTok']);
  const found = (text: string) => findSlotEntry(text, splitSentences(text)[0]!.words, entries)?.value;

  it('are not read into everyday words close to a short name', () => {
    expect(found('Peux-tu mettre la vidéo en ligne')).toBeUndefined();
    expect(found('on est sur Vimeo')).toBe('Vimeo');
  });

  it('keep the first letter', () => {
    expect(found('we are on shreads')).toBeUndefined();
    expect(found('we are on Tiktk')).toBe('TikTok');
  });
});
