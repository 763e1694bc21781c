import { describe, expect, it } from 'vitest';
import { emptyRuleForm, formToRule, lines, ruleToForm } from '../../../../components/options/rule-form';
import { packSchema } from '../../../../lib/guidance/schema';
import { examplePack } from '../../guidance/fixtures/packs';

describe('rule form', () => {
  it('turns a rule into text boxes and back into the same rule', () => {
    const rule = packSchema.parse(examplePack()).teams[0]!.rules[0]!;
    const form = ruleToForm(rule);
    expect(form.patterns.fr).toBe('(mettre|mets|mettez|peux tu mettre) (ca|cela|ceci) en story');
    expect(formToRule(form)).toEqual(rule);
  });

  it('reads one entry per line, ignoring blank lines and surrounding spaces', () => {
    expect(lines('  post now \n\n\tpublish asap\n   ')).toEqual(['post now', 'publish asap']);
  });

  it('leaves out exceptions when there are none, as the format allows', () => {
    const form = { ...emptyRuleForm(), id: ' my-rule ', patterns: { en: 'a b', fr: '' } };
    const rule = formToRule(form);
    expect(rule.id).toBe('my-rule');
    expect(rule.exceptions).toBeUndefined();
    expect(rule.patterns).toEqual({ en: ['a b'], fr: [] });
  });
});
