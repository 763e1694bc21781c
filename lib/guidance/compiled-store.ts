/**
 * The guidance in force, compiled once by the background and kept in storage.local beside it, so that
 * a page, the popup or the options page loads it in a few milliseconds instead of compiling it again
 * (about 150 ms of work with the built-in rules). A stored form is used only for the very rules it was
 * compiled from: its fingerprint names the rules, patterns, slot lists, format and extension version.
 */
import { browser } from 'wxt/browser';
import {
  loadSerialisedGuidance,
  SERIAL_FORMAT,
  type SerialisedAutomaton,
  serialiseGuidance,
} from '../detect/index';
import type { CompiledTeam } from './compile-team';
import { compiledTeamOf } from './compiled-team';
import type { ResolvedTeam } from './resolved';

/** storage.local key of the compiled guidance (StoredCompiled). */
export const COMPILED_KEY = 'compiledGuidance';

export interface StoredCompiled {
  fingerprint: string;
  /** Rules left out because a pattern of theirs does not compile. */
  skipped: string[];
  form: SerialisedAutomaton;
}

/** FNV-1a, twice with different seeds: 64 bits, enough to tell two guidances apart. */
function hash(text: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** What a compiled form depends on: the team's rules and slot lists, the engine's format, the build. */
export function guidanceFingerprint(team: ResolvedTeam, version: string): string {
  const source = JSON.stringify([
    SERIAL_FORMAT,
    version,
    team.rules.map((rule) => [rule.id, rule.patterns, rule.exceptions]),
    team.slots,
  ]);
  return `${hash(source, 0x811c9dc5)}${hash(source, 0x2545f491)}`;
}

/** The compiled form of a team, for storage (background). */
export async function storedCompiledOf(compiled: CompiledTeam, version: string): Promise<StoredCompiled> {
  return {
    fingerprint: guidanceFingerprint(compiled.team, version),
    skipped: [...compiled.skipped],
    form: await serialiseGuidance(compiled.patterns),
  };
}

/**
 * The team compiled, from its stored form when that form was made from these very rules; undefined
 * when it was not (another pack, an older version), or cannot be read: then the caller compiles.
 * `unpacked`: the stored form's data already un-gzipped (a page's early read), else done here.
 */
export async function compiledTeamFromStore(
  team: ResolvedTeam,
  stored: StoredCompiled | undefined,
  version: string,
  unpacked?: Promise<Uint8Array>,
): Promise<CompiledTeam | undefined> {
  if (!stored || stored.fingerprint !== guidanceFingerprint(team, version)) return undefined;
  const rules = team.rules.filter((rule) => !stored.skipped.includes(rule.id));
  try {
    const patterns = await loadSerialisedGuidance(stored.form, rules, unpacked);
    return compiledTeamOf(team, rules, [...stored.skipped], patterns);
  } catch (error) {
    console.warn('Better Brief: stored compiled guidance not usable', error);
    return undefined;
  }
}

/** compiledTeamFromStore with what storage.local holds now (the popup and the options page). */
export async function compiledTeamFromStorage(team: ResolvedTeam): Promise<CompiledTeam | undefined> {
  const stored = await browser.storage.local.get(COMPILED_KEY);
  return compiledTeamFromStore(
    team,
    stored[COMPILED_KEY] as StoredCompiled | undefined,
    browser.runtime.getManifest().version,
  );
}
