import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { briefForDisplay, composeBrief } from '../../lib/brief/compose';
import { prefillBrief } from '../../lib/brief/prefill';
import { briefTemplateFor } from '../../lib/brief/templates';
import { checkDraft, type DraftCheck } from '../../lib/check-draft';
import type { Suggestion } from '../../lib/content/suggestions';
import type { Lang } from '../../lib/detect/types';
import { BUILTIN_PACK } from '../../lib/guidance/builtin';
import { type ResolvedTeam, resolveTeam } from '../../lib/guidance/resolved';
import type { Team } from '../../lib/guidance/schema';
import { tob } from '../../lib/i18n/brief-options-messages';
import { to } from '../../lib/i18n/options-messages';
import { Highlighted } from '../Highlighted';
import { useDraftCheckReady } from '../useDraftCheckReady';
import { useModelKit } from '../useModelKit';

type Outcome = { kind: 'ok'; check: DraftCheck } | { kind: 'preparing' } | { kind: 'error'; message: string };

const TEAM_SETTLE_MS = 300;

/**
 * `value`, once it has stopped changing for `ms`; a new object with the same content (as JSON) does
 * not count as a change. The options page re-creates the team being edited on many renders (opening
 * a rule's editor, say): each new object restarted the compile, and the tester's result gave way to
 * "Preparing…" for nothing. Compared once per new object, after the pause, not on every render.
 */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(
      () => setSettled((previous) => (JSON.stringify(previous) === JSON.stringify(value) ? previous : value)),
      ms,
    );
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * A sample text checked as it is typed against the team being edited (unsaved edits included),
 * resolved with the built-in pack exactly as Gmail will see it. The text is never stored.
 */
/**
 * The classifier's score as a manager can compare it with the thresholds (0.99 to 0.9998): four
 * decimals, truncated, so 0.99996 reads 0.9999 and never a rounded-up 1.00.
 */
function scoreText(score: number): string {
  return (Math.floor(score * 10_000) / 10_000).toFixed(4);
}

export function LiveTester({ team, lang }: { team: Team; lang: Lang }) {
  const inputId = useId();
  const [text, setText] = useState('');
  const deferred = useDeferredValue(text);
  // Compiling a team with the built-in rules takes about 150 ms: not on every keystroke in the rule
  // form, only once the manager pauses. Typing in the tester reuses the compiled team (checkDraft).
  const settledTeam = useSettled(team, TEAM_SETTLE_MS);
  const resolved = useMemo(() => resolveTeam(settledTeam, BUILTIN_PACK), [settledTeam]);
  const kit = useModelKit();
  // Compiled in slices as soon as the team settles, before the sample is typed: no long task.
  const ready = useDraftCheckReady(resolved);
  const outcome = useMemo((): Outcome | null => {
    if (deferred.trim() === '') return null;
    if (!ready) return { kind: 'preparing' };
    try {
      // A rule with a half-typed pattern is left out (as the page would) and listed under the result.
      return { kind: 'ok', check: checkDraft(deferred, resolved, lang, kit) };
    } catch (error) {
      // A team over the engine's total budget: the pack would be refused on save with the same reason.
      return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
    }
  }, [deferred, resolved, lang, kit, ready]);

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
      {outcome?.kind === 'preparing' && (
        <p className="bb-meta" data-bb="tester-summary" data-bb-state="busy">
          {to(lang, 'testerPreparing')}
        </p>
      )}
      {outcome?.kind === 'ok' && (
        <TesterResult text={deferred} check={outcome.check} team={resolved} lang={lang} />
      )}
    </section>
  );
}

/** The brief "Write a brief instead" would start from for this match: its pre-filled answers only. */
function briefFor(
  text: string,
  suggestion: Suggestion,
  others: readonly Suggestion[],
  team: ResolvedTeam,
): string {
  const template = briefTemplateFor(team.briefTemplates, suggestion.ruleId);
  const answers = prefillBrief(
    template,
    { text, start: suggestion.start, end: suggestion.end },
    {
      lang: suggestion.lang,
      now: new Date(),
      networks: team.slots.network ?? [],
      reports: suggestion.reports,
      avoid: others.filter((other) => other !== suggestion),
    },
  );
  return briefForDisplay(composeBrief(template, answers, suggestion.lang), suggestion.lang);
}

function TesterResult(props: { text: string; check: DraftCheck; team: ResolvedTeam; lang: Lang }) {
  const { lang, text } = props;
  const { suggestions, skipped } = props.check;
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
              data-source={suggestion.source}
            >
              <q lang={suggestion.lang}>{suggestion.phrase}</q>{' '}
              <span className="bb-pill">{to(lang, 'testerRule', { id: suggestion.ruleId })}</span>{' '}
              <span className="bb-pill bb-pill--quiet" data-bb="tester-source">
                {suggestion.source === 'model'
                  ? to(lang, 'testerByModel', { score: scoreText(suggestion.score ?? 0) })
                  : to(lang, 'testerByPattern')}
              </span>
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
              <div>
                <span className="bb-muted">{tob(lang, 'testerBrief')}: </span>
                <q lang={suggestion.lang} data-bb="tester-brief">
                  {briefFor(text, suggestion, suggestions, props.team)}
                </q>
              </div>
            </li>
          ))}
        </ol>
      )}
      {skipped.length > 0 && (
        <div className="bb-hint" data-bb="tester-skipped">
          <p>{to(lang, 'testerSkipped')}</p>
          <ul>
            {skipped.map((ruleId) => (
              <li key={ruleId} data-bb="tester-skipped-rule" data-rule={ruleId}>
                {to(lang, 'testerRule', { id: ruleId })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
