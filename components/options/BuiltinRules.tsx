import type { Lang } from '../../lib/detect/types';
import { BUILTIN_PACK } from '../../lib/guidance/builtin';
import type { Rule, Team } from '../../lib/guidance/schema';
import { to } from '../../lib/i18n/options-messages';
import { Switch } from './fields';
import { setBuiltinRule, setUseBuiltinRules } from './pack-edits';

/** The built-in rules for one team: all on or off, each on or off, and "Override" to edit a copy. */
export function BuiltinRules(props: {
  team: Team;
  lang: Lang;
  onCommit: (team: Team) => void;
  onOverride: (rule: Rule) => void;
}) {
  const { team, lang } = props;
  const ownIds = new Set(team.rules.map((rule) => rule.id));
  return (
    <section className="bb-subsection" aria-labelledby="bb-builtin-heading" data-bb="builtin-rules">
      <h3 id="bb-builtin-heading">{to(lang, 'builtinHeading')}</h3>
      <Switch
        label={to(lang, 'useBuiltin')}
        checked={team.useBuiltinRules}
        bb="use-builtin"
        onChange={(on) => props.onCommit(setUseBuiltinRules(team, on))}
      />
      {team.useBuiltinRules ? (
        <>
          <p className="bb-hint">{to(lang, 'builtinIntro')}</p>
          <ul className="bb-rule-list">
            {BUILTIN_PACK.teams[0]!.rules.map((rule) => (
              <li key={rule.id} data-bb="builtin-rule" data-rule={rule.id}>
                <Switch
                  label={rule.title[lang]}
                  checked={!team.disabledRules.includes(rule.id)}
                  bb="builtin-rule-switch"
                  onChange={(on) => props.onCommit(setBuiltinRule(team, rule.id, on))}
                />
                <code className="bb-meta">{rule.id}</code>
                {ownIds.has(rule.id) ? (
                  <span className="bb-pill">{to(lang, 'overridden')}</span>
                ) : (
                  <button
                    type="button"
                    className="bb-button"
                    data-bb="override"
                    onClick={() => props.onOverride(rule)}
                  >
                    {to(lang, 'override')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="bb-hint">{to(lang, 'builtinOff')}</p>
      )}
    </section>
  );
}
