import { describe, expect, it } from 'vitest';
import { requestStart } from '../../../lib/detect/clause-start';

/** The words a suggestion covers when a pattern caught `caught` inside `text`. */
function covered(text: string, caught: string): string {
  const start = text.indexOf(caught);
  return text.slice(requestStart(text, start), start + caught.length);
}

describe('where a request caught by a pattern starts', () => {
  it('takes in a short subject or frame before the words the pattern caught', () => {
    expect(covered('Il faut que cette vidéo fasse le buzz.', 'fasse le buzz')).toBe(
      'Il faut que cette vidéo fasse le buzz',
    );
    expect(covered('Merci ! Cette vidéo doit faire le buzz', 'doit faire le buzz')).toBe(
      'Cette vidéo doit faire le buzz',
    );
    expect(covered('Il doit faire le buzz', 'doit faire le buzz')).toBe('Il doit faire le buzz');
    expect(covered('I was wondering if you could post this today', 'post this today')).toBe(
      'I was wondering if you could post this today',
    );
    expect(covered('The video is ready, could you post it now?', 'post it now')).toBe(
      'could you post it now',
    );
  });

  it('leaves out greetings, names, lead-ins and a clause of its own', () => {
    expect(covered('Hi team can you post this now', 'can you post this now')).toBe('can you post this now');
    expect(covered('Marie tu peux publier ça', 'tu peux publier ça')).toBe('tu peux publier ça');
    expect(covered('Bon tu peux publier ça', 'tu peux publier ça')).toBe('tu peux publier ça');
    expect(covered('The video is ready so could you post it now', 'could you post it now')).toBe(
      'could you post it now',
    );
    expect(covered('Also the board asks what the ROI of social media is', 'ROI of social media')).toBe(
      'ROI of social media',
    );
    expect(
      covered('We finished the edit on Monday and the client loved it but post it now', 'post it now'),
    ).toBe('post it now');
  });

  it('never looks further back than a short window, whatever the draft', () => {
    const long = `${'word '.repeat(10_000)}post it now`;
    expect(covered(long, 'post it now')).toBe('post it now');
  });
});
