import { describe, expect, it } from 'vitest';
import { BlockCache } from '../../../lib/content/block-cache';
import type { Match } from '../../../lib/detect/types';

/** A stand-in engine that flags every "viral" and records which lines it was asked about. */
function fakeEngine() {
  const asked: string[] = [];
  const find = (text: string): Match[] => {
    asked.push(text);
    return [...text.matchAll(/viral/g)].map((found) => ({
      ruleId: 'go-viral',
      start: found.index,
      end: found.index + 5,
      captures: {},
      lang: 'en' as const,
    }));
  };
  return { asked, find };
}

describe('BlockCache', () => {
  it('returns offsets in the whole text, not in the line', () => {
    const { find } = fakeEngine();
    const matches = new BlockCache(find).scan('hello\nmake it viral\nviral again');
    expect(matches.map((match) => [match.start, match.end])).toEqual([
      [14, 19],
      [20, 25],
    ]);
  });

  it('re-examines only the line that changed', () => {
    const { asked, find } = fakeEngine();
    const cache = new BlockCache(find);
    cache.scan('first line\nmake it viral\nlast line');
    asked.length = 0;
    const matches = cache.scan('first line\nmake it viral!\nlast line');
    expect(asked).toEqual(['make it viral!']);
    expect(cache.lastExamined).toBe(1);
    expect(matches).toHaveLength(1);
  });

  it('still finds the matches of lines that moved down', () => {
    const { asked, find } = fakeEngine();
    const cache = new BlockCache(find);
    cache.scan('make it viral');
    asked.length = 0;
    const matches = cache.scan('new first line\nmake it viral');
    expect(asked).toEqual(['new first line']);
    expect(matches[0]!.start).toBe('new first line\n'.length + 8);
  });

  it('does not send empty lines to the engine', () => {
    const { asked, find } = fakeEngine();
    new BlockCache(find).scan('\n\n   \nviral');
    expect(asked).toEqual(['viral']);
  });

  it('forgets lines that are no longer in the text', () => {
    const { asked, find } = fakeEngine();
    const cache = new BlockCache(find);
    cache.scan('viral one');
    cache.scan('something else');
    asked.length = 0;
    cache.scan('viral one');
    expect(asked).toEqual(['viral one']);
  });

  it('spreads a long new text over several scans when given a time budget, and then has it all', () => {
    const { asked, find } = fakeEngine();
    let clock = 0;
    // Each line the engine examines takes 10 ms on this clock.
    const cache = new BlockCache(
      (line) => {
        clock += 10;
        return find(line);
      },
      () => clock,
    );
    const text = ['viral 1', 'viral 2', 'viral 3', 'viral 4', 'viral 5'].join('\n');
    expect(cache.scan(text, 25)).toHaveLength(3);
    expect(cache.complete).toBe(false);
    expect(cache.scan(text, 25)).toHaveLength(5);
    expect(cache.complete).toBe(true);
    expect(asked).toEqual(['viral 1', 'viral 2', 'viral 3', 'viral 4', 'viral 5']);
  });

  it('counts the time spent reading the text against the budget, and still examines a third of it', () => {
    let clock = 100;
    const asked: string[] = [];
    const cache = new BlockCache(
      (line) => {
        asked.push(line);
        clock += 5;
        return [];
      },
      () => clock,
    );
    const text = Array.from({ length: 12 }, (_, i) => `line ${i + 1}`).join('\n');
    // Reading the text took 10 ms of a 30 ms budget: 20 ms left, four lines of 5 ms.
    cache.scan(text, 30, clock - 10);
    expect(asked).toHaveLength(4);
    // Reading took 28 ms: the engine still gets a third of the budget, two lines.
    asked.length = 0;
    cache.scan(text, 30, clock - 28);
    expect(asked).toHaveLength(2);
    // Without a start given, the budget is the engine's alone.
    asked.length = 0;
    cache.scan(text, 30);
    expect(asked).toHaveLength(6);
    expect(cache.complete).toBe(true);
  });
});
