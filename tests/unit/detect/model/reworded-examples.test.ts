/**
 * The sentences the end-to-end tests type (tests/e2e/reworded.e2e.ts), held to the committed model:
 * retraining that loses one of them fails here, in seconds, rather than in Chromium.
 */
import { readFileSync } from 'node:fs';
import { detect } from '../../../../lib/detect/detector';
import { loadModel } from '../../../../lib/detect/model/index';
import { BUILTIN_PACK } from '../../../../lib/guidance/builtin';
import { compileTeam } from '../../../../lib/guidance/compile-team';
import { modelSetupFor } from '../../../../lib/guidance/model-setup';
import { resolveTeam } from '../../../../lib/guidance/resolved';

const model = loadModel(readFileSync('public/detect-model.bin').buffer as ArrayBuffer);
const team = compileTeam(resolveTeam(BUILTIN_PACK.teams[0]!, BUILTIN_PACK));
const setup = modelSetupFor(team.team, team.rules, model)!;
const found = (text: string) =>
  detect(team.patterns, setup, text).map((match) => ({
    ruleId: match.ruleId,
    source: match.source ?? 'pattern',
    words: text.slice(match.start, match.end),
    captures: match.captures,
  }));

describe('the committed classifier on the end-to-end sentences', () => {
  it('catches the reworded requests with typos, on the words that ask', () => {
    expect(found('Honestly, what do all these instagarm posts actually bring in for us?')).toEqual([
      {
        ruleId: 'roi',
        source: 'model',
        words: 'what do all these instagarm posts actually bring in for us',
        captures: { network: 'Instagram' },
      },
    ]);
    expect(found('can u get the recap up on our insta befor lunch pls')).toMatchObject([
      { ruleId: 'post-now', source: 'model', captures: { network: 'insta' } },
    ]);
    expect(found('Est-ce que Insta nous raporte vraiment quelque chose ?')).toMatchObject([
      { ruleId: 'roi', source: 'model', words: 'Est-ce que Insta nous raporte vraiment quelque chose' },
    ]);
  });

  it('catches the seed article’s questions in their most ordinary forms', () => {
    expect(found('What ROI are we getting from social media?')).toMatchObject([{ ruleId: 'roi' }]);
    expect(found('Why don’t we have a presence on Threads?')).toMatchObject([{ ruleId: 'new-network' }]);
    expect(found('Pourquoi n’avons-nous pas de compte sur BeReal ?')).toMatchObject([
      { ruleId: 'new-network', captures: { network: 'BeReal' } },
    ]);
  });

  it('stays quiet on the near misses', () => {
    for (const text of [
      'The ROI of the new oven was 18 months, not bad.',
      'I posted the signed contract to the lawyer today.',
      'Le roi de la soirée, c’était Marc.',
      'What do you think of Threads? Is it an opportunity for us?',
      'The video went viral last year and the comments were awful.',
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });
});
