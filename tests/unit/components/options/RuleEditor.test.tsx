import { fireEvent, render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { RuleEditor } from '../../../../components/options/RuleEditor';
import { emptyRuleForm, type RuleForm } from '../../../../components/options/rule-form';
import { packSchema } from '../../../../lib/guidance/schema';
import { examplePack } from '../../guidance/fixtures/packs';

function renderEditor(onChange: (form: RuleForm) => void = () => undefined) {
  const team = packSchema.parse(examplePack()).teams[0]!;
  render(
    <RuleEditor
      form={emptyRuleForm()}
      onChange={onChange}
      team={team}
      slots={team.slots}
      lang="en"
      onSave={() => undefined}
      onCancel={() => undefined}
    />,
  );
}

const FIELDS = ['rule-title', 'patterns', 'exceptions', 'why', 'rewrites', 'match', 'no-match'];

describe('the rule editor', () => {
  it('has an English and a French box for every text of a rule, English first', () => {
    renderEditor();
    for (const field of FIELDS) {
      const en = document.querySelector(`[data-bb="${field}-en"]`);
      const fr = document.querySelector(`[data-bb="${field}-fr"]`);
      expect([field, en !== null, fr !== null]).toEqual([field, true, true]);
      expect(en!.compareDocumentPosition(fr!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
  });

  it('changes only the language of the box that was typed in', () => {
    const onChange = vi.fn();
    renderEditor(onChange);
    fireEvent.change(document.querySelector('[data-bb="no-match-fr"]')!, { target: { value: 'Bonjour' } });
    const form = onChange.mock.calls[0]![0] as RuleForm;
    expect(form.noMatch).toEqual({ en: '', fr: 'Bonjour' });
  });
});
