import { useId, useState } from 'react';
import type { Lang } from '../../lib/detect/types';
import type { Pack, Team } from '../../lib/guidance/schema';
import { to } from '../../lib/i18n/options-messages';
import { type BriefDraft, BriefTemplates } from './BriefTemplates';
import { TextField } from './fields';
import { HowWeWorkEditor } from './HowWeWorkEditor';
import { addTeam, freeTeamId, removeTeam, replaceTeam } from './pack-edits';
import { ReportsEditor } from './ReportsEditor';
import { TeamRules } from './TeamRules';
import { TeamSettings } from './TeamSettings';

/**
 * Teams of the pack being edited: pick one, add one, rename or delete it, and edit its rules,
 * reports and settings. Every change goes through `onCommit` (validated, then put in force).
 */
export function TeamsEditor(props: {
  pack: Pack;
  lang: Lang;
  /** Set by the organisation's policy: everything stays readable (tabs, tester), nothing editable. */
  locked: boolean;
  onCommit: (pack: Pack) => Promise<boolean>;
}) {
  const { pack, lang } = props;
  const [chosen, setChosen] = useState(pack.teams[0]!.id);
  // The brief template being edited, unsaved: the live tester shows the brief it would give. Kept
  // with its team's id, so that a template half-typed for one team never reaches another's tester.
  const [briefDraft, setBriefDraft] = useState<BriefDraft & { teamId: string }>();
  const index = Math.max(
    0,
    pack.teams.findIndex((team) => team.id === chosen),
  );
  const team = pack.teams[index]!;
  const commitTeam = (next: Team) => props.onCommit(replaceTeam(pack, index, next));
  const teamBriefDraft = briefDraft?.teamId === team.id ? briefDraft : undefined;

  return (
    <section className="bb-card" aria-labelledby="bb-teams-heading" data-bb="teams">
      <h2 id="bb-teams-heading">{to(lang, 'teamsHeading')}</h2>
      <p className="bb-muted">{to(lang, 'teamsIntro')}</p>
      <div className="bb-team-tabs">
        {pack.teams.map((each) => (
          <button
            key={each.id}
            type="button"
            className="bb-tab"
            data-bb="team-tab"
            data-team={each.id}
            aria-pressed={each.id === team.id}
            onClick={() => setChosen(each.id)}
          >
            {each.name[lang]}
          </button>
        ))}
      </div>
      <fieldset className="bb-lock" disabled={props.locked}>
        <AddTeam
          lang={lang}
          onAdd={async (name) => {
            const id = freeTeamId(pack, name);
            const added = await props.onCommit(addTeam(pack, id, { en: name, fr: name }));
            if (added) setChosen(id);
            return added;
          }}
        />
      </fieldset>
      {/* Keyed by team: switching teams drops the other team's half-typed forms instead of mixing them. */}
      <div key={team.id} className="bb-team-panel" data-bb="team-panel" data-team={team.id}>
        <fieldset className="bb-lock" disabled={props.locked}>
          <TeamNames
            key={`${team.name.en}\n${team.name.fr}`}
            team={team}
            lang={lang}
            canDelete={pack.teams.length > 1}
            onRename={(name) => commitTeam({ ...team, name })}
            onDelete={async () => {
              if (!window.confirm(to(lang, 'deleteTeamConfirm', { name: team.name[lang] }))) return;
              if (await props.onCommit(removeTeam(pack, index)))
                setChosen(pack.teams[index === 0 ? 1 : 0]!.id);
            }}
          />
        </fieldset>
        <TeamRules
          team={team}
          lang={lang}
          locked={props.locked}
          onCommit={commitTeam}
          briefDraft={teamBriefDraft}
        />
        <fieldset className="bb-lock" disabled={props.locked}>
          <BriefTemplates
            team={team}
            lang={lang}
            onCommit={commitTeam}
            onEditing={(draft) => setBriefDraft(draft && { ...draft, teamId: team.id })}
          />
          <HowWeWorkEditor
            key={JSON.stringify(team.howWeWork ?? null)}
            team={team}
            lang={lang}
            onCommit={commitTeam}
          />
          <ReportsEditor team={team} lang={lang} onCommit={commitTeam} />
          <TeamSettings team={team} lang={lang} onCommit={commitTeam} />
        </fieldset>
      </div>
    </section>
  );
}

function AddTeam(props: { lang: Lang; onAdd: (name: string) => Promise<boolean> }) {
  const id = useId();
  const [name, setName] = useState('');
  return (
    <form
      className="bb-inline-form"
      onSubmit={async (event) => {
        event.preventDefault();
        if (name.trim() !== '' && (await props.onAdd(name.trim()))) setName('');
      }}
    >
      <div className="bb-field bb-grow">
        <label htmlFor={id}>{to(props.lang, 'newTeamName')}</label>
        <input
          id={id}
          data-bb="new-team-name"
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <button type="submit" className="bb-button" data-bb="add-team" disabled={name.trim() === ''}>
        {to(props.lang, 'addTeam')}
      </button>
    </form>
  );
}

function TeamNames(props: {
  team: Team;
  lang: Lang;
  canDelete: boolean;
  onRename: (name: Team['name']) => Promise<boolean>;
  onDelete: () => void;
}) {
  const { lang, team } = props;
  const [name, setName] = useState(team.name);
  const changed = name.en !== team.name.en || name.fr !== team.name.fr;
  return (
    <form
      className="bb-subsection bb-inline-form"
      aria-label={to(lang, 'editTeam')}
      onSubmit={(event) => {
        event.preventDefault();
        void props.onRename({ en: name.en.trim(), fr: name.fr.trim() });
      }}
    >
      <TextField
        label={to(lang, 'teamNameEn')}
        lang="en"
        value={name.en}
        bb="team-name-en"
        onChange={(en) => setName({ ...name, en })}
      />
      <TextField
        label={to(lang, 'teamNameFr')}
        lang="fr"
        value={name.fr}
        bb="team-name-fr"
        onChange={(fr) => setName({ ...name, fr })}
      />
      <button type="submit" className="bb-button" data-bb="rename-team" disabled={!changed}>
        {to(lang, 'renameTeam')}
      </button>
      <button
        type="button"
        className="bb-button bb-button--danger"
        data-bb="delete-team"
        disabled={!props.canDelete}
        onClick={props.onDelete}
      >
        {to(lang, 'deleteTeam')}
      </button>
    </form>
  );
}
