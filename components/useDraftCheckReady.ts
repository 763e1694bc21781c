import { useEffect, useState } from 'react';
import { isDraftCheckReady, prepareDraftCheck } from '../lib/check-draft';
import { compiledTeamFromStorage } from '../lib/guidance/compiled-store';
import type { ResolvedTeam } from '../lib/guidance/resolved';

/**
 * Whether `team`'s rules are compiled for checkDraft: the background's compiled form when it fits
 * the team (the guidance in force), else compiled here. Starts the compile (in slices) as soon as the
 * team arrives, before anything is typed, so that the popup and the options page never freeze for it.
 * A compile that fails counts as ready: checkDraft then throws the same error, where it is shown.
 */
export function useDraftCheckReady(team: ResolvedTeam): boolean {
  const [readyTeam, setReadyTeam] = useState<ResolvedTeam | undefined>(undefined);
  useEffect(() => {
    let current = true;
    prepareDraftCheck(team, compiledTeamFromStorage)
      .catch(() => undefined)
      .then(() => current && setReadyTeam(team));
    return () => {
      current = false;
    };
  }, [team]);
  return readyTeam === team || isDraftCheckReady(team);
}
