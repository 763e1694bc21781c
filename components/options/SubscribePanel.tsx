import { useId, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Lang } from '../../lib/detect/types';
import { to } from '../../lib/i18n/options-messages';
import { originPattern } from '../../lib/permissions';
import {
  PackChangeRefused,
  packUrlProblem,
  refreshSubscription,
  type SubscriptionStatus,
  setSubscription,
} from '../../lib/store/subscription';
import { formatWhen } from './HistoryPanel';

/**
 * Subscribe to an HTTPS pack address, check it now, unsubscribe; with what happened at the last check.
 * The permission prompt is asked for first thing in the click handler: it needs the user's gesture.
 */
export function SubscribePanel(props: { status: SubscriptionStatus; lang: Lang; locked: boolean }) {
  const { lang, status } = props;
  const urlId = useId();
  const [url, setUrl] = useState(status.url ?? '');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  const run = async (task: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await task();
    } catch (error) {
      setProblem(error instanceof PackChangeRefused ? error.reason[lang] : String(error));
    } finally {
      setBusy(false);
    }
  };

  const subscribe = () => {
    const address = url.trim();
    if (packUrlProblem(address)) {
      setProblem(to(lang, 'urlNotHttps'));
      return;
    }
    setProblem(undefined);
    const granted = browser.permissions.request({ origins: [originPattern(address)] });
    void run(async () => {
      if (!(await granted)) {
        setProblem(to(lang, 'urlPermissionDenied'));
        return;
      }
      await setSubscription(address);
    });
  };

  return (
    <section className="bb-card" aria-labelledby="bb-subscribe-heading" data-bb="subscription">
      <h2 id="bb-subscribe-heading">{to(lang, 'subscribeHeading')}</h2>
      <p className="bb-muted">{to(lang, 'subscribeIntro')}</p>
      <form
        className="bb-inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          subscribe();
        }}
      >
        <div className="bb-field bb-grow">
          <label htmlFor={urlId}>{to(lang, 'packUrl')}</label>
          <input
            id={urlId}
            type="url"
            inputMode="url"
            data-bb="pack-url"
            placeholder="https://"
            disabled={props.locked}
            value={url}
            aria-invalid={problem ? true : undefined}
            onChange={(event) => setUrl(event.target.value)}
          />
        </div>
        <button type="submit" className="bb-button bb-button--primary" disabled={props.locked || busy}>
          {to(lang, 'subscribe')}
        </button>
      </form>
      {problem && (
        <p className="bb-field-error" role="alert" data-bb="subscription-problem">
          {problem}
        </p>
      )}
      <SubscriptionStatusLines status={status} lang={lang} />
      {status.url && (
        <div className="bb-row">
          <button
            type="button"
            className="bb-button"
            data-bb="refresh"
            disabled={busy}
            onClick={() => void run(refreshSubscription)}
          >
            {to(lang, 'refreshNow')}
          </button>
          <button
            type="button"
            className="bb-button"
            data-bb="unsubscribe"
            disabled={props.locked || busy}
            onClick={() =>
              void run(async () => {
                await setSubscription(null);
                setUrl('');
              })
            }
          >
            {to(lang, 'unsubscribe')}
          </button>
        </div>
      )}
    </section>
  );
}

function SubscriptionStatusLines({ status, lang }: { status: SubscriptionStatus; lang: Lang }) {
  if (!status.url) return <p className="bb-muted">{to(lang, 'notSubscribed')}</p>;
  return (
    <ul className="bb-status" data-bb="subscription-status">
      <li>{to(lang, 'subscribedTo', { url: status.url })}</li>
      <li>{to(lang, 'lastCheck', { when: formatWhen(status.lastCheckedAt, lang) })}</li>
      <li>{to(lang, 'lastSuccess', { when: formatWhen(status.lastSuccessAt, lang) })}</li>
      {status.lastError && (
        <li className="bb-status-error" data-bb="subscription-error">
          {to(lang, 'lastError', {
            when: formatWhen(status.lastErrorAt, lang),
            message: status.lastError[lang],
          })}
        </li>
      )}
    </ul>
  );
}
