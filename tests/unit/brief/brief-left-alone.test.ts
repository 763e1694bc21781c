/**
 * A brief goes where a flagged request was: it must not be flagged itself, or the badge would come
 * back on the very words Better Brief wrote. Checked with the patterns and the committed classifier.
 */
import { readFileSync } from 'node:fs';
import { composeBrief } from '../../../lib/brief/compose';
import { GENERIC_TEMPLATE } from '../../../lib/brief/templates';
import { detect } from '../../../lib/detect/detector';
import { loadModel } from '../../../lib/detect/model/index';
import { BUILTIN_PACK } from '../../../lib/guidance/builtin';
import { compileTeam } from '../../../lib/guidance/compile-team';
import { modelSetupFor } from '../../../lib/guidance/model-setup';
import { resolveTeam } from '../../../lib/guidance/resolved';

const model = loadModel(readFileSync('public/detect-model.bin').buffer as ArrayBuffer);
const team = compileTeam(resolveTeam(BUILTIN_PACK.teams[0]!, BUILTIN_PACK));
const setup = modelSetupFor(team.team, team.rules, model)!;

const ANSWERS = {
  en: ['the spring catalogue', 'LinkedIn', 'Friday 4 December', 'students in Lyon', 'Ana in sales'],
  fr: [
    'le catalogue de printemps',
    'LinkedIn',
    'vendredi 4 décembre',
    'les étudiants de Lyon',
    'Ana, aux ventes',
  ],
};

const templates = { ...BUILTIN_PACK.teams[0]!.briefTemplates!, generic: GENERIC_TEMPLATE };

describe('the built-in briefs', () => {
  for (const [ruleId, template] of Object.entries(templates)) {
    for (const lang of ['en', 'fr'] as const) {
      it(`${ruleId} (${lang}) is not taken for a request`, () => {
        const answers = Object.fromEntries(
          template.questions.map((question, index) => [question.id, ANSWERS[lang][index % 5]!]),
        );
        for (const brief of [composeBrief(template, answers, lang), composeBrief(template, {}, lang)]) {
          const found = detect(team.patterns, setup, brief).map(
            (match) => `${match.ruleId}: ${brief.slice(match.start, match.end)}`,
          );
          expect(found, brief).toEqual([]);
        }
      });
    }
  }
});
