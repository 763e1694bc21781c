import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { checkDraft } from '../../lib/check-draft';
import { checkPattern } from '../../lib/detect/index';
import type { Lang } from '../../lib/detect/types';
import { BUILTIN_PACK } from '../../lib/guidance/builtin';
import { resolveTeam } from '../../lib/guidance/resolved';
import type { Rule, Team } from '../../lib/guidance/schema';
import { to } from '../../lib/i18n/options-messages';
import { Highlighted } from '../Highlighted';

type Outcome =
  | { kind: 'ok'; check: ReturnType<typeof checkDraft>; skipped: boolean }
  | { kind: 'error'; message: string };

/** The rule without the patterns that do not compile yet: a half-typed pattern must not stop the test. */
function compilable(rule: Rule, slots: Team['slots']): { rule: Rule; skipped: boolean } {
  let skipped = false;
  const keep = (list: readonly string[]) =>
    list.filter((pattern) => {
      const ok = checkPattern(pattern, slots) === null;
      if (!ok) skipped = true;
      return ok;
    });
  const cleaned: Rule = {
    ...rule,
    patterns: { en: keep(rule.patterns.en), fr: keep(rule.patterns.fr) },
    ...(rule.exceptions
      ? { exceptions: { en: keep(rule.exceptions.en), fr: keep(rule.exceptions.fr) } }
      : {}),
  };
  return { rule: cleaned, skipped };
}

const TEAM_SETTLE_MS = 300;

/** `value`, once it has stopped changing for `ms`. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

function testTeam(team: Team): { team: Team; skipped: boolean } {
  const slots = { ...BUILTIN_PACK.teams[0]!.slots, ...team.slots };
  const cleaned = team.rules.map((rule) => compilable(rule, slots));
  return {
    team: { ...team, rules: cleaned.map((entry) => entry.rule) },
    skipped: cleaned.some((entry) => entry.skipped),
  };
}

/**
 * A sample text checked as it is typed against the team being edited (unsaved edits included),
 * resolved with the built-in pack exactly as Gmail will see it. The text is never stored.
 */
export function LiveTester({ team, lang }: { team: Team; lang: Lang }) {
  const inputId = useId();
  const [text, setText] = useState('');
  const deferred = useDeferredValue(text);
  // Compiling a team with the built-in rules takes about 150 ms: not on every keystroke in the rule
  // form, only once the manager pauses. Typing in the tester reuses the compiled team (checkDraft).
  const settledTeam = useSettled(team, TEAM_SETTLE_MS);
  const prepared = useMemo(() => testTeam(settledTeam), [settledTeam]);
  const resolved = useMemo(() => resolveTeam(prepared.team, BUILTIN_PACK), [prepared]);
  const outcome = useMemo((): Outcome | null => {
    if (deferred.trim() === '') return null;
    try {
      return { kind: 'ok', check: checkDraft(deferred, resolved, lang), skipped: prepared.skipped };
    } catch (error) {
      // A team over the engine's total budget: the pack would be refused on save with the same reason.
      return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
    }
  }, [deferred, resolved, lang, prepared.skipped]);

  return (
    <section className="bb-tester" aria-labelledby={`${inputId}-heading`} data-bb="tester">
      <h3 id={`${inputId}-heading`}>{to(lang, 'testerHeading')}</h3>
      <label htmlFor={inputId}>{to(lang, 'testerLabel')}</label>
      <textarea
        id={inputId}
        rows={3}
        data-bb="tester-input"
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      {outcome?.kind === 'error' && <p className="bb-field-error">{outcome.message}</p>}
      {outcome?.kind === 'ok' && (
        <TesterResult text={deferred} check={outcome.check} skipped={outcome.skipped} lang={lang} />
      )}
    </section>
  );
}

function TesterResult(props: {
  text: string;
  check: ReturnType<typeof checkDraft>;
  skipped: boolean;
  lang: Lang;
}) {
  const { lang, text } = props;
  const { suggestions } = props.check;
  return (
    <div className="bb-tester-result" aria-live="polite">
      <Highlighted text={text} spans={suggestions} />
      <p className="bb-meta" data-bb="tester-summary">
        {suggestions.length === 0
          ? to(lang, 'testerNone')
          : to(lang, 'testerCount', { count: suggestions.length })}
      </p>
      {suggestions.length > 0 && (
        <ol className="bb-tester-matches">
          {suggestions.map((suggestion) => (
            <li
              key={`${suggestion.start}-${suggestion.ruleId}`}
              data-bb="tester-match"
              data-rule={suggestion.ruleId}
            >
              <q lang={suggestion.lang}>{suggestion.phrase}</q>{' '}
              <span className="bb-pill">{to(lang, 'testerRule', { id: suggestion.ruleId })}</span>
              <div>
                {suggestion.rewrite === undefined ? (
                  <span className="bb-muted">{to(lang, 'testerNoRewrite')}</span>
                ) : (
                  <>
                    →{' '}
                    <q lang={suggestion.lang} data-bb="tester-rewrite">
                      {suggestion.rewrite}
                    </q>
                  </>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
      {props.skipped && <p className="bb-hint">{to(lang, 'testerSkipped')}</p>}
    </div>
  );
}
