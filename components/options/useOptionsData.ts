import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { GUIDANCE_KEY, type PackSource, TEAM_KEY } from '../../lib/guidance/resolved';
import type { Localized, Pack } from '../../lib/guidance/schema';
import { getActivePack, type HistoryEntry, listHistory } from '../../lib/store/packs';
import { locksToShow, POLICY_COPY_KEY, type PolicyLocks } from '../../lib/store/policy';
import { getSubscription, SUBSCRIPTION_KEY, type SubscriptionStatus } from '../../lib/store/subscription';

/** Everything the options page shows about the guidance in force, read from the store. */
export interface OptionsData {
  pack: Pack;
  source: PackSource;
  /** Set when the stored guidance was damaged and an earlier pack was put back. */
  notice?: Localized;
  locks: PolicyLocks;
  subscription: SubscriptionStatus;
  history: HistoryEntry[];
  /** The colleague's own team choice on this browser (storage.local 'teamId'). */
  teamId?: string;
}

async function readOptionsData(): Promise<OptionsData> {
  const [active, locks, subscription, history, stored] = await Promise.all([
    getActivePack(),
    locksToShow(),
    getSubscription(),
    listHistory(),
    browser.storage.local.get(TEAM_KEY),
  ]);
  const teamId = stored[TEAM_KEY];
  return {
    ...active,
    locks,
    subscription,
    history,
    ...(typeof teamId === 'string' ? { teamId } : {}),
  };
}

/**
 * Loads the page's data and reloads it whenever the guidance, the subscription or the team choice
 * changes, whoever changed it (this page, the background's hourly refresh, a policy update).
 */
export function useOptionsData(): { data: OptionsData | undefined; reload: () => Promise<void> } {
  const [data, setData] = useState<OptionsData>();

  const reload = useCallback(async () => {
    setData(await readOptionsData());
  }, []);

  useEffect(() => {
    let open = true;
    const load = () =>
      void readOptionsData().then((next) => {
        if (open) setData(next);
      });
    load();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'managed') load();
      if (area !== 'local') return;
      // POLICY_COPY_KEY: the live policy, when it answered after the page showed the copy and differs.
      if (
        GUIDANCE_KEY in changes ||
        SUBSCRIPTION_KEY in changes ||
        TEAM_KEY in changes ||
        POLICY_COPY_KEY in changes
      ) {
        load();
      }
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      open = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);

  return { data, reload };
}
