import { browser } from 'wxt/browser';
import { compileTeamInSlices } from '../guidance/compile-team';
import {
  COMPILED_KEY,
  guidanceFingerprint,
  type StoredCompiled,
  storedCompiledOf,
} from '../guidance/compiled-store';
import { GUIDANCE_KEY, type GuidanceState, pickTeam, TEAM_KEY } from '../guidance/resolved';

function report(error: unknown): void {
  console.error('Better Brief compiled guidance:', error);
}

/**
 * Compiles the team in force once, here, and stores the compiled form beside the guidance
 * (lib/guidance/compiled-store.ts): pages load it instead of compiling the rules themselves. Nothing
 * is done when the stored form already fits (same rules, same extension version).
 */
export async function storeCompiledGuidance(): Promise<void> {
  const stored = await browser.storage.local.get([GUIDANCE_KEY, TEAM_KEY, COMPILED_KEY]);
  const state = stored[GUIDANCE_KEY] as GuidanceState | undefined;
  if (!state || state.teams.length === 0) return;
  const team = pickTeam(state, stored[TEAM_KEY] as string | undefined);
  const version = browser.runtime.getManifest().version;
  if (
    (stored[COMPILED_KEY] as StoredCompiled | undefined)?.fingerprint === guidanceFingerprint(team, version)
  ) {
    return;
  }
  // In slices: Firefox runs the background on the main thread of the process that also draws the
  // popup and the options page, which one 150 ms compile would freeze (Chromium's worker has a thread
  // of its own). A guidance over the engine's budget throws: pages then compile and report it themselves.
  const compiled = await compileTeamInSlices(team);
  await browser.storage.local.set({ [COMPILED_KEY]: await storedCompiledOf(compiled, version) });
}

/** Keeps the compiled form in step with the guidance: at every worker start (an update may change the engine) and on each change. */
export function registerCompiledGuidance(): void {
  let queue = Promise.resolve();
  const run = (): void => {
    queue = queue.then(storeCompiledGuidance).catch(report);
  };
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && (GUIDANCE_KEY in changes || TEAM_KEY in changes)) run();
  });
  run();
}
