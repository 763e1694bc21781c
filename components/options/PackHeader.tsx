import { useId } from 'react';
import { browser } from 'wxt/browser';
import type { Lang } from '../../lib/detect/types';
import { TEAM_KEY } from '../../lib/guidance/resolved';
import { to } from '../../lib/i18n/options-messages';
import type { OptionsData } from './useOptionsData';

/** Which pack is in force and where it came from, the colleague's team choice, and the policy banner. */
export function PackHeader({ data, lang }: { data: OptionsData; lang: Lang }) {
  const teamSelect = useId();
  const teams = data.pack.teams;
  // As the content script does (pickTeam): a choice that no longer exists falls back to the first team.
  const wanted = data.locks.teamId ?? data.teamId;
  const teamId = teams.some((team) => team.id === wanted) ? wanted : teams[0]?.id;
  return (
    <header className="bb-header">
      <div>
        <h1 className="bb-title">{to(lang, 'pageTitle')}</h1>
        <p className="bb-muted">{to(lang, 'pageIntro')}</p>
      </div>
      <div className="bb-in-force" data-bb="pack-in-force">
        <span className="bb-label">{to(lang, 'inForce')}</span>
        <strong data-bb="pack-name">{data.pack.name}</strong>
        <span className="bb-muted">
          {to(lang, 'version', { version: data.pack.version })} ·{' '}
          <span data-bb="pack-source" data-source={data.source}>
            {to(lang, `source-${data.source}`)}
          </span>
        </span>
      </div>
      <div className="bb-field bb-team-choice">
        <label htmlFor={teamSelect}>{to(lang, 'yourTeam')}</label>
        <select
          id={teamSelect}
          data-bb="team"
          value={teamId}
          disabled={data.locks.team || teams.length < 2}
          onChange={(event) => void browser.storage.local.set({ [TEAM_KEY]: event.target.value })}
        >
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name[lang]}
            </option>
          ))}
        </select>
      </div>
      {data.locks.pending && (
        <div className="bb-banner" role="status" data-bb="policy-pending">
          {to(lang, 'policyPending')}
        </div>
      )}
      {data.locks.managed && (
        <div className="bb-banner" role="note" data-bb="managed">
          <strong>{to(lang, 'managedBanner')}</strong> {to(lang, 'managedDetail')}
        </div>
      )}
      {data.source === 'url' && (
        <div className="bb-banner" role="note" data-bb="subscribed">
          {to(lang, 'subscribedBanner')}
        </div>
      )}
      {data.notice && (
        <div className="bb-banner bb-banner--warn" role="status" data-bb="notice">
          {data.notice[lang]}
        </div>
      )}
    </header>
  );
}
