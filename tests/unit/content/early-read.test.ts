import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startEarlyGuidanceRead, takeEarlyGuidanceRead } from '../../../lib/content/early-read';
import { loadGuidance } from '../../../lib/content/guidance';
import { BUILTIN_PACK } from '../../../lib/guidance/builtin';
import { compileTeamInSlices } from '../../../lib/guidance/compile-team';
import { GUIDANCE_KEY, resolvePack, TEAM_KEY } from '../../../lib/guidance/resolved';

const compile = async () => compileTeamInSlices;

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the guidance read started as the page starts', () => {
  it('is what the content script loads, once, with no read of its own', async () => {
    const world = {};
    await fakeBrowser.storage.local.set({
      [GUIDANCE_KEY]: resolvePack(BUILTIN_PACK, BUILTIN_PACK, 'builtin'),
    });
    startEarlyGuidanceRead(world);
    const early = takeEarlyGuidanceRead(world);
    expect(await early).toMatchObject({ [GUIDANCE_KEY]: { pack: { id: BUILTIN_PACK.id } } });
    // Taken once: the next load reads storage itself.
    expect(takeEarlyGuidanceRead(world)).toBeUndefined();

    startEarlyGuidanceRead();
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const guidance = await loadGuidance(compile);
    expect(guidance?.team.id).toBe(BUILTIN_PACK.teams[0]!.id);
    expect(get).not.toHaveBeenCalled();
  });

  it('is dropped when what it read changed meanwhile, so the page never starts on stale guidance', async () => {
    const world = {};
    const state = resolvePack(BUILTIN_PACK, BUILTIN_PACK, 'builtin');
    await fakeBrowser.storage.local.set({ [GUIDANCE_KEY]: state });
    startEarlyGuidanceRead(world);
    await fakeBrowser.storage.local.set({ [TEAM_KEY]: 'another' });
    expect(takeEarlyGuidanceRead(world)).toBeUndefined();
    // Unrelated keys do not count.
    startEarlyGuidanceRead(world);
    await fakeBrowser.storage.local.set({ sendKeys: {} });
    expect(takeEarlyGuidanceRead(world)).toBeDefined();
  });
});
