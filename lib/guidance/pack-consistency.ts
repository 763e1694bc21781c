import { formatPath, type PackIssue, packIssue } from './pack-errors';
import type { Pack } from './schema';

/**
 * Conventional report ids the built-in rules point to. The built-in pack defines no reports: a team
 * gives its own reports these ids to have the built-in rules link to them. Its own rules may name them
 * too (as long as it keeps the built-in rules); until such a report exists, no link is shown.
 */
export const BUILTIN_REPORT_IDS = [
  'monthly-report',
  'campaign-report',
  'editorial-calendar',
  'network-watch',
];

/** The built-in rules' ids: a team that keeps the built-in rules may give them brief templates. */
export const BUILTIN_RULE_IDS = ['post-now', 'go-viral', 'new-network', 'roi'];

function duplicates(ids: readonly string[], at: (index: number) => PropertyKey[]): PackIssue[] {
  const seen = new Set<string>();
  return ids.flatMap((id, index) => {
    if (!seen.has(id)) {
      seen.add(id);
      return [];
    }
    return [packIssue(formatPath(at(index)), 'duplicate-id', { id })];
  });
}

/** Brief templates name a rule the team has, and their question ids are unique. */
function checkBriefTemplates(team: Pack['teams'][number], t: number): PackIssue[] {
  const rules = new Set([
    ...team.rules.map((rule) => rule.id),
    ...(team.useBuiltinRules ? BUILTIN_RULE_IDS : []),
  ]);
  return Object.entries(team.briefTemplates ?? {}).flatMap(([ruleId, template]) => [
    ...(rules.has(ruleId)
      ? []
      : [packIssue(formatPath(['teams', t, 'briefTemplates', ruleId]), 'unknown-rule', { id: ruleId })]),
    ...duplicates(
      template.questions.map((question) => question.id),
      (index) => ['teams', t, 'briefTemplates', ruleId, 'questions', index, 'id'],
    ),
  ]);
}

/**
 * What the schema alone cannot say: ids unique where they are looked up (teams in the pack; rules
 * and reports within a team; questions within a brief template), every report a rule points to
 * exists for that team, and every brief template is for a rule the team has.
 */
export function checkConsistency(pack: Pack): PackIssue[] {
  const issues = duplicates(
    pack.teams.map((team) => team.id),
    (index) => ['teams', index, 'id'],
  );
  pack.teams.forEach((team, t) => {
    issues.push(
      ...duplicates(
        team.rules.map((rule) => rule.id),
        (index) => ['teams', t, 'rules', index, 'id'],
      ),
      ...duplicates(
        team.reports.map((report) => report.id),
        (index) => ['teams', t, 'reports', index, 'id'],
      ),
    );
    issues.push(...checkBriefTemplates(team, t));
    const known = new Set([
      ...team.reports.map((report) => report.id),
      ...(team.useBuiltinRules ? BUILTIN_REPORT_IDS : []),
    ]);
    team.rules.forEach((rule, r) => {
      rule.reports.forEach((reportId, i) => {
        if (!known.has(reportId)) {
          issues.push(
            packIssue(formatPath(['teams', t, 'rules', r, 'reports', i]), 'unknown-report', { id: reportId }),
          );
        }
      });
    });
  });
  return issues;
}
