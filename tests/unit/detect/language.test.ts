import { phrases } from './helpers';

describe('pattern language elements', () => {
  it('matches a plain word whatever its case and accents', () => {
    expect(phrases('deja', 'Déjà fait, DEJA vu')).toEqual(['Déjà', 'DEJA']);
    expect(phrases('déjà', 'deja')).toEqual(['deja']);
  });

  it('matches whole words only', () => {
    expect(phrases('post', 'a poster, a signpost, reposted')).toEqual([]);
  });

  it('splits words on apostrophes, hyphens and dots, in patterns and text alike', () => {
    expect(phrases("what's the roi", 'So, what’s the ROI?')).toEqual(['what’s the ROI']);
    expect(phrases('what s the roi', "what's the roi")).toEqual(["what's the roi"]);
    expect(phrases('peux-tu', 'Peux tu venir ? peux-tu ?')).toEqual(['Peux tu', 'peux-tu']);
    expect(phrases('a s a p', 'do it a.s.a.p please')).toEqual(['a.s.a.p']);
  });

  it('matches a prefix with word*', () => {
    expect(phrases('publi*', 'publier, publie, publication, republier, pub')).toEqual([
      'publier',
      'publie',
      'publication',
    ]);
  });

  it('tolerates one typo with word~: insertion, deletion, substitution or swap', () => {
    const text = 'immediatly, imediately, immediateley, immediatelx, immeidately, immediately, imediatly';
    expect(phrases('immediately~', text)).toEqual([
      'immediatly',
      'imediately',
      'immediateley',
      'immediatelx',
      'immeidately',
      'immediately',
    ]);
  });

  it('matches one of several alternatives, each a sequence', () => {
    expect(phrases('(post|put it out) now', 'post now, put it out now, put now')).toEqual([
      'post now',
      'put it out now',
    ]);
  });

  it('nests alternatives and options', () => {
    expect(
      phrases('(share [it (today|now)]|post) please', 'share please; share it now please; post please'),
    ).toEqual(['share please', 'share it now please', 'post please']);
  });

  it('makes a sequence optional with [ ] and optional alternatives with [a|b]', () => {
    expect(phrases('post [this] now', 'post now / post this now / post that now')).toEqual([
      'post now',
      'post this now',
    ]);
    expect(phrases('post [this|that] now', 'post that now')).toEqual(['post that now']);
  });

  it('skips 0 to 3 words with *, … or ...', () => {
    const text = 'post now. post it now. post it right away now. post one two three four now.';
    for (const gap of ['*', '…', '...']) {
      expect(phrases(`post ${gap} now`, text)).toEqual(['post now', 'post it now', 'post it right away now']);
    }
  });

  it('skips 0 to N words with *N', () => {
    expect(phrases('post *1 now', 'post it now. post it right now.')).toEqual(['post it now']);
    expect(phrases('post *6 now', 'post a b c d e f now. post a b c d e f g now.')).toEqual([
      'post a b c d e f now',
    ]);
  });

  it('fills a slot from its list, entries of several words included', () => {
    const slots = { network: ['TikTok', 'Google Plus', 'Bluesky'] };
    expect(
      phrases('on {network}', 'on Google+ no, on Google Plus yes, on tiktok, on Mastodon', slots),
    ).toEqual(['on Google Plus', 'on tiktok']);
  });

  it('lets a slot without a list take any one word', () => {
    expect(phrases('on {network} now', 'on Mastodon now')).toEqual(['on Mastodon now']);
  });
});

describe('sentences', () => {
  it('never matches across a sentence end or a line break', () => {
    expect(phrases('post * now', 'Please post. Now!')).toEqual([]);
    expect(phrases('post * now', 'Please post! now')).toEqual([]);
    expect(phrases('post * now', 'Please post? now')).toEqual([]);
    expect(phrases('post * now', 'Please post… now')).toEqual([]);
    expect(phrases('post * now', 'Please post\nnow')).toEqual([]);
    expect(phrases('post * now', 'Please post\r\nnow')).toEqual([]);
  });

  it('treats "?!" as one sentence end and keeps commas and dashes inside a sentence', () => {
    expect(phrases('post now', 'post?! now post now')).toEqual(['post now']);
    expect(phrases('post * now', 'post it — really, now')).toEqual(['post it — really, now']);
  });

  it('does not end a sentence at a dot inside a word like 3.5 or e.g', () => {
    expect(phrases('version 3 5 now', 'version 3.5 now')).toEqual(['version 3.5 now']);
  });
});
