import { describe, expect, it } from 'vitest';
import { fitBrief } from '../../../lib/brief/fit';

const BRIEF = 'Could we plan a post together? What it is about: the video.';

function fitted(text: string, phrase: string): string {
  const start = text.indexOf(phrase);
  const edit = fitBrief(BRIEF, { text, start, end: start + phrase.length });
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

describe('fitBrief', () => {
  it('takes the request’s question mark with it: the brief brings its own sentence ends', () => {
    expect(fitted('Could you post this now? Thanks', 'Could you post this now')).toBe(
      'Could we plan a post together? What it is about: the video. Thanks',
    );
  });

  it('starts in lower case after a greeting, as the sentence goes on', () => {
    expect(fitted('Hi Marie, could you post this now?', 'could you post this now')).toBe(
      'Hi Marie, could we plan a post together? What it is about: the video.',
    );
  });

  it('takes a French spaced question mark too', () => {
    expect(fitted('Tu peux publier ça maintenant ?\nMerci', 'Tu peux publier ça maintenant')).toBe(
      `${BRIEF}\nMerci`,
    );
  });

  it('drops its last full stop before a comma', () => {
    expect(fitted('Could you post this now, thanks', 'Could you post this now')).toBe(
      'Could we plan a post together? What it is about: the video, thanks',
    );
  });

  it('never reaches over a line break', () => {
    expect(fitted('Could you post this now\n? odd', 'Could you post this now')).toBe(`${BRIEF}\n? odd`);
  });
});
