import { BUILTIN_PACK } from '../guidance/builtin';
import { PACK_SCHEMA_URL } from '../guidance/json-schema';
import { type PackIssue, packIssue, packMessage, ROOT_PATH } from '../guidance/pack-errors';
import type { GuidanceState, PackSource } from '../guidance/resolved';
import type { Localized, Pack } from '../guidance/schema';
import { validatePack } from '../guidance/validate';
import { addHistoryEntry, getHistoryEntry, type HistoryEntry, listHistoryEntries } from './history';
import {
  intactLayer,
  LAYER_ORDER,
  type LayerName,
  layerFor,
  type PackLayers,
  readLayers,
  type StoredPack,
  stateFor,
  topLayer,
  writeLayers,
} from './pack-layers';
import { getPolicy, locksFor } from './policy';

export type { PackIssue } from '../guidance/pack-errors';
export type { HistoryEntry } from './history';

export type ApplyResult = { ok: true; state: GuidanceState } | { ok: false; errors: PackIssue[] };

// The options page and the background both change packs; within one of them, run changes one at a time.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Each layer that survived storage intact (a damaged one reads as absent). */
async function intactLayers(): Promise<{ layers: PackLayers; damaged: LayerName[] }> {
  const raw = await readLayers();
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const layers: PackLayers = {};
  const damaged: LayerName[] = [];
  for (const name of LAYER_ORDER) {
    if (record[name] === undefined) continue;
    const stored = intactLayer(record[name]);
    if (stored) layers[name] = stored;
    else damaged.push(name);
  }
  if (raw !== undefined && (typeof raw !== 'object' || raw === null)) damaged.push('local');
  return { layers, damaged };
}

/** Puts the layers in force and records the pack now in force, unless it is the newest entry already. */
async function commit(layers: PackLayers, now = new Date()): Promise<GuidanceState> {
  const state = await writeLayers(layers, now);
  const top = topLayer(layers);
  const pack = top?.stored.pack ?? BUILTIN_PACK;
  const source = top?.stored.source ?? 'builtin';
  const [newest] = await listHistoryEntries();
  if (!newest || newest.source !== source || JSON.stringify(newest.pack) !== JSON.stringify(pack)) {
    await addHistoryEntry(pack, source, now, top?.stored.origin);
  }
  return state;
}

/** The newest history entry of that layer that still has the pack format. */
async function lastGoodEntry(layer: LayerName): Promise<HistoryEntry | undefined> {
  for (const entry of await listHistoryEntries()) {
    if (layerFor(entry.source) !== layer) continue;
    if (intactLayer({ pack: entry.pack, source: entry.source, appliedAt: entry.appliedAt })) return entry;
  }
  return undefined;
}

/** Each damaged layer gets back its last good pack from the history, or is dropped. */
async function recover(layers: PackLayers, damaged: readonly LayerName[]): Promise<Localized> {
  for (const name of damaged) {
    const good = await lastGoodEntry(name);
    if (!good) continue;
    layers[name] = {
      pack: good.pack,
      source: good.source,
      appliedAt: new Date().toISOString(),
      ...(good.origin ? { origin: good.origin } : {}),
    };
  }
  await commit(layers);
  const top = topLayer(layers)?.stored.pack;
  return top
    ? packMessage('stored-corrupt', { name: top.name, version: top.version })
    : packMessage('stored-corrupt-builtin');
}

/**
 * The pack in force and where it came from; the built-in pack when nothing is stored. A damaged stored
 * pack is replaced by the last good one from the history (or the built-in pack), and `notice` says so.
 */
export function getActivePack(): Promise<{ pack: Pack; source: PackSource; notice?: Localized }> {
  return serial(async () => {
    const { layers, damaged } = await intactLayers();
    const notice = damaged.length > 0 ? await recover(layers, damaged) : undefined;
    const top = topLayer(layers);
    const active = top
      ? { pack: top.stored.pack, source: top.stored.source }
      : { pack: BUILTIN_PACK, source: 'builtin' as const };
    return notice ? { ...active, notice } : active;
  });
}

/** Why a change from `source` may not be made now: the policy or a subscription decides. */
async function lockedFor(source: PackSource, layers: PackLayers): Promise<PackIssue | undefined> {
  if (source === 'policy') return undefined;
  if (layers.policy || locksFor(await getPolicy()).pack) return packIssue(ROOT_PATH, 'managed-by-policy');
  if (source !== 'url' && layers.url) {
    return packIssue(ROOT_PATH, 'subscription-in-force', { url: layers.url.origin ?? '' });
  }
  return undefined;
}

function sameStoredPack(stored: StoredPack, pack: Pack, source: PackSource, origin?: string): boolean {
  return (
    stored.source === source &&
    stored.origin === origin &&
    JSON.stringify(stored.pack) === JSON.stringify(pack)
  );
}

async function applyUnserialized(
  input: string | unknown,
  source: PackSource,
  origin?: string,
): Promise<ApplyResult> {
  const { layers } = await intactLayers();
  const locked = await lockedFor(source, layers);
  if (locked) return { ok: false, errors: [locked] };
  const validation = validatePack(input);
  if (!validation.ok) return validation;
  const layer = layerFor(source);
  const now = new Date();
  const current = layer ? layers[layer] : undefined;
  if (
    current &&
    topLayer(layers)?.name === layer &&
    sameStoredPack(current, validation.pack, source, origin)
  ) {
    // Nothing changes (an hourly refresh of an unchanged pack): no write, so tabs do not recompile.
    return { ok: true, state: stateFor(layers, new Date(current.appliedAt)) };
  }
  if (layer) {
    layers[layer] = {
      pack: validation.pack,
      source,
      appliedAt: now.toISOString(),
      ...(origin ? { origin } : {}),
    };
  } else {
    // Going back to the built-in guidance means dropping what was imported locally.
    delete layers.local;
  }
  return { ok: true, state: await commit(layers, now) };
}

/**
 * Validates a pack (JSON text or a parsed value) and, when it passes, puts it in force: saved in the
 * history, resolved into storage.local 'guidance' (open tabs follow through storage.onChanged).
 * A refused pack changes nothing.
 */
export function applyPack(
  input: string | unknown,
  source: PackSource,
  origin?: string,
): Promise<ApplyResult> {
  return serial(() => applyUnserialized(input, source, origin));
}

/** Drops a layer (policy withdrawn, unsubscribed): the next layer down, or the built-in pack, takes over. */
export function removeLayer(layer: LayerName): Promise<GuidanceState> {
  return serial(async () => {
    const { layers } = await intactLayers();
    delete layers[layer];
    return commit(layers);
  });
}

/** Re-resolves what is in force (after an update of the built-in pack, or at startup). */
export function refreshGuidance(): Promise<GuidanceState> {
  return serial(async () => commit((await intactLayers()).layers));
}

/** Every pack that was in force, newest first. */
export function listHistory(): Promise<HistoryEntry[]> {
  return listHistoryEntries();
}

/** Puts an earlier pack back in force, as a local pack (recorded as a new history entry). */
export function rollbackTo(historyId: number): Promise<ApplyResult> {
  return serial(async () => {
    const entry = await getHistoryEntry(historyId);
    if (!entry) return { ok: false, errors: [packIssue(ROOT_PATH, 'history-missing')] };
    const source: PackSource =
      entry.source === 'builtin' || entry.source === 'editor' ? entry.source : 'file';
    return applyUnserialized(entry.pack, source);
  });
}

/** Back to the pack in force before the current one. */
export async function undoLastChange(): Promise<ApplyResult> {
  const [, previous] = await listHistoryEntries();
  if (!previous) return { ok: false, errors: [packIssue(ROOT_PATH, 'nothing-to-undo')] };
  return rollbackTo(previous.id);
}

/** The pack in force as pretty JSON, pointing editors at the JSON Schema. */
export async function exportPack(): Promise<string> {
  const { pack } = await getActivePack();
  const { $schema: _ignored, ...rest } = pack;
  return `${JSON.stringify({ $schema: PACK_SCHEMA_URL, ...rest }, null, 2)}\n`;
}
