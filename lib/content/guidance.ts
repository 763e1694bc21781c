import { browser } from 'wxt/browser';
import type { CompiledTeam } from '../guidance/compile-team';
import {
  COMPILED_KEY,
  compiledTeamFromStore,
  guidanceFingerprint,
  type StoredCompiled,
} from '../guidance/compiled-store';
import type { CompileTeam } from '../guidance/compiler-slot';
import {
  GUIDANCE_KEY,
  type GuidanceState,
  pickTeam,
  type ResolvedTeam,
  TEAM_KEY,
} from '../guidance/resolved';
import { GUIDANCE_READ_KEYS, takeEarlyGuidanceRead } from './early-read';

/** The rules in force on this page, compiled once (the same compilation as the popup and the tester). */
export type ActiveGuidance = CompiledTeam;

/** What to use while the background has stored nothing yet (the moments right after install). */
export type FallbackTeam = () => ResolvedTeam;

/** How long a page waits, after a guidance change, for the background's compiled form before compiling itself. */
export const WAIT_FOR_BACKGROUND_MS = 2_000;

/**
 * The team the background resolved and the colleague chose, compiled. The background stores it at
 * install and at each browser start; before that, `fallback` (the built-in guidance) or nothing. The
 * background's compiled form is used when it fits the team (a few milliseconds); else, after waiting
 * up to `waitMs` for it, the rules are compiled here, in slices.
 */
export async function loadGuidance(
  compile: () => Promise<CompileTeam>,
  fallback?: FallbackTeam,
  waitMs = 0,
): Promise<ActiveGuidance | undefined> {
  const early = takeEarlyGuidanceRead();
  const stored = await (early?.stored ?? browser.storage.local.get(GUIDANCE_READ_KEYS));
  const state = stored[GUIDANCE_KEY] as GuidanceState | undefined;
  const teamId = stored[TEAM_KEY] as string | undefined;
  const team = state && state.teams.length > 0 ? pickTeam(state, teamId) : fallback?.();
  if (!team) return undefined;
  const version = browser.runtime.getManifest().version;
  const ready = await compiledTeamFromStore(
    team,
    stored[COMPILED_KEY] as StoredCompiled | undefined,
    version,
    early?.unpacked,
  );
  if (ready) return ready;
  if (waitMs > 0) {
    const arrived = await compiledTeamFromStore(
      team,
      await compiledFromBackground(team, version, waitMs),
      version,
    );
    if (arrived) return arrived;
  }
  return (await compile())(team);
}

/** The background's compiled form for `team` once it is stored, or undefined after `waitMs`. */
function compiledFromBackground(
  team: ResolvedTeam,
  version: string,
  waitMs: number,
): Promise<StoredCompiled | undefined> {
  const fingerprint = guidanceFingerprint(team, version);
  return new Promise((resolve) => {
    const done = (stored: StoredCompiled | undefined): void => {
      clearTimeout(timer);
      browser.storage.onChanged.removeListener(listener);
      resolve(stored);
    };
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
      const stored = changes[COMPILED_KEY]?.newValue as StoredCompiled | undefined;
      if (area === 'local' && stored?.fingerprint === fingerprint) done(stored);
    };
    const timer = setTimeout(() => done(undefined), waitMs);
    browser.storage.onChanged.addListener(listener);
  });
}

export interface WatchGuidanceOptions {
  /**
   * The compiler (content scripts load it from compiler.js; pages import compileTeamInSlices), asked
   * for only when the background's compiled form does not fit.
   */
  compile: () => Promise<CompileTeam>;
  /** Load once right away too. */
  now?: boolean;
  /** How long a change's load waits for the background's compiled form (tests shorten it). */
  waitForBackgroundMs?: number;
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
  { compile, now = false, loading, waitForBackgroundMs = WAIT_FOR_BACKGROUND_MS }: WatchGuidanceOptions,
): () => void {
  let latest = 0;
  const load = () => {
    const ticket = ++latest;
    loading?.(true);
    loadGuidance(compile, fallback, ticket === 1 && now ? 0 : waitForBackgroundMs)
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
