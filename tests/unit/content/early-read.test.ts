import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startEarlyGuidanceRead, takeEarlyGuidanceRead } from '../../../lib/content/early-read';
import { loadGuidance } from '../../../lib/content/guidance';
import { unpackBytes } from '../../../lib/detect/serial-bytes';
import { BUILTIN_PACK } from '../../../lib/guidance/builtin';
import { compileTeam, compileTeamInSlices } from '../../../lib/guidance/compile-team';
import { COMPILED_KEY, storedCompiledOf } from '../../../lib/guidance/compiled-store';
import { GUIDANCE_KEY, resolvePack, resolveTeam, TEAM_KEY } from '../../../lib/guidance/resolved';

const compile = async () => compileTeamInSlices;

/** Counts the un-gzip streams made (vi.spyOn does not follow `new` on a platform class). */
function countDecompressions() {
  const Original = globalThis.DecompressionStream;
  const counter = {
    count: 0,
    restore: () => {
      globalThis.DecompressionStream = Original;
    },
  };
  globalThis.DecompressionStream = class extends Original {
    constructor(format: CompressionFormat) {
      super(format);
      counter.count++;
    }
  };
  return counter;
}

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
    expect(await early?.stored).toMatchObject({ [GUIDANCE_KEY]: { pack: { id: BUILTIN_PACK.id } } });
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

  it('un-gzips the stored compiled form as soon as it is read, and the content script loads it without un-gzipping again', async () => {
    const team = resolveTeam(BUILTIN_PACK.teams[0]!, BUILTIN_PACK);
    const stored = await storedCompiledOf(compileTeam(team), '0.0.0-test');
    await fakeBrowser.storage.local.set({
      [GUIDANCE_KEY]: resolvePack(BUILTIN_PACK, BUILTIN_PACK, 'builtin'),
      [COMPILED_KEY]: stored,
    });
    const columns = await unpackBytes(stored.form.data);
    startEarlyGuidanceRead();
    const decompress = countDecompressions();
    const early = takeEarlyGuidanceRead();
    // What the early read un-gzipped is the stored form's columns.
    const unpacked = await early!.unpacked;
    expect(unpacked.length).toBe(columns.length);
    expect(unpacked.every((byte, i) => byte === columns[i])).toBe(true);
    expect(decompress.count).toBe(1);

    // As the page's content script finds it: one un-gzip in all, the early read's.
    decompress.count = 0;
    startEarlyGuidanceRead();
    const compile = vi.fn(async () => compileTeamInSlices);
    const guidance = await loadGuidance(compile);
    expect(guidance?.patterns.automaton.stateCount).toBe(compileTeam(team).patterns.automaton.stateCount);
    expect(decompress.count).toBe(1);
    expect(compile).not.toHaveBeenCalled();
    decompress.restore();
  });

  it('says when there was no compiled form to un-gzip, and the content script compiles', async () => {
    await fakeBrowser.storage.local.set({
      [GUIDANCE_KEY]: resolvePack(BUILTIN_PACK, BUILTIN_PACK, 'builtin'),
    });
    startEarlyGuidanceRead();
    const early = takeEarlyGuidanceRead();
    await expect(early!.unpacked).rejects.toThrow(/no compiled guidance/);
    startEarlyGuidanceRead();
    const compile = vi.fn(async () => compileTeamInSlices);
    expect((await loadGuidance(compile))?.team.id).toBe(BUILTIN_PACK.teams[0]!.id);
    expect(compile).toHaveBeenCalledTimes(1);
  });
});
