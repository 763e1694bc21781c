import { useState } from 'react';
import type { Lang } from '../../lib/detect/types';
import type { Team } from '../../lib/guidance/schema';
import { to } from '../../lib/i18n/options-messages';
import { ReportLink } from '../ReportList';
import { removeReport, saveReport } from './pack-edits';
import { emptyReportForm, formToReport, type ReportForm, ReportFormView, reportToForm } from './ReportForm';

/** The team's reports (what rules link to): list, add, edit, delete. */
export function ReportsEditor(props: { team: Team; lang: Lang; onCommit: (team: Team) => Promise<boolean> }) {
  const { team, lang } = props;
  const [editing, setEditing] = useState<{ form: ReportForm; previousId?: string } | null>(null);

  const save = async () => {
    if (!editing) return;
    if (await props.onCommit(saveReport(team, formToReport(editing.form), editing.previousId)))
      setEditing(null);
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
                onClick={() => setEditing({ form: reportToForm(report), previousId: report.id })}
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
          onClick={() => setEditing({ form: emptyReportForm() })}
        >
          {to(lang, 'addReport')}
        </button>
      )}
    </section>
  );
}
