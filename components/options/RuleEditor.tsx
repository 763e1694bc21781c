import type { Lang, SlotLists } from '../../lib/detect/types';
import { BUILTIN_REPORT_IDS } from '../../lib/guidance/pack-consistency';
import type { Team } from '../../lib/guidance/schema';
import { to } from '../../lib/i18n/options-messages';
import { TextArea, TextField } from './fields';
import { PatternField } from './PatternField';
import type { RuleForm } from './rule-form';

type LangField = 'title' | 'patterns' | 'exceptions' | 'why' | 'rewrites' | 'match' | 'noMatch';

/** Report ids a rule of this team may link to: its own reports, and the built-in rules' conventional ones. */
function linkableReports(team: Team): { id: string; label: (lang: Lang) => string }[] {
  const own = team.reports.map((report) => ({
    id: report.id,
    label: (lang: Lang) => `${report.title[lang]} (${report.id})`,
  }));
  const ownIds = new Set(team.reports.map((report) => report.id));
  const conventional = team.useBuiltinRules
    ? BUILTIN_REPORT_IDS.filter((id) => !ownIds.has(id)).map((id) => ({
        id,
        label: (lang: Lang) => to(lang, 'conventionalReport', { id }),
      }))
    : [];
  return [...own, ...conventional];
}

/**
 * The form for one rule of a team. The form state lives with the caller (the live tester reads it
 * too) and survives a refused save untouched.
 */
export function RuleEditor(props: {
  form: RuleForm;
  onChange: (form: RuleForm) => void;
  team: Team;
  slots: SlotLists;
  lang: Lang;
  onSave: () => void;
  onCancel: () => void;
}) {
  const { form, lang } = props;
  const set = (field: LangField, which: Lang) => (value: string) =>
    props.onChange({ ...form, [field]: { ...form[field], [which]: value } });
  const reports = linkableReports(props.team);

  // noValidate: saving runs the pack's validation, which names every problem by path in the UI
  // language; the browser's bubbles would stop at the first one, in the browser's language.
  return (
    <form
      className="bb-rule-editor"
      noValidate
      data-bb="rule-editor"
      aria-label={to(lang, 'ruleEditorHeading')}
      onSubmit={(event) => {
        event.preventDefault();
        props.onSave();
      }}
    >
      <TextField
        label={to(lang, 'ruleId')}
        hint={to(lang, 'idHint')}
        value={form.id}
        bb="rule-id"
        required
        onChange={(id) => props.onChange({ ...form, id })}
      />
      <div className="bb-pair">
        <TextField
          label={to(lang, 'titleEn')}
          lang="en"
          value={form.title.en}
          bb="rule-title-en"
          onChange={set('title', 'en')}
        />
        <TextField
          label={to(lang, 'titleFr')}
          lang="fr"
          value={form.title.fr}
          bb="rule-title-fr"
          onChange={set('title', 'fr')}
        />
      </div>
      <p className="bb-hint">{to(lang, 'patternHelp')}</p>
      <div className="bb-pair">
        <PatternField
          label={to(lang, 'patternsEn')}
          value={form.patterns.en}
          onChange={set('patterns', 'en')}
          slots={props.slots}
          lang={lang}
          patternLang="en"
          bb="patterns-en"
        />
        <PatternField
          label={to(lang, 'patternsFr')}
          value={form.patterns.fr}
          onChange={set('patterns', 'fr')}
          slots={props.slots}
          lang={lang}
          patternLang="fr"
          bb="patterns-fr"
        />
      </div>
      <div className="bb-pair">
        <PatternField
          label={to(lang, 'exceptionsEn')}
          value={form.exceptions.en}
          onChange={set('exceptions', 'en')}
          slots={props.slots}
          lang={lang}
          patternLang="en"
          bb="exceptions-en"
        />
        <PatternField
          label={to(lang, 'exceptionsFr')}
          value={form.exceptions.fr}
          onChange={set('exceptions', 'fr')}
          slots={props.slots}
          lang={lang}
          patternLang="fr"
          bb="exceptions-fr"
        />
      </div>
      <div className="bb-pair">
        <TextArea
          label={to(lang, 'whyEn')}
          lang="en"
          value={form.why.en}
          bb="why-en"
          onChange={set('why', 'en')}
        />
        <TextArea
          label={to(lang, 'whyFr')}
          lang="fr"
          value={form.why.fr}
          bb="why-fr"
          onChange={set('why', 'fr')}
        />
      </div>
      <div className="bb-pair">
        <TextArea
          label={to(lang, 'rewritesEn')}
          lang="en"
          value={form.rewrites.en}
          bb="rewrites-en"
          onChange={set('rewrites', 'en')}
        />
        <TextArea
          label={to(lang, 'rewritesFr')}
          lang="fr"
          value={form.rewrites.fr}
          bb="rewrites-fr"
          onChange={set('rewrites', 'fr')}
        />
      </div>
      <fieldset className="bb-checks">
        <legend>{to(lang, 'reportLinks')}</legend>
        {reports.length === 0 && <p className="bb-hint">{to(lang, 'noReportsToLink')}</p>}
        {reports.map((report) => (
          <label key={report.id} className="bb-check">
            <input
              type="checkbox"
              data-bb="rule-report"
              value={report.id}
              checked={form.reports.includes(report.id)}
              onChange={(event) =>
                props.onChange({
                  ...form,
                  reports: event.target.checked
                    ? [...form.reports, report.id]
                    : form.reports.filter((id) => id !== report.id),
                })
              }
            />
            <span>{report.label(lang)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="bb-examples">
        <legend>{to(lang, 'examplesHeading')}</legend>
        <div className="bb-pair">
          <TextArea
            label={to(lang, 'matchEn')}
            lang="en"
            value={form.match.en}
            bb="match-en"
            onChange={set('match', 'en')}
          />
          <TextArea
            label={to(lang, 'noMatchEn')}
            lang="en"
            value={form.noMatch.en}
            bb="no-match-en"
            onChange={set('noMatch', 'en')}
          />
        </div>
        <div className="bb-pair">
          <TextArea
            label={to(lang, 'matchFr')}
            lang="fr"
            value={form.match.fr}
            bb="match-fr"
            onChange={set('match', 'fr')}
          />
          <TextArea
            label={to(lang, 'noMatchFr')}
            lang="fr"
            value={form.noMatch.fr}
            bb="no-match-fr"
            onChange={set('noMatch', 'fr')}
          />
        </div>
      </fieldset>
      <div className="bb-row">
        <button type="submit" className="bb-button bb-button--primary" data-bb="save-rule">
          {to(lang, 'saveRule')}
        </button>
        <button type="button" className="bb-button" onClick={props.onCancel}>
          {to(lang, 'cancel')}
        </button>
      </div>
    </form>
  );
}
