import { browser } from 'wxt/browser';
import { BUILTIN_PACK } from '../guidance/builtin';
import { GUIDANCE_KEY, type GuidanceState, type PackSource, resolvePack } from '../guidance/resolved';
import { type Pack, packSchema } from '../guidance/schema';

/**
 * Where each pack in force came from. Three layers, highest first: the organisation's policy, the
 * subscribed URL, and what the manager imported or edited locally. The highest present layer is in
 * force; removing it (policy withdrawn, unsubscribed) falls back to the next, then to the built-in pack.
 */
export type LayerName = 'policy' | 'url' | 'local';
export const LAYER_ORDER: readonly LayerName[] = ['policy', 'url', 'local'];

export interface StoredPack {
  pack: Pack;
  source: PackSource;
  appliedAt: string;
  /** The address it was fetched from (subscription or policy URL). */
  origin?: string;
}

export type PackLayers = Partial<Record<LayerName, StoredPack>>;

/** storage.local key of the raw packs per layer; GUIDANCE_KEY holds the resolved state tabs use. */
export const LAYERS_KEY = 'packLayers';

export function layerFor(source: PackSource): LayerName | undefined {
  if (source === 'policy') return 'policy';
  if (source === 'url') return 'url';
  if (source === 'file' || source === 'editor') return 'local';
  return undefined;
}

/** The raw stored value: not trusted, it may have been damaged. */
export async function readLayers(): Promise<unknown> {
  return (await browser.storage.local.get(LAYERS_KEY))[LAYERS_KEY];
}

export function topLayer(layers: PackLayers): { name: LayerName; stored: StoredPack } | undefined {
  for (const name of LAYER_ORDER) {
    const stored = layers[name];
    if (stored) return { name, stored };
  }
  return undefined;
}

/** A stored layer whose pack still has the pack format, or undefined for a damaged one. */
export function intactLayer(value: unknown): StoredPack | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const candidate = value as Partial<StoredPack>;
  const parsed = packSchema.safeParse(candidate.pack);
  if (!parsed.success || typeof candidate.source !== 'string' || typeof candidate.appliedAt !== 'string') {
    return undefined;
  }
  return { ...(candidate as StoredPack), pack: parsed.data };
}

/** What is in force for these layers, resolved against the built-in pack. */
export function stateFor(layers: PackLayers, now = new Date()): GuidanceState {
  const top = topLayer(layers);
  return top
    ? resolvePack(top.stored.pack, BUILTIN_PACK, top.stored.source, now)
    : resolvePack(BUILTIN_PACK, BUILTIN_PACK, 'builtin', now);
}

/** Saves the layers and the resolved guidance in one write, so tabs never see one without the other. */
export async function writeLayers(layers: PackLayers, now = new Date()): Promise<GuidanceState> {
  const state = stateFor(layers, now);
  await browser.storage.local.set({ [LAYERS_KEY]: layers, [GUIDANCE_KEY]: state });
  return state;
}
