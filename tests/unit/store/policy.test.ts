import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TEAM_KEY } from '../../../lib/guidance/resolved';
import { applyPack, getActivePack } from '../../../lib/store/packs';
import { getPolicy, getPolicyToShow, isLocked, POLICY_COPY_KEY, readPolicy } from '../../../lib/store/policy';
import { applyPolicy, getPolicyStatus } from '../../../lib/store/policy-pack';
import { examplePack } from '../guidance/fixtures/packs';
import { freshProfile } from './reset';

function packVersion(version: string): string {
  const pack = examplePack();
  pack.version = version;
  return JSON.stringify(pack);
}

beforeEach(freshProfile);
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('reading the policy', () => {
  it('is null when nothing is set, or when the browser has no managed storage', async () => {
    expect(await getPolicy()).toBeNull();
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(
      new Error('Managed storage manifest not found'),
    );
    expect(await getPolicy()).toBeNull();
    expect(await isLocked()).toEqual({ managed: false, pack: false, subscription: false, team: false });
  });

  it("shows the last policy read at once while Chrome's managed storage is slow to answer, then the live one", async () => {
    await fakeBrowser.storage.managed.set({ team: 'sales' });
    // The background's read at browser start leaves a copy.
    expect(await getPolicy()).toEqual({ team: 'sales' });
    expect((await fakeBrowser.storage.local.get(POLICY_COPY_KEY))[POLICY_COPY_KEY]).toEqual({
      policy: { team: 'sales' },
    });

    // IT changed the policy meanwhile, and managed storage takes seconds to say so.
    await fakeBrowser.storage.managed.set({ team: 'marketing' });
    let answer: (value: Record<string, unknown>) => void = () => undefined;
    const slow = new Promise<Record<string, unknown>>((resolve) => {
      answer = resolve;
    });
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValueOnce(slow as never);
    const copyChanged = new Promise<unknown>((resolve) =>
      fakeBrowser.storage.onChanged.addListener((changes) => {
        if (POLICY_COPY_KEY in changes) resolve(changes[POLICY_COPY_KEY]!.newValue);
      }),
    );
    expect(await getPolicyToShow()).toEqual({ team: 'sales' });
    answer({ team: 'marketing' });
    // Pages listening to the copy learn the live policy.
    expect(await copyChanged).toEqual({ policy: { team: 'marketing' } });
    expect(await getPolicyToShow()).toEqual({ team: 'marketing' });
  });

  it('waits for the live policy when there is no copy yet (the first start)', async () => {
    await fakeBrowser.storage.managed.set({ packUrl: 'https://it.acme.example/pack.json' });
    expect(await getPolicyToShow()).toEqual({ packUrl: 'https://it.acme.example/pack.json' });
  });

  it('keeps only well-typed, non-empty settings', () => {
    expect(readPolicy({ pack: 42, packUrl: '  ', team: 'sales', other: true })).toEqual({ team: 'sales' });
    expect(readPolicy({ pack: '' })).toBeNull();
  });

  it('locks what the policy sets', async () => {
    await fakeBrowser.storage.managed.set({ team: 'sales' });
    expect(await isLocked()).toEqual({
      managed: true,
      pack: false,
      subscription: false,
      team: true,
      teamId: 'sales',
    });
    await fakeBrowser.storage.managed.set({ packUrl: 'https://it.acme.example/pack.json' });
    expect(await isLocked()).toMatchObject({ pack: true, subscription: true });
  });
});

describe('applying the policy', () => {
  it('puts the policy pack above the subscription and the local pack, and fixes the team', async () => {
    await applyPack(packVersion('local'), 'file');
    await applyPack(packVersion('remote'), 'url', 'https://packs.acme.example/pack.json');
    const policy = { pack: packVersion('policy'), team: 'sales' };
    await fakeBrowser.storage.managed.set(policy);
    await applyPolicy(await getPolicy());
    expect(await getActivePack()).toMatchObject({ source: 'policy', pack: { version: 'policy' } });
    expect((await fakeBrowser.storage.local.get(TEAM_KEY))[TEAM_KEY]).toBe('sales');
    expect((await getPolicyStatus()).lastError).toBeUndefined();
  });

  it('keeps what is in force when the policy pack is broken, and records why', async () => {
    await applyPack(packVersion('local'), 'file');
    await applyPolicy({ pack: '{ "schemaVersion": 1, ' });
    expect(await getActivePack()).toMatchObject({ source: 'file', pack: { version: 'local' } });
    expect((await getPolicyStatus()).lastError?.en).toContain('not JSON');
  });

  it('hands back to the subscription when the policy is withdrawn', async () => {
    await applyPack(packVersion('remote'), 'url', 'https://packs.acme.example/pack.json');
    await applyPolicy({ pack: packVersion('policy') });
    await applyPolicy(null);
    expect(await getActivePack()).toMatchObject({ source: 'url', pack: { version: 'remote' } });
    expect(await getPolicyStatus()).toEqual({ url: null });
  });

  it('fetches a policy pack address and puts it in force as the policy', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(packVersion('from-it'), { status: 200, headers: { ETag: '"it"' } })),
    );
    await applyPolicy({ packUrl: 'https://it.acme.example/pack.json' });
    expect(await getActivePack()).toMatchObject({ source: 'policy', pack: { version: 'from-it' } });
    expect(await getPolicyStatus()).toMatchObject({ url: 'https://it.acme.example/pack.json', etag: '"it"' });
  });

  it('refuses a policy pack address that is not HTTPS', async () => {
    await applyPolicy({ packUrl: 'http://it.acme.example/pack.json' });
    expect((await getPolicyStatus()).lastError?.fr).toContain('https://');
    expect((await getActivePack()).source).toBe('builtin');
  });
});
