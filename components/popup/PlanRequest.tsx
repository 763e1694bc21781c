import { type MouseEvent, useId, useMemo, useState } from 'react';
import { type BriefAnswers, briefForDisplay, composeBrief, missingAnswers } from '../../lib/brief/compose';
import { plainAddressOf, requestMailUrl } from '../../lib/brief/mail';
import { prefillBrief } from '../../lib/brief/prefill';
import { briefSubject, briefTemplateFor } from '../../lib/brief/templates';
import type { Lang } from '../../lib/detect/types';
import type { ResolvedTeam } from '../../lib/guidance/resolved';
import { tp } from '../../lib/i18n/popup-messages';
import { currentReports } from '../../lib/reports/current';
import { BriefFields } from './BriefFields';

type Status =
  | { kind: 'idle' }
  | { kind: 'copied' }
  | { kind: 'copy-failed' }
  | { kind: 'missing'; labels: string };

/**
 * The brief builder without a draft: pick the kind of request, answer the questions, then copy the
 * brief or open an email to the team's contact with it. Answers live in this component only.
 */
export function PlanRequest(props: {
  team: ResolvedTeam;
  lang: Lang;
  now: () => Date;
  /** A brief was copied or sent (counted once per text: no text is kept). */
  onBriefWritten: (ruleId: string) => void;
}) {
  const { team, lang } = props;
  const selectId = useId();
  const [ruleId, setRuleId] = useState(team.rules[0]?.id ?? '');
  const [edited, setEdited] = useState<Record<string, BriefAnswers>>({});
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [counted, setCounted] = useState('');
  const rule = team.rules.find((each) => each.id === ruleId) ?? team.rules[0];
  const template = briefTemplateFor(team.briefTemplates, rule?.id ?? '');
  const prefilled = useMemo(() => {
    const now = props.now();
    // The rule's own reports first, else the team's current ones: the ROI brief points at one.
    const reports = rule?.reports.length ? rule.reports : currentReports(team.reports, now);
    return prefillBrief(template, undefined, { lang, now, reports });
  }, [template, lang, rule, team.reports, props.now]);
  if (!rule) return null;
  const answers = edited[rule.id] ?? prefilled;
  const brief = composeBrief(template, answers, lang, 'lines');
  const mail = requestMailUrl(team.contact?.link, briefSubject(template, rule.title, lang), brief);
  const address = plainAddressOf(team.contact?.link);

  /** Required answers first; then the brief counts as written, once per text. */
  const ready = (): boolean => {
    const missing = missingAnswers(template, answers);
    if (missing.length > 0) {
      setStatus({ kind: 'missing', labels: missing.map((question) => question.label[lang]).join(', ') });
      document.querySelector<HTMLElement>(`[data-bb="plan"] [data-field="${missing[0]!.id}"]`)?.focus();
      return false;
    }
    if (counted !== brief) {
      setCounted(brief);
      props.onBriefWritten(rule.id);
    }
    return true;
  };

  const copy = async () => {
    if (!ready()) return;
    try {
      await navigator.clipboard.writeText(brief);
      setStatus({ kind: 'copied' });
    } catch {
      setStatus({ kind: 'copy-failed' });
    }
  };
  const open = (event: MouseEvent) => {
    if (!ready()) event.preventDefault();
  };

  return (
    <div className="bb-plan">
      <p className="bb-muted">{tp(lang, 'planIntro')}</p>
      <label htmlFor={selectId}>{tp(lang, 'planRule')}</label>
      <select
        id={selectId}
        data-bb="plan-rule"
        value={rule.id}
        onChange={(event) => {
          setRuleId(event.target.value);
          setStatus({ kind: 'idle' });
        }}
      >
        {team.rules.map((each) => (
          <option key={each.id} value={each.id}>
            {each.title[lang]}
          </option>
        ))}
      </select>
      <p className="bb-muted bb-small">{tp(lang, 'planHint')}</p>
      <BriefFields
        template={template}
        answers={answers}
        lang={lang}
        onChange={(id, value) => {
          setEdited({ ...edited, [rule.id]: { ...answers, [id]: value } });
          setStatus({ kind: 'idle' });
        }}
      />
      <p className="bb-subheading">{tp(lang, 'planPreview')}</p>
      <p className="bb-brief-preview" data-bb="plan-preview">
        {briefForDisplay(brief, lang)}
      </p>
      <div className="bb-row">
        <button type="button" className="bb-button bb-button--primary" data-bb="plan-copy" onClick={copy}>
          {tp(lang, 'planCopy')}
        </button>
        <a
          className="bb-button"
          data-bb="plan-open-gmail"
          href={mail.url}
          target="_blank"
          rel="noopener noreferrer"
          onClick={open}
        >
          {tp(lang, mail.via === 'gmail' ? 'planOpenGmail' : 'planOpenMail')}
        </a>
        {address && team.contact && (
          <span className="bb-muted bb-small">{tp(lang, 'planTo', { name: team.contact.name })}</span>
        )}
      </div>
      <p className={status.kind === 'missing' ? 'bb-error' : 'bb-muted'} role="status" data-bb="plan-status">
        {status.kind === 'copied' && tp(lang, 'copied')}
        {status.kind === 'copy-failed' && tp(lang, 'copyFailed')}
        {status.kind === 'missing' && tp(lang, 'planMissing', { labels: status.labels })}
      </p>
    </div>
  );
}
