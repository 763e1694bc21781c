import fc from 'fast-check';
import type { SentenceClassifier } from '../../../../lib/detect/model/classifier';
import { findModelHits, type ModelSetup, requestWords } from '../../../../lib/detect/model/hits';
import { modelTokens, splitSentences } from '../../../../lib/detect/sentences';
import { prepareSlotEntries } from '../../../../lib/detect/slot-finder';
import type { Match } from '../../../../lib/detect/types';

const LABELS = ['none', 'post-now', 'go-viral', 'new-network', 'roi'];

/** A stand-in classifier: a sentence scores 0.9 for a rule when it holds one of the rule's cue words. */
function stub(scores: (tokens: readonly string[]) => Float64Array): SentenceClassifier {
  return {
    labels: LABELS,
    scores,
    featuresOf: (text: string) => ({ text, hash: 0, sum: new Float64Array(0), rows: 0 }),
    scoreWords: (
      words: readonly { text: string }[],
      from = 0,
      to = words.length,
      ending?: { text: string },
    ) => scores([...words.slice(from, to), ...(ending ? [ending] : [])].map((word) => word.text)),
  } as unknown as SentenceClassifier;
}

function cueClassifier(cues: Record<string, string[]>): SentenceClassifier {
  return stub((tokens: readonly string[]) => {
    const scores = new Float64Array(LABELS.length);
    scores[0] = 1;
    for (const [rule, words] of Object.entries(cues)) {
      if (tokens.some((token) => words.includes(token))) {
        scores[LABELS.indexOf(rule)] = 0.9;
        scores[0] = 0.1;
      }
    }
    return scores;
  });
}

const all = { en: 0.5, fr: 0.5 };
function setup(overrides: Partial<ModelSetup> = {}): ModelSetup {
  return {
    classifier: cueClassifier({
      'go-viral': ['blow', 'explose'],
      'new-network': ['threads', 'thredas'],
      roi: ['worth'],
    }),
    thresholds: { 'post-now': all, 'go-viral': all, 'new-network': all, roi: all },
    rules: ['post-now', 'go-viral', 'new-network', 'roi'].map((id) => ({ id, noMatch: new Set<string>() })),
    networks: prepareSlotEntries(['Threads', 'TikTok']),
    ...overrides,
  };
}

const phrase = (text: string, hit: Match) => text.slice(hit.start, hit.end);

describe('the classifier’s hits', () => {
  it('flags a sentence over the threshold, leaving greetings, names and thanks out', () => {
    const text = 'Hi Marie, can we make the video blow up on socials, thanks! Talk soon';
    const [hit] = findModelHits(text, setup(), [], []);
    expect(hit).toMatchObject({ ruleId: 'go-viral', source: 'model', score: 0.9, lang: 'en' });
    expect(phrase(text, hit!)).toBe('can we make the video blow up on socials');
  });

  it('keeps to the clause that asks when the others do not', () => {
    const text = 'The launch video is ready, can we make it blow up everywhere?';
    const [hit] = findModelHits(text, setup(), [], []);
    expect(phrase(text, hit!)).toBe('can we make it blow up everywhere');
  });

  it('fills in the network the sentence names, with the list’s spelling after a typo', () => {
    const text = 'Pourquoi on a toujours pas de compte Thredas ?';
    const [hit] = findModelHits(text, setup(), [], []);
    expect(hit).toMatchObject({ ruleId: 'new-network', lang: 'fr', captures: { network: 'Threads' } });
  });

  it('follows the threshold of the sentence’s language', () => {
    const strictFrench = { ...setup().thresholds, 'go-viral': { en: 0.5, fr: 0.95 } };
    expect(
      findModelHits('Faut que ça explose sur les réseaux', setup({ thresholds: strictFrench }), [], []),
    ).toEqual([]);
    expect(
      findModelHits('we need this to blow up', setup({ thresholds: strictFrench }), [], []),
    ).toHaveLength(1);
  });

  it('leaves alone a sentence a pattern already flagged', () => {
    const text = 'Make it blow up. Is it worth it?';
    const pattern: Match = { ruleId: 'go-viral', start: 0, end: 15, captures: {}, lang: 'en' };
    expect(findModelHits(text, setup(), [pattern], []).map((hit) => hit.ruleId)).toEqual(['roi']);
  });

  it('obeys the rule’s exceptions and must-not-match examples', () => {
    const text = 'Is the new oven worth it';
    expect(findModelHits(text, setup(), [], [{ ruleId: 'roi', start: 7, end: 15 }])).toEqual([]);
    expect(findModelHits(text, setup(), [], [{ ruleId: 'go-viral', start: 7, end: 15 }])).toHaveLength(1);
    const noMatch = new Set(['is the new oven worth it']);
    const rules = setup().rules.map((rule) => (rule.id === 'roi' ? { ...rule, noMatch } : rule));
    expect(findModelHits(text, setup({ rules }), [], [])).toEqual([]);
  });

  it('flags only the rules in force', () => {
    const rules = setup().rules.filter((rule) => rule.id !== 'go-viral');
    expect(findModelHits('make it blow up', setup({ rules }), [], [])).toEqual([]);
  });

  it('lets the likelier rule speak when two pass on the same words', () => {
    const classifier = stub(() => new Float64Array([0.05, 0, 0.55, 0, 0.4]));
    const low = { en: 0.3, fr: 0.3 };
    const thresholds = { 'go-viral': low, roi: low };
    expect(
      findModelHits('two rules at once', setup({ classifier, thresholds }), [], []).map((h) => h.ruleId),
    ).toEqual(['go-viral']);
  });

  it('skips one-word sentences', () => {
    expect(findModelHits('Threads?', setup(), [], [])).toEqual([]);
  });
});

describe('the classifier’s memory of sentences', () => {
  it('scores a sentence once while a draft changes around it, and finds the same hits', () => {
    const spans: string[] = [];
    const base = setup().classifier;
    const counting = stub((tokens) => {
      spans.push(tokens.join(' '));
      return base.scores(tokens);
    });
    const text = 'Hi Sam. The launch video is ready. Can we make it blow up everywhere? Thanks!';
    const first = findModelHits(text, setup({ classifier: counting }), [], []);
    const scoredOnce = spans.length;
    expect(scoredOnce).toBeGreaterThan(0);
    // Typing in the last sentence: only that one is read again.
    const typed = findModelHits(
      text.replace('Thanks!', 'Thanks a lot!'),
      setup({ classifier: counting }),
      [],
      [],
    );
    expect(spans.length - scoredOnce).toBe(1);
    expect(spans.at(-1)).toBe('thanks a lot !');
    expect(typed.map((hit) => [hit.ruleId, hit.start, hit.end])).toEqual(
      first.map((hit) => [hit.ruleId, hit.start, hit.end]),
    );
  });
});

describe('requestWords', () => {
  const words = (text: string) => {
    const [sentence] = splitSentences(text);
    const [from, to] = requestWords(text, sentence!.words);
    return text.slice(sentence!.words[from]!.start, sentence!.words[to - 1]!.end);
  };

  it('cuts greetings, names, lead-ins and closing thanks', () => {
    expect(words('Bonjour à tous, pouvez-vous publier ça ce soir, merci')).toBe(
      'pouvez-vous publier ça ce soir',
    );
    expect(words('Julie, btw, can it go viral')).toBe('can it go viral');
    expect(words('hi team can you post this today please')).toBe('can you post this today please');
    expect(words('Hey Sam can you post this today')).toBe('can you post this today');
  });

  it('keeps a sentence that is all request', () => {
    expect(words('why are we not on Threads')).toBe('why are we not on Threads');
    expect(words('Franchement Instagram ça sert à quoi')).toBe('Franchement Instagram ça sert à quoi');
  });
});

describe('the words the classifier reads on a page', () => {
  it('are exactly the tokens training read (splitSentences), for any text', () => {
    const pieces = [
      'Peux-tu',
      'publier',
      'ÇA',
      'sur',
      'TikTok',
      '14h30',
      'sooooo',
      'l’équipe',
      'a.s.a.p',
      'why',
      "aren't",
      'we',
      'on',
      'Thredas',
      'e\u0301te\u0301',
      'cœur',
      '🚀',
      '3.5k',
      ',',
      '.',
      '?',
      '!',
      '?!',
      '…',
      '\n',
      ' - ',
      '(',
      ')',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        const read: string[][] = [];
        const recorder = stub(() => new Float64Array(LABELS.length));
        type Word = { text: string };
        (
          recorder as unknown as {
            scoreWords: (w: Word[], from?: number, to?: number, ending?: Word) => Float64Array;
          }
        ).scoreWords = (words, from = 0, to = words.length, ending) => {
          read.push([...words.slice(from, to), ...(ending ? [ending] : [])].map((word) => word.text));
          return new Float64Array(LABELS.length);
        };
        findModelHits(text, setup({ classifier: recorder }), [], []);
        // Each sentence is read whole, then clause by clause when it has several: keep the wholes.
        const wholes: string[][] = [];
        for (let i = 0; i < read.length; ) {
          const whole = read[i++]!;
          wholes.push(whole);
          let j = i;
          let joined: string[] = [];
          while (j < read.length && joined.length < whole.length) joined = joined.concat(read[j++]!);
          if (j - i > 1 && joined.join(' ') === whole.join(' ')) i = j;
        }
        const trained = splitSentences(text)
          .filter((sentence) => sentence.words.length >= 2)
          .map(modelTokens);
        // A sentence already scored (the same words, breaks and ending) comes from memory, not the
        // model: every sentence training read is read once, in order, and nothing else is.
        const joined = (words: string[]) => words.join(' ');
        expect(new Set(wholes.map(joined))).toEqual(new Set(trained.map(joined)));
        let next = 0;
        for (const whole of wholes) {
          while (next < trained.length && joined(trained[next]!) !== joined(whole)) next++;
          expect(next, `read out of order: ${joined(whole)}`).toBeLessThan(trained.length);
          next++;
        }
      }),
      { numRuns: 300 },
    );
  });
});
