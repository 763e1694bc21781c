import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storeCompiledGuidance } from '../../../lib/background/compiled-guidance';
import { loadGuidance, watchGuidance } from '../../../lib/content/guidance';
import { BUILTIN_PACK } from '../../../lib/guidance/builtin';
import { compileTeam, compileTeamInSlices } from '../../../lib/guidance/compile-team';
import { COMPILED_KEY } from '../../../lib/guidance/compiled-store';
import { GUIDANCE_KEY, resolvePack, resolveTeam, TEAM_KEY } from '../../../lib/guidance/resolved';

const builtinTeam = () => resolveTeam(BUILTIN_PACK.teams[0]!, BUILTIN_PACK);

function twoTeams() {
  const state = resolvePack(BUILTIN_PACK, BUILTIN_PACK, 'builtin');
  const quiet = {
    ...state.teams[0]!,
    id: 'quiet',
    rules: state.teams[0]!.rules.filter((rule) => rule.id === 'roi'),
  };
  return { ...state, teams: [...state.teams, quiet] };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the guidance a page works from', () => {
  it('is the team the colleague chose in the stored guidance', async () => {
    await fakeBrowser.storage.local.set({ [GUIDANCE_KEY]: twoTeams(), [TEAM_KEY]: 'quiet' });
    const guidance = await loadGuidance(async () => compileTeamInSlices);
    expect([...guidance!.rules.keys()]).toEqual(['roi']);
    expect(guidance!.find('Could you post this on LinkedIn immediately?')).toEqual([]);
    expect(guidance!.find("What's the ROI of social media?").map((match) => match.ruleId)).toEqual(['roi']);
  });

  it('is nothing before the background stored any, unless the page brings the built-in one', async () => {
    expect(await loadGuidance(async () => compileTeamInSlices)).toBeUndefined();
    const fallback = await loadGuidance(async () => compileTeamInSlices, builtinTeam);
    expect(
      fallback!.find('Could you post this on LinkedIn immediately?').map((match) => match.ruleId),
    ).toEqual(['post-now']);
  });

  it('follows a change of team without a reload', async () => {
    await fakeBrowser.storage.local.set({ [GUIDANCE_KEY]: twoTeams() });
    const seen: string[][] = [];
    const stop = watchGuidance((guidance) => seen.push([...guidance.rules.keys()]), undefined, {
      compile: async () => compileTeamInSlices,
      waitForBackgroundMs: 0,
    });
    await fakeBrowser.storage.local.set({ [TEAM_KEY]: 'quiet' });
    await expect.poll(() => seen).toEqual([['roi']]);
    stop();
  });

  it('loads at once when asked, and a change made while that compile runs wins over it', async () => {
    await fakeBrowser.storage.local.set({ [GUIDANCE_KEY]: twoTeams() });
    const seen: string[][] = [];
    const stop = watchGuidance((guidance) => seen.push([...guidance.rules.keys()]), undefined, {
      compile: async () => compileTeamInSlices,
      waitForBackgroundMs: 0,
      now: true,
    });
    // The first load compiles all four rules in slices; the change's load (one rule) finishes before it.
    await fakeBrowser.storage.local.set({ [TEAM_KEY]: 'quiet' });
    await expect.poll(() => seen.at(-1)).toEqual(['roi']);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    // Had the first load's result been applied when it finished, the four rules would be in force now.
    expect(seen.at(-1)).toEqual(['roi']);
    stop();
  });

  it('leaves out only the rule whose pattern cannot be compiled', () => {
    const team = builtinTeam();
    const broken = { ...team.rules[0]!, id: 'broken', patterns: { en: ['post (this'], fr: [] } };
    const guidance = compileTeam({ ...team, rules: [broken, ...team.rules] });
    expect(guidance.rules.has('broken')).toBe(false);
    expect(guidance.rules.size).toBe(team.rules.length);
    expect(guidance.skipped).toEqual(['broken']);
  });
});

describe('the compiled form the background stores', () => {
  const refusingCompiler = async () => {
    throw new Error('compiled here although the background had compiled it');
  };

  it('is what a page uses when it fits the rules: nothing is compiled in the page', async () => {
    await fakeBrowser.storage.local.set({ [GUIDANCE_KEY]: twoTeams() });
    await storeCompiledGuidance();
    const guidance = await loadGuidance(refusingCompiler);
    expect(
      guidance!.find('Could you post this on LinkedIn immediately?').map((match) => match.ruleId),
    ).toEqual(['post-now']);
    expect(guidance!.find('Why are we not on Bluesky yet?')[0]?.captures).toMatchObject({
      network: 'Bluesky',
    });
  });

  it('is not used for other rules: the page compiles them itself', async () => {
    await fakeBrowser.storage.local.set({ [GUIDANCE_KEY]: twoTeams() });
    await storeCompiledGuidance();
    await fakeBrowser.storage.local.set({ [TEAM_KEY]: 'quiet' });
    await expect(loadGuidance(refusingCompiler)).rejects.toThrow(/compiled here/);
    const guidance = await loadGuidance(async () => compileTeamInSlices);
    expect([...guidance!.rules.keys()]).toEqual(['roi']);
  });

  it('follows a change: the page waits for the background to compile it', async () => {
    await fakeBrowser.storage.local.set({ [GUIDANCE_KEY]: twoTeams() });
    await storeCompiledGuidance();
    const seen: string[][] = [];
    const stop = watchGuidance((guidance) => seen.push([...guidance.rules.keys()]), undefined, {
      compile: refusingCompiler,
      now: true,
    });
    await expect.poll(() => seen.at(-1)).toEqual(['post-now', 'go-viral', 'new-network', 'roi']);
    await fakeBrowser.storage.local.set({ [TEAM_KEY]: 'quiet' });
    // What the background's listener does (lib/background/compiled-guidance.ts).
    await storeCompiledGuidance();
    await expect.poll(() => seen.at(-1)).toEqual(['roi']);
    expect((await fakeBrowser.storage.local.get(COMPILED_KEY))[COMPILED_KEY]).toBeDefined();
    stop();
  });
});
