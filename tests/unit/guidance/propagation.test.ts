import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PACK_ALARM, registerGuidance } from '../../../lib/background/guidance';
import { GUIDANCE_KEY, type GuidanceState, TEAM_KEY } from '../../../lib/guidance/resolved';
import { getActivePack } from '../../../lib/store/packs';
import { SUBSCRIPTION_KEY } from '../../../lib/store/subscription';
import { examplePack } from './fixtures/packs';

function packVersion(version: string): string {
  const pack = examplePack();
  pack.version = version;
  return JSON.stringify(pack);
}

async function stored<T>(key: string): Promise<T | undefined> {
  return (await fakeBrowser.storage.local.get(key))[key] as T | undefined;
}

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  registerGuidance();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('background guidance', () => {
  it('resolves the guidance and schedules the hourly refresh at install', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(async () => expect((await stored<GuidanceState>(GUIDANCE_KEY))?.source).toBe('builtin'));
    expect(await fakeBrowser.alarms.get(PACK_ALARM)).toMatchObject({ periodInMinutes: 60 });
  });

  it('puts a policy pack in force as soon as IT sets it, and hands back when it is withdrawn', async () => {
    await fakeBrowser.storage.managed.set({ pack: packVersion('policy') });
    await vi.waitFor(async () => expect((await stored<GuidanceState>(GUIDANCE_KEY))?.source).toBe('policy'));
    await fakeBrowser.storage.managed.clear();
    await vi.waitFor(async () => expect((await getActivePack()).source).toBe('builtin'));
  });

  it("puts the policy's team back when someone picks another one", async () => {
    await fakeBrowser.storage.managed.set({ team: 'sales' });
    await vi.waitFor(async () => expect(await stored(TEAM_KEY)).toBe('sales'));
    await fakeBrowser.storage.local.set({ [TEAM_KEY]: 'marketing' });
    await vi.waitFor(async () => expect(await stored(TEAM_KEY)).toBe('sales'));
  });

  it('refreshes the subscription when the alarm fires', async () => {
    const fetchMock = vi.fn(async () => new Response(packVersion('remote'), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    await fakeBrowser.storage.local.set({
      [SUBSCRIPTION_KEY]: { url: 'https://packs.acme.example/pack.json' },
    });
    await fakeBrowser.alarms.onAlarm.trigger({
      name: PACK_ALARM,
      scheduledTime: Date.now(),
      persistAcrossSessions: false,
    });
    await vi.waitFor(async () =>
      expect(await getActivePack()).toMatchObject({ source: 'url', pack: { version: 'remote' } }),
    );
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
