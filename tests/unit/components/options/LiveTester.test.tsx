import { readFileSync } from 'node:fs';
import { fireEvent, render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LiveTester } from '../../../../components/options/LiveTester';
import { ModelKitProvider } from '../../../../components/useModelKit';
import { createModelKit } from '../../../../lib/guidance/model-kit';
import { packSchema, type Team } from '../../../../lib/guidance/schema';
import { examplePack } from '../../guidance/fixtures/packs';

const hook = (name: string) => document.querySelector<HTMLElement>(`[data-bb="${name}"]`);
const hooks = (name: string) => [...document.querySelectorAll<HTMLElement>(`[data-bb="${name}"]`)];

/** The example pack's marketing team (own slot words: Threads, Mastodon) with one extra rule. */
function marketingWith(patterns: string[]): Team {
  const team = packSchema.parse(examplePack()).teams[0]!;
  const [storyNow] = team.rules;
  team.rules.push({
    ...storyNow!,
    id: 'network-please',
    patterns: { en: patterns, fr: [] },
    exceptions: { en: [], fr: [] },
    rewrites: { en: ['Which audience would {network} reach?'], fr: ['Quel public {network} toucherait ?'] },
  });
  return team;
}

async function testText(team: Team, text: string) {
  render(<LiveTester team={team} lang="en" />);
  fireEvent.change(hook('tester-input')!, { target: { value: text } });
  await waitFor(() => expect(hook('tester-summary')).toBeTruthy(), { timeout: 3000 });
}

describe('the options tester', () => {
  it('knows the built-in slot words as well as the team’s own', async () => {
    await testText(marketingWith(['get us on {network}']), 'Get us on TikTok. Get us on Mastodon.');
    await waitFor(() => expect(hooks('tester-match')).toHaveLength(2), { timeout: 3000 });
    expect(hooks('tester-rewrite').map((rewrite) => rewrite.textContent)).toEqual([
      'Which audience would TikTok reach?',
      'Which audience would Mastodon reach?',
    ]);
  });

  it('leaves out a rule whose pattern is half typed, names it, and still tests the others', async () => {
    await testText(marketingWith(['get us on ({network}']), 'Could you put this in a story?');
    await waitFor(() => expect(hook('tester-match')).toBeTruthy(), { timeout: 3000 });
    expect(hook('tester-match')!.dataset.rule).toBe('story-now');
    expect(hooks('tester-skipped-rule').map((rule) => rule.dataset.rule)).toEqual(['network-please']);
  });

  it('names no rule when every pattern compiles', async () => {
    await testText(marketingWith(['get us on {network}']), 'Could you put this in a story?');
    await waitFor(() => expect(hook('tester-match')).toBeTruthy(), { timeout: 3000 });
    expect(hook('tester-skipped')).toBeNull();
  });
});

describe('the options tester with the classifier', () => {
  const bytes = readFileSync('public/detect-model.bin');
  const kit = createModelKit(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  const REWORDED = 'Honestly, what do all these instagarm posts actually bring in for us?';
  /** The example pack's teams: marketing switches the built-in roi rule off, sales keeps every rule. */
  const teamOf = (id: string) => packSchema.parse(examplePack()).teams.find((team) => team.id === id)!;
  const tryWith = (team: Team, text: string) => {
    render(
      <ModelKitProvider load={async () => kit}>
        <LiveTester team={team} lang="en" />
      </ModelKitProvider>,
    );
    fireEvent.change(hook('tester-input')!, { target: { value: text } });
  };

  it('says, per match, whether a pattern or the classifier caught it, and the classifier’s score', async () => {
    tryWith(teamOf('sales'), `Could you make it go viral? ${REWORDED}`);
    await waitFor(() => expect(hooks('tester-match')).toHaveLength(2), { timeout: 3000 });
    const [pattern, model] = hooks('tester-match');
    expect(pattern!.dataset.source).toBe('pattern');
    expect(pattern!.querySelector('[data-bb="tester-source"]')!.textContent).toBe('caught by a pattern');
    expect(model!.dataset.rule).toBe('roi');
    expect(model!.dataset.source).toBe('model');
    expect(model!.querySelector('[data-bb="tester-source"]')!.textContent).toMatch(
      /^caught by the classifier, score (0\.\d{4}|1\.0000)$/,
    );
  });

  it('leaves the classifier out when the team switches reworded requests off', async () => {
    const sales = teamOf('sales');
    sales.settings.rewordedRequests = false;
    tryWith(sales, `Could you make it go viral? ${REWORDED}`);
    await waitFor(() => expect(hooks('tester-match')).toHaveLength(1), { timeout: 3000 });
    expect(hooks('tester-match')[0]!.dataset.source).toBe('pattern');
  });

  it('lets a built-in rule switched off stay off for the classifier too', async () => {
    tryWith(teamOf('marketing'), `Could you make it go viral? ${REWORDED}`);
    await waitFor(() => expect(hooks('tester-match')).toHaveLength(1), { timeout: 3000 });
    expect(hooks('tester-match')[0]!.dataset.rule).toBe('go-viral');
  });
});

describe('the options tester while the team is edited', () => {
  it('keeps its result when the page hands it the same team again, and compiles again on a real change', async () => {
    const team = marketingWith(['get us on {network}']);
    const { rerender } = render(<LiveTester team={team} lang="en" />);
    fireEvent.change(hook('tester-input')!, { target: { value: 'Get us on TikTok.' } });
    await waitFor(() => expect(hook('tester-rewrite')).toBeTruthy(), { timeout: 3000 });
    const states: (string | null)[] = [];
    const watcher = new MutationObserver(() => states.push(hook('tester-summary')?.dataset.bbState ?? null));
    watcher.observe(document.body, { subtree: true, childList: true, attributes: true });

    // An equal copy, as the options page makes on many renders: nothing to compile, nothing to redo.
    rerender(<LiveTester team={structuredClone(team)} lang="en" />);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(states).not.toContain('busy');
    expect(hook('tester-rewrite')!.textContent).toBe('Which audience would TikTok reach?');

    // A changed rewrite is compiled and shown once the edit settles.
    const edited = structuredClone(team);
    edited.rules.at(-1)!.rewrites.en = ['Is {network} where our audience is?'];
    rerender(<LiveTester team={edited} lang="en" />);
    await waitFor(
      () => expect(hook('tester-rewrite')!.textContent).toBe('Is TikTok where our audience is?'),
      {
        timeout: 3000,
      },
    );
    watcher.disconnect();
  });
});
