import { useId } from 'react';
import type { Lang } from '../../lib/detect/types';
import type { ResolvedTeam } from '../../lib/guidance/resolved';
import { tp } from '../../lib/i18n/popup-messages';

/** The colleague's team; stored in storage.local 'teamId', which the content script follows too. */
export function TeamSwitcher(props: {
  teams: readonly ResolvedTeam[];
  teamId: string;
  onChoose: (teamId: string) => void;
  /** Set by the organisation's policy: shown, not switchable. */
  locked: boolean;
  lang: Lang;
}) {
  const id = useId();
  const noteId = useId();
  return (
    <div className="bb-team">
      <label htmlFor={id}>{tp(props.lang, 'teamLabel')}</label>
      <select
        id={id}
        data-bb="team"
        value={props.teamId}
        disabled={props.locked || props.teams.length < 2}
        aria-describedby={props.locked ? noteId : undefined}
        onChange={(event) => props.onChoose(event.target.value)}
      >
        {props.teams.map((team) => (
          <option key={team.id} value={team.id}>
            {team.name[props.lang]}
          </option>
        ))}
      </select>
      {props.locked && (
        <p id={noteId} className="bb-team-note" data-bb="team-managed">
          {tp(props.lang, 'teamManaged')}
        </p>
      )}
    </div>
  );
}
