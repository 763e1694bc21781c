import { useDeferredValue, useId, useMemo, useState } from 'react';
import { checkDraft } from '../../lib/check-draft';
import type { Lang } from '../../lib/detect/types';
import type { ResolvedTeam } from '../../lib/guidance/resolved';
import { tp } from '../../lib/i18n/popup-messages';
import { SuggestionList } from '../SuggestionList';
import { useDraftCheckReady } from '../useDraftCheckReady';
import { useModelKitState } from '../useModelKit';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Paste a draft, see the same suggestions as in Gmail, copy the improved text. The draft lives in
 * this component's state only: never stored, never sent, gone when the popup closes.
 */
export function DraftChecker({ team, lang }: { team: ResolvedTeam; lang: Lang }) {
  const inputId = useId();
  const [text, setText] = useState('');
  const [copy, setCopy] = useState<CopyState>('idle');
  // Typing stays smooth on long pastes: the check runs on the deferred value.
  const deferred = useDeferredValue(text);
  const { kit, loading } = useModelKitState();
  // For automation (README, Test hooks): the summary may not be about the text in the box yet.
  const ready = useDraftCheckReady(team);
  const state = text !== deferred || loading || !ready ? 'busy' : 'idle';
  const result = useMemo(
    () => (ready && deferred.trim() !== '' ? checkDraft(deferred, team, lang, kit) : undefined),
    [ready, deferred, team, lang, kit],
  );
  const count = result?.suggestions.length ?? 0;

  const copyImproved = async () => {
    if (!result) return;
    try {
      await navigator.clipboard.writeText(result.improved);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  return (
    <div className="bb-checker">
      <label htmlFor={inputId}>{tp(lang, 'checkerLabel')}</label>
      <textarea
        id={inputId}
        data-bb="check-input"
        rows={4}
        spellCheck
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setCopy('idle');
        }}
      />
      {deferred.trim() !== '' && (
        <>
          <p className="bb-checker-summary" role="status" data-bb="check-summary" data-bb-state={state}>
            {!result
              ? tp(lang, 'checkerPreparing')
              : count === 0
                ? tp(lang, 'checkerNone')
                : count === 1
                  ? tp(lang, 'checkerOne')
                  : tp(lang, 'checkerMany', { count })}
          </p>
          {result && count > 0 && <SuggestionList suggestions={result.suggestions} lang={lang} />}
          {count > 0 && (
            <div className="bb-row">
              <button
                type="button"
                className="bb-button bb-button--primary"
                data-bb="copy-improved"
                onClick={copyImproved}
              >
                {tp(lang, 'copyImproved')}
              </button>
              <span role="status" className="bb-muted">
                {copy === 'copied' ? tp(lang, 'copied') : copy === 'failed' ? tp(lang, 'copyFailed') : ''}
              </span>
            </div>
          )}
        </>
      )}
    </div>
  );
}
