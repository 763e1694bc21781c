import { GENERIC_TEMPLATE } from '../brief/templates';
import type { Lang, SlotLists } from '../detect/types';
import type { BriefTemplate, HowWeWork, Localized, Pack, Report, Rule, Team } from './schema';

/**
 * What the content script, popup and try-it page work from: one team's rules with the built-in pack
 * merged in and report ids turned into reports. Computed in the background (or from the built-in pack
 * when nothing is stored) so that the content script never parses or validates a pack.
 */
export interface ResolvedRule {
  id: string;
  title: Localized;
  patterns: Record<Lang, string[]>;
  exceptions: Record<Lang, string[]>;
  why: Localized;
  rewrites: Record<Lang, string[]>;
  reports: Report[];
  /** The first must-match example per language, shown in the popup as "instead of …". Optional: older stored states lack it. */
  sample?: Localized;
  /** Where the rule came from: the built-in pack or the team's own pack. */
  origin: 'builtin' | 'team';
  /** The rule's must-not-match examples, which veto the classifier's hits too. Optional: older stored states lack it. */
  noMatch?: Record<Lang, string[]>;
}

export interface ResolvedTeam {
  id: string;
  name: Localized;
  contact?: Team['contact'];
  rules: ResolvedRule[];
  reports: Report[];
  slots: SlotLists;
  sendNudge: boolean;
  /** Whether the classifier adds reworded requests for the built-in rules (absent in older stored states: on). */
  rewordedRequests?: boolean;
  disabledSites: string[];
  extraSites: string[];
  /**
   * The brief each rule in force asks for, by rule id: the team's template, else the built-in one,
   * else a generic one. Optional: older stored states lack it (lib/brief falls back to the generic one).
   */
  briefTemplates?: Record<string, BriefTemplate>;
  /** What the team tells colleagues about how it works, when it says something. */
  howWeWork?: HowWeWork;
}

export type PackSource = 'builtin' | 'file' | 'editor' | 'url' | 'policy';

/** Stored in storage.local under GUIDANCE_KEY by the background; broadcast by storage.onChanged. */
export interface GuidanceState {
  pack: { id: string; name: string; version: string };
  source: PackSource;
  teams: ResolvedTeam[];
  updatedAt: string;
}

export const GUIDANCE_KEY = 'guidance';
/** The colleague's choice of team, stored per browser (storage.local). */
export const TEAM_KEY = 'teamId';

function mergeSlots(...lists: Record<string, string[]>[]): Record<string, string[]> {
  const merged: Record<string, string[]> = {};
  for (const list of lists) {
    for (const [name, words] of Object.entries(list)) {
      merged[name] = [...new Set([...(merged[name] ?? []), ...words])];
    }
  }
  return merged;
}

function sampleOf(rule: Rule): { sample?: Localized } {
  const en = rule.examples.en.match[0];
  const fr = rule.examples.fr.match[0];
  return en && fr ? { sample: { en, fr } } : {};
}

function resolveRule(rule: Rule, reports: Map<string, Report>, origin: ResolvedRule['origin']): ResolvedRule {
  return {
    id: rule.id,
    title: rule.title,
    patterns: rule.patterns,
    exceptions: rule.exceptions ?? { en: [], fr: [] },
    why: rule.why,
    rewrites: rule.rewrites,
    reports: rule.reports.flatMap((reportId) => reports.get(reportId) ?? []),
    ...sampleOf(rule),
    origin,
    noMatch: { en: rule.examples.en.noMatch, fr: rule.examples.fr.noMatch },
  };
}

/** Merges a team with the built-in pack's default team: team rules override built-in rules of the same id. */
export function resolveTeam(team: Team, builtin: Pack): ResolvedTeam {
  const base = builtin.teams[0]!;
  const useBuiltin = team.useBuiltinRules && team !== base;
  const reports = new Map<string, Report>();
  if (useBuiltin) for (const report of base.reports) reports.set(report.id, report);
  for (const report of team.reports) reports.set(report.id, report);

  const ownIds = new Set(team.rules.map((rule) => rule.id));
  const builtinTemplates = useBuiltin ? base.briefTemplates : undefined;
  const builtinRules = useBuiltin
    ? base.rules.filter((rule) => !ownIds.has(rule.id) && !team.disabledRules.includes(rule.id))
    : [];
  const rules = [
    ...builtinRules.map((rule) => resolveRule(rule, reports, 'builtin')),
    ...team.rules
      .filter((rule) => !team.disabledRules.includes(rule.id))
      .map((rule) => resolveRule(rule, reports, 'team')),
  ];
  const briefTemplates = Object.fromEntries(
    rules.map((rule) => [
      rule.id,
      team.briefTemplates?.[rule.id] ?? builtinTemplates?.[rule.id] ?? GENERIC_TEMPLATE,
    ]),
  );
  return {
    id: team.id,
    name: team.name,
    ...(team.contact ? { contact: team.contact } : {}),
    rules,
    reports: [...reports.values()],
    slots: useBuiltin ? mergeSlots(base.slots, team.slots) : team.slots,
    sendNudge: team.settings.sendNudge,
    rewordedRequests: team.settings.rewordedRequests,
    disabledSites: team.settings.disabledSites,
    extraSites: team.settings.extraSites,
    briefTemplates,
    ...(team.howWeWork ? { howWeWork: team.howWeWork } : {}),
  };
}

export function resolvePack(pack: Pack, builtin: Pack, source: PackSource, now = new Date()): GuidanceState {
  return {
    pack: { id: pack.id, name: pack.name, version: pack.version },
    source,
    teams: pack.teams.map((team) => resolveTeam(team, builtin)),
    updatedAt: now.toISOString(),
  };
}

/** The team a colleague chose, or the first one when the choice no longer exists. */
export function pickTeam(state: GuidanceState, teamId: string | undefined): ResolvedTeam {
  return state.teams.find((team) => team.id === teamId) ?? state.teams[0]!;
}
