import { useId, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Lang } from '../../lib/detect/types';
import type { Team } from '../../lib/guidance/schema';
import { to } from '../../lib/i18n/options-messages';
import { originPattern } from '../../lib/permissions';
import { DEFAULT_SITES, type DefaultSiteId, SITE_NAMES } from '../../lib/sites/hosts';
import { ContactForm } from './ContactForm';
import { Switch } from './fields';
import { setSettings } from './pack-edits';

/** The pack format's own rule for extra sites: an HTTPS match pattern for a whole host. */
const SITE_PATTERN = /^https:\/\/(\*\.)?[a-z0-9.-]+(:\d+)?\/\*$/;

/** Turns "intranet.example.com" or "https://intranet.example.com/wiki" into a match pattern. */
export function toSitePattern(typed: string): string | undefined {
  const text = typed.trim().toLowerCase();
  if (SITE_PATTERN.test(text)) return text;
  try {
    const url = new URL(text.includes('://') ? text : `https://${text}`);
    if (url.protocol !== 'https:') return undefined;
    const pattern = originPattern(url);
    return SITE_PATTERN.test(pattern) ? pattern : undefined;
  } catch {
    return undefined;
  }
}

/** Send nudge, reworded requests, default sites on/off, extra sites (each asks for its host permission when added). */
export function TeamSettings(props: { team: Team; lang: Lang; onCommit: (team: Team) => Promise<boolean> }) {
  const { team, lang } = props;
  const siteId = useId();
  const [site, setSite] = useState('');
  const [problem, setProblem] = useState<string>();
  const { settings } = team;

  const addSite = () => {
    const pattern = toSitePattern(site);
    if (!pattern) {
      setProblem(to(lang, 'sitePatternInvalid'));
      return;
    }
    setProblem(undefined);
    // Asked first thing in the click: the prompt needs the user's gesture. The background registers
    // the content script for the site once it sees it in the stored guidance.
    const granted = browser.permissions.request({ origins: [pattern] });
    void (async () => {
      if (!(await granted)) {
        setProblem(to(lang, 'sitePermissionDenied'));
        return;
      }
      const extraSites = [...new Set([...settings.extraSites, pattern])];
      if (await props.onCommit(setSettings(team, { extraSites }))) setSite('');
    })();
  };

  return (
    <section className="bb-subsection" aria-labelledby="bb-settings-heading" data-bb="team-settings">
      <h3 id="bb-settings-heading">{to(lang, 'settingsHeading')}</h3>
      <Switch
        label={to(lang, 'sendNudge')}
        checked={settings.sendNudge}
        bb="send-nudge"
        onChange={(sendNudge) => void props.onCommit(setSettings(team, { sendNudge }))}
      />
      <Switch
        label={to(lang, 'rewordedRequests')}
        checked={settings.rewordedRequests}
        bb="reworded-requests"
        onChange={(rewordedRequests) => void props.onCommit(setSettings(team, { rewordedRequests }))}
      />
      <fieldset className="bb-checks">
        <legend>{to(lang, 'defaultSites')}</legend>
        {(Object.keys(DEFAULT_SITES) as DefaultSiteId[]).map((id) => (
          <Switch
            key={id}
            label={SITE_NAMES[id]}
            bb="default-site"
            checked={!settings.disabledSites.includes(id)}
            onChange={(on) => {
              const others = settings.disabledSites.filter((site) => site !== id);
              void props.onCommit(setSettings(team, { disabledSites: on ? others : [...others, id] }));
            }}
          />
        ))}
      </fieldset>
      <fieldset className="bb-checks">
        <legend>{to(lang, 'extraSites')}</legend>
        <ul className="bb-rule-list">
          {settings.extraSites.map((pattern) => (
            <li key={pattern} data-bb="extra-site">
              <code className="bb-grow">{pattern}</code>
              <button
                type="button"
                className="bb-button"
                onClick={() =>
                  void props.onCommit(
                    setSettings(team, { extraSites: settings.extraSites.filter((p) => p !== pattern) }),
                  )
                }
              >
                {to(lang, 'removeSite')}
              </button>
            </li>
          ))}
        </ul>
        <div className="bb-inline-form">
          <div className="bb-field bb-grow">
            <label htmlFor={siteId}>{to(lang, 'extraSiteLabel')}</label>
            <input
              id={siteId}
              placeholder={to(lang, 'extraSitePlaceholder')}
              data-bb="extra-site-input"
              value={site}
              aria-invalid={problem ? true : undefined}
              onChange={(event) => setSite(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  addSite();
                }
              }}
            />
          </div>
          <button type="button" className="bb-button" data-bb="add-site" onClick={addSite}>
            {to(lang, 'addSite')}
          </button>
        </div>
        {problem && (
          <p className="bb-field-error" role="alert">
            {problem}
          </p>
        )}
      </fieldset>
      <ContactForm key={team.id} team={team} lang={lang} onCommit={props.onCommit} />
    </section>
  );
}
