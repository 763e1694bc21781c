import { act, cleanup, fireEvent, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DraftChecker } from '../../../../components/popup/DraftChecker';
import { ModelKitProvider } from '../../../../components/useModelKit';
import { BUILTIN_PACK } from '../../../../lib/guidance/builtin';
import type { ModelKit } from '../../../../lib/guidance/model-kit';
import { resolveTeam } from '../../../../lib/guidance/resolved';

/** The checker's settled-state hook (README, Test hooks): data-bb-state on [data-bb="check-summary"]. */
const team = resolveTeam(BUILTIN_PACK.teams[0]!, BUILTIN_PACK);
const summary = () => document.querySelector<HTMLElement>('[data-bb="check-summary"]');
const type = (text: string) =>
  fireEvent.change(document.querySelector('[data-bb="check-input"]')!, { target: { value: text } });

afterEach(cleanup);

describe('the draft checker summary state', () => {
  it('is idle once the summary is about the text in the box', async () => {
    render(<DraftChecker team={team} lang="en" />);
    type('Could you post this on LinkedIn immediately?');
    await waitFor(() => expect(summary()?.dataset.bbState).toBe('idle'));
    expect(summary()!.textContent).toBe('1 request to rephrase');
  });

  it('is busy while the rules compile in slices, then answers the text typed meanwhile', async () => {
    // A team object never compiled before: its rules compile when the checker opens, in slices.
    const fresh = resolveTeam(BUILTIN_PACK.teams[0]!, BUILTIN_PACK);
    render(<DraftChecker team={fresh} lang="fr" />);
    type('Tu peux publier ça sur Insta tout de suite ?');
    expect(summary()!.dataset.bbState).toBe('busy');
    expect(summary()!.textContent).toBe('Préparation des règles…');
    await waitFor(() => expect(summary()?.dataset.bbState).toBe('idle'));
    expect(summary()!.textContent).toBe('1 demande à reformuler');
  });

  it('is busy while the classifier is on its way, idle once it is there', async () => {
    let loaded: (kit: ModelKit) => void = () => undefined;
    const kit = new Promise<ModelKit>((resolve) => {
      loaded = resolve;
    });
    render(
      <ModelKitProvider load={() => kit}>
        <DraftChecker team={team} lang="en" />
      </ModelKitProvider>,
    );
    type('Here are the photos from Tuesday.');
    await waitFor(() => expect(summary()).not.toBeNull());
    expect(summary()!.dataset.bbState).toBe('busy');
    // A kit that adds nothing to the patterns: only its arrival matters here.
    await act(async () => loaded({ attach: (compiled) => compiled } as ModelKit));
    await waitFor(() => expect(summary()!.dataset.bbState).toBe('idle'));
  });
});
