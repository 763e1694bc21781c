import type { Lang } from '../../lib/detect/types';
import { BUILTIN_REPORT_IDS } from '../../lib/guidance/pack-consistency';
import type { Team } from '../../lib/guidance/schema';
import { to } from '../../lib/i18n/options-messages';

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

/** One checkbox per report the rule may link to. */
export function RuleReportLinks(props: {
  team: Team;
  chosen: readonly string[];
  lang: Lang;
  onChange: (reports: string[]) => void;
}) {
  const { chosen, lang } = props;
  const reports = linkableReports(props.team);
  return (
    <fieldset className="bb-checks">
      <legend>{to(lang, 'reportLinks')}</legend>
      {reports.length === 0 && <p className="bb-hint">{to(lang, 'noReportsToLink')}</p>}
      {reports.map((report) => (
        <label key={report.id} className="bb-check">
          <input
            type="checkbox"
            data-bb="rule-report"
            value={report.id}
            checked={chosen.includes(report.id)}
            onChange={(event) =>
              props.onChange(
                event.target.checked ? [...chosen, report.id] : chosen.filter((id) => id !== report.id),
              )
            }
          />
          <span>{report.label(lang)}</span>
        </label>
      ))}
    </fieldset>
  );
}
