import { browser } from 'wxt/browser';
import { TEAM_KEY } from '../guidance/resolved';
import { refreshGuidance } from '../store/packs';
import { getPolicy } from '../store/policy';
import { applyPolicy, applyPolicyTeam } from '../store/policy-pack';
import { refreshSubscription } from '../store/subscription';

export const PACK_ALARM = 'pack-refresh';
/** How often subscribed and policy pack addresses are checked; conditional requests keep it cheap. */
export const PACK_REFRESH_MINUTES = 60;

function report(error: unknown): void {
  console.error('Better Brief guidance:', error);
}

/** Re-resolves what is in force (the built-in pack may have changed with an update), then the policy. */
export async function resolveAtStartup(): Promise<void> {
  await refreshGuidance();
  await applyPolicy(await getPolicy());
}

/** The hourly check of the subscription and of the policy's pack address. */
export async function refreshPackSources(): Promise<void> {
  await refreshSubscription();
  const policy = await getPolicy();
  if (policy?.packUrl && !policy.pack) await applyPolicy(policy);
}

/**
 * Keeps the guidance in force up to date from the background: at install and browser start, when IT
 * changes the policy, every hour for pack addresses, and keeps a policy's team fixed.
 */
export function registerGuidance(): void {
  const startup = () => {
    void browser.alarms.create(PACK_ALARM, { periodInMinutes: PACK_REFRESH_MINUTES, delayInMinutes: 1 });
    resolveAtStartup().catch(report);
  };
  browser.runtime.onInstalled.addListener(startup);
  browser.runtime.onStartup.addListener(startup);

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PACK_ALARM) refreshPackSources().catch(report);
  });

  // Some browsers have no managed storage area at all (Firefox without a policy manifest behind it).
  browser.storage.managed?.onChanged?.addListener(() => {
    getPolicy().then(applyPolicy).catch(report);
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && TEAM_KEY in changes) {
      // A policy's team is not the colleague's to change: put it back.
      getPolicy().then(applyPolicyTeam).catch(report);
    }
  });
}
