import { browser } from 'wxt/browser';
import type { CompiledTeam } from '../guidance/compile-team';
import type { CompileTeam } from '../guidance/compiler-slot';
import {
  GUIDANCE_KEY,
  type GuidanceState,
  pickTeam,
  type ResolvedTeam,
  TEAM_KEY,
} from '../guidance/resolved';

/** The rules in force on this page, compiled once (the same compilation as the popup and the tester). */
export type ActiveGuidance = CompiledTeam;

/** What to use while the background has stored nothing yet (the moments right after install). */
export type FallbackTeam = () => ResolvedTeam;

/**
 * The team the background resolved and the colleague chose. The background stores it at install and
 * at each browser start; before that, `fallback` (the built-in guidance) or nothing.
 */
export async function loadGuidance(
  compile: CompileTeam,
  fallback?: FallbackTeam,
): Promise<ActiveGuidance | undefined> {
  const stored = await browser.storage.local.get([GUIDANCE_KEY, TEAM_KEY]);
  const state = stored[GUIDANCE_KEY] as GuidanceState | undefined;
  const teamId = stored[TEAM_KEY] as string | undefined;
  const team = state && state.teams.length > 0 ? pickTeam(state, teamId) : fallback?.();
  // Compiled in slices: a large guidance takes ~100 ms, which must not freeze the page at once.
  return team ? compile(team) : undefined;
}

export interface WatchGuidanceOptions {
  /** The compiler (content scripts load it from compiler.js; pages import compileTeamInSlices). */
  compile: () => Promise<CompileTeam>;
  /** Load once right away too. */
  now?: boolean;
  /** Told true when a load starts, false once the latest load has ended (after its onGuidance call). */
  loading?: (loading: boolean) => void;
}

/**
 * Calls back with freshly compiled guidance whenever the background stores a new pack or team choice,
 * and with `{ now: true }` also once right away. Compiles take several tasks, so loads may finish out of
 * order: a result is applied only if no later load has started since, whichever started it.
 */
export function watchGuidance(
  onGuidance: (guidance: ActiveGuidance) => void,
  fallback: FallbackTeam | undefined,
  { compile, now = false, loading }: WatchGuidanceOptions,
): () => void {
  let latest = 0;
  const load = () => {
    const ticket = ++latest;
    loading?.(true);
    compile()
      .then((compileTeam) => loadGuidance(compileTeam, fallback))
      .then(
        (guidance) => guidance && ticket === latest && onGuidance(guidance),
        (error: unknown) => console.warn('Better Brief: no guidance', error),
      )
      .finally(() => ticket === latest && loading?.(false));
  };
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (GUIDANCE_KEY in changes || TEAM_KEY in changes)) load();
  };
  browser.storage.onChanged.addListener(listener);
  if (now) load();
  return () => browser.storage.onChanged.removeListener(listener);
}
