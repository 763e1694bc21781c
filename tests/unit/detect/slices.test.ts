import { describe, expect, it } from 'vitest';
import { compileGuidance, compileGuidanceInSlices, findMatches } from '../../../lib/detect/index';
import { BUILTIN_PACK } from '../../../lib/guidance/builtin';
import { compileTeam, compileTeamInSlices } from '../../../lib/guidance/compile-team';
import { resolveTeam } from '../../../lib/guidance/resolved';

const team = resolveTeam(BUILTIN_PACK.teams[0]!, BUILTIN_PACK);
const patternCount = team.rules.reduce(
  (sum, rule) =>
    sum +
    Object.values(rule.patterns).reduce((n, list) => n + list.length, 0) +
    Object.values(rule.exceptions ?? {}).reduce((n, list) => n + (list?.length ?? 0), 0),
  0,
);
const draft = [
  'Could you post this on LinkedIn immediately?',
  'Tu peux faire le buzz avec cette vidéo ?',
  'Pourquoi on n’est pas sur Bluesky ?',
  'Quel est le ROI des médias sociaux ?',
  'Le roi Louis XIV aimait les jardins. I’ll post the minutes after the meeting.',
].join('\n');

describe('compiling in slices, for a page’s main thread', () => {
  it('builds the same automaton as compiling at once, pausing between small steps', async () => {
    let pauses = 0;
    const sliced = await compileGuidanceInSlices(team.rules, team.slots, 0, async () => {
      pauses++;
    });
    const whole = compileGuidance(team.rules, team.slots);
    // With a zero budget it pauses after every step: at least once per pattern parsed, built and cut.
    expect(pauses).toBeGreaterThan(3 * patternCount);
    expect(sliced.automaton.stateCount).toBe(whole.automaton.stateCount);
    expect(sliced.automaton.dispatchCount).toBe(whole.automaton.dispatchCount);
    expect(findMatches(sliced, draft)).toEqual(findMatches(whole, draft));
    expect(findMatches(sliced, draft).map((match) => match.ruleId)).toEqual([
      'post-now',
      'go-viral',
      'new-network',
      'roi',
    ]);
  });

  it('pauses by giving the thread back (scheduler.yield, or a message to itself)', async () => {
    const sliced = await compileGuidanceInSlices(team.rules, team.slots, 0);
    expect(findMatches(sliced, draft)).toEqual(findMatches(compileGuidance(team.rules, team.slots), draft));
  });

  it('does not pause while a slice has time left', async () => {
    let pauses = 0;
    await compileGuidanceInSlices(team.rules, team.slots, 60_000, async () => {
      pauses++;
    });
    expect(pauses).toBe(0);
  });

  it('leaves out a rule whose pattern is refused, like compiling at once', async () => {
    const broken = { ...team.rules[0]!, id: 'broken', patterns: { en: ['post (this'], fr: [] } };
    const withBroken = { ...team, rules: [...team.rules, broken] };
    const sliced = await compileTeamInSlices(withBroken);
    expect(sliced.skipped).toEqual(['broken']);
    expect([...sliced.rules.keys()]).toEqual([...compileTeam(withBroken).rules.keys()]);
    expect(sliced.find(draft)).toEqual(compileTeam(team).find(draft));
  });
});
