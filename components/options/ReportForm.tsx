import { useId } from 'react';
import type { Lang } from '../../lib/detect/types';
import { REPORT_PERIODS, type Report, safeLink } from '../../lib/guidance/schema';
import { to } from '../../lib/i18n/options-messages';
import { TextField } from './fields';

/** A report as the form holds it: what was typed, tags as one comma-separated line. */
export interface ReportForm {
  id: string;
  title: Record<Lang, string>;
  url: string;
  period: Report['period'];
  date: string;
  tags: string;
}

export const emptyReportForm = (): ReportForm => ({
  id: '',
  title: { en: '', fr: '' },
  url: '',
  period: 'monthly',
  date: new Date().toISOString().slice(0, 10),
  tags: '',
});

export const reportToForm = (report: Report): ReportForm => ({
  ...report,
  title: { ...report.title },
  tags: report.tags.join(', '),
});

export function formToReport(form: ReportForm): Report {
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

/** The form for one report; what was typed stays when saving is refused. */
export function ReportFormView(props: {
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
