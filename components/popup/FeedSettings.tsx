import { type FormEvent, useId, useState } from 'react';
import type { Lang } from '../../lib/detect/types';
import { tp } from '../../lib/i18n/popup-messages';
import { clearFeedUrl, parseFeedUrl, saveFeedUrl } from '../../lib/reports/feed-settings';

/**
 * Where a manager points the popup at a report feed. The site permission is asked for in the
 * submit handler itself, the only moment a browser shows the prompt.
 */
export function FeedSettings({ url, lang }: { url: string | undefined; lang: Lang }) {
  const inputId = useId();
  const [value, setValue] = useState(url ?? '');
  const [problem, setProblem] = useState<'feedInvalid' | 'feedDenied'>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseFeedUrl(value);
    if (!parsed) {
      setProblem('feedInvalid');
      return;
    }
    void saveFeedUrl(parsed).then((granted) => setProblem(granted ? undefined : 'feedDenied'));
  };

  return (
    <details className="bb-feed-settings">
      <summary>{tp(lang, 'feedSettings')}</summary>
      <form onSubmit={submit} className="bb-feed-form">
        <label htmlFor={inputId}>{tp(lang, 'feedUrlLabel')}</label>
        <input
          id={inputId}
          data-bb="feed-url"
          type="url"
          inputMode="url"
          placeholder="https://"
          value={value}
          aria-invalid={problem === 'feedInvalid' || undefined}
          onChange={(event) => setValue(event.target.value)}
        />
        <div className="bb-row">
          <button type="submit" className="bb-button">
            {tp(lang, 'feedSave')}
          </button>
          {url && (
            <button
              type="button"
              className="bb-button bb-button--quiet"
              onClick={() => {
                setValue('');
                void clearFeedUrl();
              }}
            >
              {tp(lang, 'feedRemove')}
            </button>
          )}
        </div>
        {problem && (
          <p className="bb-error" role="alert">
            {tp(lang, problem)}
          </p>
        )}
      </form>
    </details>
  );
}
