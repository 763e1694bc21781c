import { useMemo, useState } from 'react';
import type { Lang } from '../../lib/detect/types';
import { BUILTIN_PACK } from '../../lib/guidance/builtin';
import type { Rule, Team } from '../../lib/guidance/schema';
import { to } from '../../lib/i18n/options-messages';
import type { BriefDraft } from './BriefTemplates';
import { BuiltinRules } from './BuiltinRules';
import { LiveTester } from './LiveTester';
import { overrideRule, removeRule, saveRule, setBriefTemplate } from './pack-edits';
import { RuleEditor } from './RuleEditor';
import { emptyRuleForm, formToRule, type RuleForm, ruleToForm } from './rule-form';

interface Editing {
  form: RuleForm;
  /** The id the rule had when editing started; undefined for a new rule. */
  previousId?: string;
}

/**
 * A team's rules: the built-in ones (switches, override), its own (edit, delete, new), and the live
 * tester, which sees the rule and the brief template being edited before they are saved.
 */
export function TeamRules(props: {
  team: Team;
  lang: Lang;
  locked: boolean;
  onCommit: (team: Team) => Promise<boolean>;
  /** A brief template being edited elsewhere on the page, for the tester. */
  briefDraft?: BriefDraft | undefined;
}) {
  const { team, lang, briefDraft } = props;
  const [editing, setEditing] = useState<Editing | null>(null);
  const slots = useMemo(() => ({ ...BUILTIN_PACK.teams[0]!.slots, ...team.slots }), [team.slots]);
  const testedTeam = useMemo(() => {
    const withRule = editing ? saveRule(team, formToRule(editing.form), editing.previousId) : team;
    return briefDraft ? setBriefTemplate(withRule, briefDraft.ruleId, briefDraft.template) : withRule;
  }, [team, editing, briefDraft]);

  const save = async () => {
    if (!editing) return;
    if (await props.onCommit(saveRule(team, formToRule(editing.form), editing.previousId))) setEditing(null);
  };
  const override = async (rule: Rule) => {
    // The copy is saved at once (it behaves exactly like the built-in rule) and opened for editing.
    if (await props.onCommit(overrideRule(team, rule)))
      setEditing({ form: ruleToForm(rule), previousId: rule.id });
  };

  return (
    <>
      {/* Locked by policy: the rules stay readable and the tester usable, nothing can be changed. */}
      <fieldset className="bb-lock" disabled={props.locked}>
        <BuiltinRules
          team={team}
          lang={lang}
          onCommit={(next) => void props.onCommit(next)}
          onOverride={(rule) => void override(rule)}
        />
        <section className="bb-subsection" aria-labelledby="bb-team-rules-heading" data-bb="team-rules">
          <h3 id="bb-team-rules-heading">{to(lang, 'teamRulesHeading')}</h3>
          {team.rules.length === 0 ? (
            <p className="bb-hint">{to(lang, 'noTeamRules')}</p>
          ) : (
            <ul className="bb-rule-list">
              {team.rules.map((rule) => (
                <li key={rule.id} data-bb="team-rule" data-rule={rule.id}>
                  <span className="bb-grow">
                    {rule.title[lang]} <code className="bb-meta">{rule.id}</code>
                  </span>
                  <button
                    type="button"
                    className="bb-button"
                    data-bb="edit-rule"
                    aria-label={`${to(lang, 'editRule')} — ${rule.title[lang]}`}
                    onClick={() => setEditing({ form: ruleToForm(rule), previousId: rule.id })}
                  >
                    {to(lang, 'editRule')}
                  </button>
                  <button
                    type="button"
                    className="bb-button bb-button--danger"
                    aria-label={`${to(lang, 'deleteRule')} — ${rule.title[lang]}`}
                    onClick={() => void props.onCommit(removeRule(team, rule.id))}
                  >
                    {to(lang, 'deleteRule')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {editing ? (
            <RuleEditor
              form={editing.form}
              onChange={(form) => setEditing({ ...editing, form })}
              team={team}
              slots={slots}
              lang={lang}
              onSave={() => void save()}
              onCancel={() => setEditing(null)}
            />
          ) : (
            <button
              type="button"
              className="bb-button"
              data-bb="new-rule"
              onClick={() => setEditing({ form: emptyRuleForm() })}
            >
              {to(lang, 'newRule')}
            </button>
          )}
        </section>
      </fieldset>
      <LiveTester team={testedTeam} lang={lang} />
    </>
  );
}
