import { browser } from 'wxt/browser';
import { TEAM_KEY } from '../guidance/resolved';
import { packUrlProblem, refusalMessage, type SubscriptionStatus } from './pack-fetch';
import { intactLayer, readLayers } from './pack-layers';
import { applyPack, removeLayer } from './packs';
import type { ManagedPolicy } from './policy';
import { followPackUrl } from './subscription';

/** storage.local key of the outcome of the last policy check (the options page shows its error). */
export const POLICY_STATUS_KEY = 'policyStatus';

export async function getPolicyStatus(): Promise<SubscriptionStatus> {
  const stored = (await browser.storage.local.get(POLICY_STATUS_KEY))[POLICY_STATUS_KEY] as
    | SubscriptionStatus
    | undefined;
  return stored ?? { url: null };
}

async function hasPolicyLayer(): Promise<boolean> {
  const raw = await readLayers();
  return (
    typeof raw === 'object' &&
    raw !== null &&
    intactLayer((raw as Record<string, unknown>).policy) !== undefined
  );
}

async function packStatus(policy: ManagedPolicy, now: Date): Promise<SubscriptionStatus> {
  if (policy.pack !== undefined) {
    const applied = await applyPack(policy.pack, 'policy');
    const checked = { url: null, lastCheckedAt: now.toISOString() };
    return applied.ok
      ? { ...checked, lastSuccessAt: now.toISOString() }
      : { ...checked, lastError: refusalMessage('policy', applied.errors), lastErrorAt: now.toISOString() };
  }
  const url = policy.packUrl!;
  const problem = packUrlProblem(url);
  if (problem)
    return { url, lastCheckedAt: now.toISOString(), lastError: problem, lastErrorAt: now.toISOString() };
  const previous = await getPolicyStatus();
  return followPackUrl(previous.url === url ? { ...previous, url } : { url }, 'policy', now);
}

/**
 * Puts the organisation's policy in force: its pack (inline or fetched) above every other source, and
 * its team as the colleague's team. A refused or unreachable policy pack keeps what is in force and
 * records why; a withdrawn policy hands back to the subscription, the local pack or the built-in one.
 */
export async function applyPolicy(policy: ManagedPolicy | null, now = new Date()): Promise<void> {
  if (policy?.pack !== undefined || policy?.packUrl !== undefined) {
    await browser.storage.local.set({ [POLICY_STATUS_KEY]: await packStatus(policy, now) });
  } else {
    await browser.storage.local.remove(POLICY_STATUS_KEY);
    if (await hasPolicyLayer()) await removeLayer('policy');
  }
  await applyPolicyTeam(policy);
}

/** The policy's team as the colleague's team (written only when it differs, to avoid a change loop). */
export async function applyPolicyTeam(policy: ManagedPolicy | null): Promise<void> {
  if (!policy?.team) return;
  const stored = (await browser.storage.local.get(TEAM_KEY))[TEAM_KEY];
  if (stored !== policy.team) await browser.storage.local.set({ [TEAM_KEY]: policy.team });
}
