import { BUILTIN_RULE_IDS } from '../../lib/guidance/pack-consistency';
import type {
  BriefTemplate,
  HowWeWork,
  Localized,
  Pack,
  Report,
  Rule,
  Team,
} from '../../lib/guidance/schema';

/**
 * Pure edits of a pack: each returns a new pack (or team) and never touches the one it was given,
 * so a refused change leaves the page's copy exactly as it was.
 */

export function emptyTeam(id: string, name: Localized): Team {
  return {
    id,
    name,
    useBuiltinRules: true,
    disabledRules: [],
    rules: [],
    reports: [],
    slots: {},
    settings: { sendNudge: true, rewordedRequests: true, disabledSites: [], extraSites: [] },
  };
}

/**
 * What the editor starts from while the built-in guidance is in force: a pack of the manager's own
 * with one team that keeps the built-in rules, so that editing never copies the built-in rules twice.
 */
export function starterPack(name: string, everyone: Localized, today = new Date()): Pack {
  return {
    schemaVersion: 1,
    id: 'team-guidance',
    name,
    version: today.toISOString().slice(0, 10),
    teams: [emptyTeam('everyone', everyone)],
  };
}

export function replaceTeam(pack: Pack, index: number, team: Team): Pack {
  return { ...pack, teams: pack.teams.map((current, i) => (i === index ? team : current)) };
}

export function addTeam(pack: Pack, id: string, name: Localized): Pack {
  return { ...pack, teams: [...pack.teams, emptyTeam(id, name)] };
}

export function removeTeam(pack: Pack, index: number): Pack {
  return { ...pack, teams: pack.teams.filter((_, i) => i !== index) };
}

/** A team id free in this pack, made from what the manager typed ("Sales" → "sales", "sales-2"). */
export function freeTeamId(pack: Pack, wanted: string): string {
  const base =
    wanted
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 56) || 'team';
  const taken = new Set(pack.teams.map((team) => team.id));
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

/**
 * Keeps or drops the built-in rules. Dropping them drops the team's briefs for built-in rules it has
 * no rule of its own for: those would name a rule the team no longer has, and the pack be refused.
 */
export function setUseBuiltinRules(team: Team, on: boolean): Team {
  const ownIds = new Set(team.rules.map((rule) => rule.id));
  const orphans = on ? [] : BUILTIN_RULE_IDS.filter((id) => !ownIds.has(id));
  const kept = orphans.reduce((current, id) => setBriefTemplate(current, id, undefined), team);
  return { ...kept, useBuiltinRules: on };
}

export function setBuiltinRule(team: Team, ruleId: string, on: boolean): Team {
  const others = team.disabledRules.filter((id) => id !== ruleId);
  return { ...team, disabledRules: on ? others : [...others, ruleId] };
}

/** Copies a built-in rule into the team's rules, where a rule of the same id overrides the built-in one. */
export function overrideRule(team: Team, builtin: Rule): Team {
  if (team.rules.some((rule) => rule.id === builtin.id)) return team;
  return { ...team, rules: [...team.rules, structuredClone(builtin)] };
}

/** Puts a rule in place of the one that had `previousId` (renames included), or adds it. */
export function saveRule(team: Team, rule: Rule, previousId?: string): Team {
  const at = team.rules.findIndex((current) => current.id === (previousId ?? rule.id));
  const rules =
    at === -1 ? [...team.rules, rule] : team.rules.map((current, i) => (i === at ? rule : current));
  // A renamed rule keeps its brief template.
  const template = previousId && previousId !== rule.id ? team.briefTemplates?.[previousId] : undefined;
  const renamed = template
    ? setBriefTemplate(setBriefTemplate(team, previousId!, undefined), rule.id, template)
    : team;
  return { ...renamed, rules };
}

/** Removes a rule and its brief template, which would otherwise make the pack refused. */
export function removeRule(team: Team, ruleId: string): Team {
  const rules = team.rules.filter((rule) => rule.id !== ruleId);
  // A built-in rule's id keeps its template while the team keeps the built-in rules.
  if (team.useBuiltinRules && BUILTIN_RULE_IDS.includes(ruleId)) return { ...team, rules };
  return { ...setBriefTemplate(team, ruleId, undefined), rules };
}

/** Sets the brief a rule asks for, or (undefined) goes back to the built-in or generic one. */
export function setBriefTemplate(team: Team, ruleId: string, template: BriefTemplate | undefined): Team {
  const { [ruleId]: _previous, ...others } = team.briefTemplates ?? {};
  const briefTemplates = template ? { ...others, [ruleId]: template } : others;
  const { briefTemplates: _all, ...rest } = team;
  return Object.keys(briefTemplates).length > 0 ? { ...rest, briefTemplates } : rest;
}

/** Sets what the team says about how it works, or removes it. */
export function setHowWeWork(team: Team, howWeWork: HowWeWork | undefined): Team {
  const { howWeWork: _previous, ...rest } = team;
  return howWeWork ? { ...rest, howWeWork } : rest;
}

export function saveReport(team: Team, report: Report, previousId?: string): Team {
  const at = team.reports.findIndex((current) => current.id === (previousId ?? report.id));
  const reports =
    at === -1 ? [...team.reports, report] : team.reports.map((current, i) => (i === at ? report : current));
  // A renamed report keeps its links from the team's rules.
  const rules =
    previousId && previousId !== report.id
      ? team.rules.map((rule) => ({
          ...rule,
          reports: rule.reports.map((id) => (id === previousId ? report.id : id)),
        }))
      : team.rules;
  return { ...team, reports, rules };
}

/** Removes a report and the links to it, which would otherwise make the pack refused. */
export function removeReport(team: Team, reportId: string): Team {
  return {
    ...team,
    reports: team.reports.filter((report) => report.id !== reportId),
    rules: team.rules.map((rule) => ({ ...rule, reports: rule.reports.filter((id) => id !== reportId) })),
  };
}

export function setSettings(team: Team, settings: Partial<Team['settings']>): Team {
  return { ...team, settings: { ...team.settings, ...settings } };
}

/** Sets who colleagues can ask, or removes the contact. */
export function setContact(team: Team, contact: Team['contact']): Team {
  const { contact: _previous, ...rest } = team;
  return contact ? { ...rest, contact } : rest;
}
