import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import {
  GUIDANCE_KEY,
  type GuidanceState,
  pickTeam,
  type ResolvedTeam,
  resolveTeam,
  TEAM_KEY,
} from '../../lib/guidance/resolved';
import { getPolicyToShow, POLICY_COPY_KEY } from '../../lib/store/policy';

/**
 * What a fresh install works from before the background stored anything: the built-in pack's team.
 * Imported only then: the pack is a fifth of the popup's code, and storage holds it resolved.
 */
async function builtinTeams(): Promise<ResolvedTeam[]> {
  const { BUILTIN_PACK } = await import('../../lib/guidance/builtin');
  return [resolveTeam(BUILTIN_PACK.teams[0]!, BUILTIN_PACK)];
}

export interface Guidance {
  teams: ResolvedTeam[];
  team: ResolvedTeam;
  chooseTeam: (teamId: string) => void;
  /** The organisation's policy sets the team: the colleague cannot switch it. */
  teamLocked: boolean;
}

async function teamsOf(stored: unknown): Promise<ResolvedTeam[]> {
  const state = stored as GuidanceState | undefined;
  return state && Array.isArray(state.teams) && state.teams.length > 0 ? state.teams : builtinTeams();
}

/**
 * The guidance the content script uses (storage.local 'guidance', the built-in pack when absent)
 * and the colleague's team; follows changes made by the background or the options page while open.
 */
export function useGuidance(): Guidance | undefined {
  const [teams, setTeams] = useState<ResolvedTeam[]>();
  const [teamId, setTeamId] = useState<string>();
  const [policyTeam, setPolicyTeam] = useState<string>();

  useEffect(() => {
    let open = true;
    const load = () =>
      void getPolicyToShow().then((policy) => {
        if (open) setPolicyTeam(policy?.team);
      });
    load();
    // The live policy, when it answers after the copy was shown and differs from it.
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && POLICY_COPY_KEY in changes) load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      open = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);

  useEffect(() => {
    let open = true;
    // The built-in fallback arrives after an import: a later guidance must not be overwritten by it.
    let latest = 0;
    const showTeams = (stored: unknown): void => {
      const ticket = ++latest;
      void teamsOf(stored).then((teams) => open && ticket === latest && setTeams(teams));
    };
    void browser.storage.local.get([GUIDANCE_KEY, TEAM_KEY]).then((stored) => {
      if (!open) return;
      showTeams(stored[GUIDANCE_KEY]);
      setTeamId(typeof stored[TEAM_KEY] === 'string' ? stored[TEAM_KEY] : undefined);
    });
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local') return;
      if (GUIDANCE_KEY in changes) showTeams(changes[GUIDANCE_KEY]?.newValue);
      if (TEAM_KEY in changes) {
        const next = changes[TEAM_KEY]?.newValue;
        setTeamId(typeof next === 'string' ? next : undefined);
      }
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      open = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);

  const chooseTeam = useCallback((id: string) => {
    setTeamId(id);
    void browser.storage.local.set({ [TEAM_KEY]: id });
  }, []);

  if (!teams) return undefined;
  // The policy's team wins even before the background has written it back to storage.
  const team = pickTeam({ teams } as GuidanceState, policyTeam ?? teamId);
  return { teams, team, chooseTeam, teamLocked: policyTeam !== undefined };
}
