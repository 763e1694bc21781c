import { browser } from 'wxt/browser';
import { packMessage } from '../guidance/pack-errors';
import type { PackSource } from '../guidance/resolved';
import type { Localized } from '../guidance/schema';
import { fetchPack, packUrlProblem, refusalMessage, type SubscriptionStatus } from './pack-fetch';
import { intactLayer, type LayerName, readLayers } from './pack-layers';
import { applyPack, removeLayer } from './packs';
import { getPolicy, locksFor } from './policy';

export type { SubscriptionStatus } from './pack-fetch';
export { packUrlProblem } from './pack-fetch';

/** storage.local key of the subscription's address and the outcome of its last check. */
export const SUBSCRIPTION_KEY = 'subscription';

/** A change the extension refuses, with the reason in both languages for the page to show. */
export class PackChangeRefused extends Error {
  constructor(readonly reason: Localized) {
    super(reason.en);
    this.name = 'PackChangeRefused';
  }
}

export async function getSubscription(): Promise<SubscriptionStatus> {
  const stored = (await browser.storage.local.get(SUBSCRIPTION_KEY))[SUBSCRIPTION_KEY] as
    | SubscriptionStatus
    | undefined;
  return stored && (typeof stored.url === 'string' || stored.url === null) ? stored : { url: null };
}

async function saveSubscription(status: SubscriptionStatus): Promise<void> {
  await browser.storage.local.set({ [SUBSCRIPTION_KEY]: status });
}

/** Whether the pack in `layer` still is the one fetched from `url` (then its validators apply). */
async function layerHolds(layer: LayerName, url: string): Promise<boolean> {
  const raw = await readLayers();
  const stored =
    typeof raw === 'object' && raw !== null
      ? intactLayer((raw as Record<string, unknown>)[layer])
      : undefined;
  return stored?.origin === url;
}

/**
 * Checks one pack address and puts a new pack in force when it changed. Whatever goes wrong
 * (network, HTTP error, refused pack) keeps the pack in force and records the error and its time.
 */
export async function followPackUrl(
  status: SubscriptionStatus & { url: string },
  source: Extract<PackSource, 'url' | 'policy'>,
  now = new Date(),
): Promise<SubscriptionStatus> {
  const layer: LayerName = source === 'url' ? 'url' : 'policy';
  const current = await layerHolds(layer, status.url);
  const outcome = await fetchPack(status.url, current ? status : {});
  const checked = { ...status, lastCheckedAt: now.toISOString() };
  if (outcome.kind === 'failed')
    return { ...checked, lastError: outcome.error, lastErrorAt: now.toISOString() };
  const success = { ...checked, lastSuccessAt: now.toISOString() };
  delete success.lastError;
  delete success.lastErrorAt;
  if (outcome.kind === 'not-modified') return success;

  const applied = await applyPack(outcome.text, source, status.url);
  if (!applied.ok) {
    return {
      ...checked,
      lastError: refusalMessage(status.url, applied.errors),
      lastErrorAt: now.toISOString(),
    };
  }
  const { etag: _etag, lastModified: _lastModified, ...rest } = success;
  return {
    ...rest,
    ...(outcome.etag ? { etag: outcome.etag } : {}),
    ...(outcome.lastModified ? { lastModified: outcome.lastModified } : {}),
  };
}

/** Fetches the subscribed pack now (the background also does so every hour). */
export async function refreshSubscription(): Promise<SubscriptionStatus> {
  const status = await getSubscription();
  if (!status.url) return status;
  const next = await followPackUrl({ ...status, url: status.url }, 'url');
  // The manager may have unsubscribed while the request ran: do not resurrect the old address.
  if ((await getSubscription()).url !== status.url) return getSubscription();
  await saveSubscription(next);
  return next;
}

/**
 * Subscribes to an HTTPS pack address (and fetches it at once), or unsubscribes with null, which
 * falls back to the last local pack or the built-in one. The page asks for the host permission in its
 * click handler first: a permission prompt needs the user's gesture. Throws PackChangeRefused for an
 * address that is not HTTPS or when the organisation's policy sets the pack.
 */
export async function setSubscription(url: string | null): Promise<SubscriptionStatus> {
  if (locksFor(await getPolicy()).subscription) throw new PackChangeRefused(packMessage('managed-by-policy'));
  if (url === null) {
    await saveSubscription({ url: null });
    await removeLayer('url');
    return { url: null };
  }
  const trimmed = url.trim();
  const problem = packUrlProblem(trimmed);
  if (problem) throw new PackChangeRefused(problem);
  await saveSubscription({ url: trimmed });
  return refreshSubscription();
}
