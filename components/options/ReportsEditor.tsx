import { useId, useState } from 'react';
import type { Lang } from '../../lib/detect/types';
import { REPORT_PERIODS, type Report, safeLink, type Team } from '../../lib/guidance/schema';
import { to } from '../../lib/i18n/options-messages';
import { ReportLink } from '../ReportList';
import { TextField } from './fields';
import { removeReport, saveReport } from './pack-edits';

interface ReportForm {
  id: string;
  title: Record<Lang, string>;
  url: string;
  period: Report['period'];
  date: string;
  tags: string;
}

const emptyForm = (): ReportForm => ({
  id: '',
  title: { en: '', fr: '' },
  url: '',
  period: 'monthly',
  date: new Date().toISOString().slice(0, 10),
  tags: '',
});

const toForm = (report: Report): ReportForm => ({
  ...report,
  title: { ...report.title },
  tags: report.tags.join(', '),
});

function toReport(form: ReportForm): Report {
  return {
    id: form.id.trim(),
    title: { en: form.title.en.trim(), fr: form.title.fr.trim() },
    url: form.url.trim(),
    period: form.period,
    date: form.date,
    tags: form.tags
      .split(',')
      .map((tag) => tag.trim())
      .filter((tag) => tag !== ''),
  };
}

/** The team's reports (what rules link to): list, add, edit, delete. */
export function ReportsEditor(props: { team: Team; lang: Lang; onCommit: (team: Team) => Promise<boolean> }) {
  const { team, lang } = props;
  const [editing, setEditing] = useState<{ form: ReportForm; previousId?: string } | null>(null);

  const save = async () => {
    if (!editing) return;
    if (await props.onCommit(saveReport(team, toReport(editing.form), editing.previousId))) setEditing(null);
  };

  return (
    <section className="bb-subsection" aria-labelledby="bb-reports-heading" data-bb="reports-editor">
      <h3 id="bb-reports-heading">{to(lang, 'reportsHeading')}</h3>
      {team.reports.length === 0 ? (
        <p className="bb-hint">{to(lang, 'noReports')}</p>
      ) : (
        <ul className="bb-rule-list">
          {team.reports.map((report) => (
            <li key={report.id} data-bb="team-report">
              <span className="bb-grow">
                <ReportLink href={report.url}>{report.title[lang]}</ReportLink>{' '}
                <span className="bb-meta">
                  {to(lang, report.period)} · {report.date}
                  {report.tags.length > 0 ? ` · ${report.tags.join(', ')}` : ''}
                </span>
              </span>
              <button
                type="button"
                className="bb-button"
                onClick={() => setEditing({ form: toForm(report), previousId: report.id })}
              >
                {to(lang, 'editRule')}
              </button>
              <button
                type="button"
                className="bb-button bb-button--danger"
                onClick={() => void props.onCommit(removeReport(team, report.id))}
              >
                {to(lang, 'deleteRule')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <ReportFormView
          form={editing.form}
          lang={lang}
          onChange={(form) => setEditing({ ...editing, form })}
          onSave={() => void save()}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <button
          type="button"
          className="bb-button"
          data-bb="add-report"
          onClick={() => setEditing({ form: emptyForm() })}
        >
          {to(lang, 'addReport')}
        </button>
      )}
    </section>
  );
}

function ReportFormView(props: {
  form: ReportForm;
  lang: Lang;
  onChange: (form: ReportForm) => void;
  onSave: () => void;
  onCancel: () => void;
}) {
  const { form, lang, onChange } = props;
  const periodId = useId();
  const urlProblem = form.url.trim() !== '' && !safeLink.safeParse(form.url.trim()).success;
  // noValidate: saving runs the pack's validation, which names every problem by path in the UI
  // language; the browser's bubbles would stop at the first one, in the browser's language.
  return (
    <form
      className="bb-rule-editor"
      noValidate
      data-bb="report-form"
      onSubmit={(event) => {
        event.preventDefault();
        props.onSave();
      }}
    >
      <TextField
        label={to(lang, 'reportId')}
        hint={to(lang, 'idHint')}
        value={form.id}
        required
        bb="report-id"
        onChange={(id) => onChange({ ...form, id })}
      />
      <div className="bb-pair">
        <TextField
          label={to(lang, 'titleEn')}
          lang="en"
          value={form.title.en}
          bb="report-title-en"
          onChange={(en) => onChange({ ...form, title: { ...form.title, en } })}
        />
        <TextField
          label={to(lang, 'titleFr')}
          lang="fr"
          value={form.title.fr}
          bb="report-title-fr"
          onChange={(fr) => onChange({ ...form, title: { ...form.title, fr } })}
        />
      </div>
      <TextField
        label={to(lang, 'reportUrl')}
        type="url"
        value={form.url}
        bb="report-url"
        invalid={urlProblem ? to(lang, 'reportUrlInvalid') : undefined}
        onChange={(url) => onChange({ ...form, url })}
      />
      <div className="bb-pair">
        <div className="bb-field">
          <label htmlFor={periodId}>{to(lang, 'period')}</label>
          <select
            id={periodId}
            value={form.period}
            onChange={(event) => onChange({ ...form, period: event.target.value as Report['period'] })}
          >
            {REPORT_PERIODS.map((period) => (
              <option key={period} value={period}>
                {to(lang, period)}
              </option>
            ))}
          </select>
        </div>
        <TextField
          label={to(lang, 'date')}
          type="date"
          value={form.date}
          onChange={(date) => onChange({ ...form, date })}
        />
      </div>
      <TextField
        label={to(lang, 'tags')}
        value={form.tags}
        onChange={(tags) => onChange({ ...form, tags })}
      />
      <div className="bb-row">
        <button type="submit" className="bb-button bb-button--primary" data-bb="save-report">
          {to(lang, 'saveReport')}
        </button>
        <button type="button" className="bb-button" onClick={props.onCancel}>
          {to(lang, 'cancel')}
        </button>
      </div>
    </form>
  );
}
