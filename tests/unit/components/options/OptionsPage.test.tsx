import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsPage } from '../../../../components/options/OptionsPage';
import { GUIDANCE_KEY, type GuidanceState, TEAM_KEY } from '../../../../lib/guidance/resolved';
import { applyPack, getActivePack, refreshGuidance } from '../../../../lib/store/packs';
import { examplePack } from '../../guidance/fixtures/packs';
import { freshProfile } from '../../store/reset';

const hook = (name: string) => document.querySelector<HTMLElement>(`[data-bb="${name}"]`);
const stored = async () =>
  (await fakeBrowser.storage.local.get(GUIDANCE_KEY))[GUIDANCE_KEY] as GuidanceState | undefined;

/** Sets a field's text as a paste would (user-event's per-key typing garbles controlled fields in happy-dom). */
function typeInto(name: string, text: string) {
  fireEvent.change(hook(name)!, { target: { value: text } });
}

async function renderPage(lang: 'en' | 'fr' = 'en') {
  render(<OptionsPage lang={lang} />);
  await waitFor(() => expect(hook('teams')).toBeTruthy());
}

beforeEach(() => {
  freshProfile();
  vi.restoreAllMocks();
});

describe('options page', () => {
  it('says which pack is in force and where it came from', async () => {
    await applyPack(examplePack(), 'file');
    await renderPage();
    expect(hook('pack-name')!.textContent).toBe('ACME social media guidance');
    expect(hook('pack-in-force')!.textContent).toContain('version 2026-11');
    expect(hook('pack-source')!.textContent).toBe('imported file');
    const team = hook('team') as HTMLSelectElement;
    expect([...team.options].map((option) => option.textContent)).toEqual(['Marketing', 'Sales']);
  });

  it('stores the colleague’s team choice', async () => {
    await applyPack(examplePack(), 'file');
    await renderPage();
    await userEvent.selectOptions(hook('team') as HTMLSelectElement, 'sales');
    await waitFor(async () =>
      expect((await fakeBrowser.storage.local.get(TEAM_KEY))[TEAM_KEY]).toBe('sales'),
    );
  });

  it('lists each problem of a refused paste as “path — message” and keeps what was pasted', async () => {
    await renderPage();
    const broken = examplePack();
    broken.teams[0].reports[0].url = 'javascript:alert(1)';
    const paste = hook('import-paste') as HTMLTextAreaElement;
    fireEvent.change(paste, { target: { value: JSON.stringify(broken) } });
    await userEvent.click(hook('import-paste-apply')!);
    await waitFor(() => expect(hook('import-error')).toBeTruthy());
    const error = hook('import-error')!.textContent!;
    expect(error).toContain('The pack was refused. The guidance in force has not changed.');
    expect(error).toContain('teams[0].reports[0].url — Links must start with https://, http:// or mailto:');
    expect(paste.value).toContain('javascript:alert(1)');
    expect((await getActivePack()).source).toBe('builtin');
  });

  it('puts an imported file in force, then Undo goes back to what was in force before', async () => {
    // What the background does at install: the built-in guidance in force, and in the history.
    await refreshGuidance();
    await renderPage();
    const file = new File([JSON.stringify(examplePack())], 'pack.json', { type: 'application/json' });
    await userEvent.upload(hook('import-file') as HTMLInputElement, file);
    await waitFor(() => expect(hook('toast')?.textContent).toContain('Guidance updated'));
    expect((await stored())?.pack.id).toBe('acme-social');
    await waitFor(() => expect(hook('pack-name')!.textContent).toBe('ACME social media guidance'));
    await userEvent.click(hook('undo')!);
    await waitFor(() => expect(hook('toast')?.textContent).toContain('Back to the previous guidance'));
    expect((await stored())?.pack.id).toBe('builtin');
  });

  it('imports a pack file dropped on the page', async () => {
    await renderPage();
    const file = new File([JSON.stringify(examplePack())], 'pack.json', { type: 'application/json' });
    const page = hook('options')!;
    fireEvent.dragOver(page, { dataTransfer: { files: [file], types: ['Files'] } });
    expect(page.dataset.dragging).toBe('true');
    fireEvent.drop(page, { dataTransfer: { files: [file], types: ['Files'] } });
    await waitFor(async () => expect((await stored())?.pack.id).toBe('acme-social'));
    expect(page.dataset.dragging).toBeUndefined();
    // The import ends after the guidance is stored (its history entry, then the toast): waiting for
    // the toast keeps that last write out of the next test's fresh profile.
    await waitFor(() => expect(hook('toast')?.textContent).toContain('Guidance updated'));
  });

  it('rolls back to an earlier pack from the history', async () => {
    await refreshGuidance();
    await applyPack(examplePack(), 'file');
    await renderPage();
    const entries = document.querySelectorAll('[data-bb="history-entry"]');
    expect([...entries].map((entry) => entry.querySelector('strong')!.textContent)).toEqual([
      'ACME social media guidance',
      'Better Brief built-in guidance',
    ]);
    expect(entries[0]!.querySelector('[data-bb="rollback"]')).toBeNull();
    await userEvent.click(entries[1]!.querySelector<HTMLElement>('[data-bb="rollback"]')!);
    await waitFor(async () => expect((await stored())?.pack.id).toBe('builtin'));
    await waitFor(() => expect(hook('pack-source')!.dataset.source).toBe('builtin'));
  });

  it('switching a built-in rule off puts a new pack in force without it', async () => {
    await renderPage();
    const roi = document.querySelector<HTMLElement>('[data-bb="builtin-rule"][data-rule="roi"]')!;
    await userEvent.click(within(roi).getByRole('switch'));
    await waitFor(async () => expect((await stored())?.source).toBe('editor'));
    const rules = (await stored())!.teams[0]!.rules.map((rule) => rule.id);
    expect(rules).not.toContain('roi');
    expect(rules).toContain('post-now');
  });

  it('keeps a half-written rule in the form when saving it is refused', async () => {
    await renderPage();
    await userEvent.click(hook('new-rule')!);
    typeInto('rule-id', 'story-now');
    typeInto('patterns-en', 'put (this|that) in a story');
    await userEvent.click(hook('save-rule')!);
    await waitFor(() => expect(hook('import-error')).toBeTruthy());
    expect(hook('import-error')!.textContent).toContain('teams[0].rules[0].title.en');
    expect(hook('import-error')!.textContent).toContain('your edits are still here');
    expect((hook('rule-id') as HTMLInputElement).value).toBe('story-now');
    expect((hook('patterns-en') as HTMLTextAreaElement).value).toBe('put (this|that) in a story');
    expect((await getActivePack()).source).toBe('builtin');
  });

  it('shows a pattern’s compile error with its line and column while typing', async () => {
    await renderPage();
    await userEvent.click(hook('new-rule')!);
    fireEvent.change(hook('patterns-en')!, { target: { value: 'post now\n  make it (viral|buzz' } });
    expect(hook('pattern-error')!.textContent).toMatch(/^Line 2, column \d+: /);
    fireEvent.change(hook('patterns-en')!, { target: { value: 'post now\nmake it (viral|buzz)' } });
    expect(hook('pattern-error')).toBeNull();
  });

  it('tests the rule being edited before it is saved', async () => {
    await renderPage();
    await userEvent.click(hook('new-rule')!);
    fireEvent.change(hook('rule-id')!, { target: { value: 'deck-tonight' } });
    fireEvent.change(hook('patterns-en')!, { target: { value: 'deck by tonight' } });
    fireEvent.change(hook('rewrites-en')!, { target: { value: 'When do you need the deck?' } });
    fireEvent.change(hook('tester-input')!, { target: { value: 'Deck by tonight, please.' } });
    // The tester picks up form edits once typing pauses (300 ms), then compiles the team.
    await waitFor(() => expect(hook('tester-match')).toBeTruthy(), { timeout: 3000 });
    expect(hook('tester-match')!.dataset.rule).toBe('deck-tonight');
    expect(hook('tester-rewrite')!.textContent).toBe('When do you need the deck?');
    expect(hook('tester')!.querySelector('mark')!.textContent).toBe('Deck by tonight');
  });

  it('adds a report: a javascript: address is flagged as typed and refused on save, a web address is kept', async () => {
    await renderPage();
    await userEvent.click(hook('add-report')!);
    typeInto('report-id', 'monthly-report');
    typeInto('report-title-en', 'Monthly analytics');
    typeInto('report-title-fr', 'Analyse mensuelle');
    typeInto('report-url', 'javascript:alert(1)');
    expect(hook('report-form')!.textContent).toContain('Use an https://, http:// or mailto: address.');
    await userEvent.click(hook('save-report')!);
    await waitFor(() => expect(hook('import-error')!.textContent).toContain('teams[0].reports[0].url'));
    typeInto('report-url', 'https://analytics.acme.example/monthly');
    await userEvent.click(hook('save-report')!);
    await waitFor(async () =>
      expect((await stored())?.teams[0]?.reports.map((report) => report.url)).toEqual([
        'https://analytics.acme.example/monthly',
      ]),
    );
    // The built-in rules link to a report with this conventional id.
    const postNow = (await stored())!.teams[0]!.rules.find((rule) => rule.id === 'go-viral')!;
    expect(postNow.reports.map((report) => report.title.en)).toEqual(['Monthly analytics']);
  });

  it('adds a team named Sales', async () => {
    await renderPage();
    typeInto('new-team-name', 'Sales');
    await userEvent.click(hook('add-team')!);
    await waitFor(async () =>
      expect((await stored())?.teams.map((team) => team.id)).toEqual(['everyone', 'sales']),
    );
    await waitFor(() =>
      expect(document.querySelector('[data-bb="team-tab"][aria-pressed="true"]')!.textContent).toBe('Sales'),
    );
  });

  it('asks for the site’s permission before adding an extra site, and stores it in the team settings', async () => {
    const request = vi.fn(async () => true);
    (fakeBrowser.permissions as unknown as Record<string, unknown>).request = request;
    await renderPage();
    typeInto('extra-site-input', 'intranet.acme.example');
    await userEvent.click(hook('add-site')!);
    expect(request).toHaveBeenCalledWith({ origins: ['https://intranet.acme.example/*'] });
    await waitFor(async () =>
      expect((await stored())?.teams[0]?.extraSites).toEqual(['https://intranet.acme.example/*']),
    );
  });

  it('locks editing, import and subscription when the organisation’s policy sets the pack', async () => {
    await fakeBrowser.storage.managed.set({ pack: JSON.stringify(examplePack()), team: 'marketing' });
    await renderPage();
    expect(hook('managed')!.textContent).toContain('Guidance is managed by your organisation.');
    expect((hook('import-file') as HTMLInputElement).disabled).toBe(true);
    expect((hook('pack-url') as HTMLInputElement).disabled).toBe(true);
    expect((hook('team') as HTMLSelectElement).disabled).toBe(true);
    for (const editing of ['new-rule', 'add-team', 'add-report', 'send-nudge', 'builtin-rule-switch']) {
      expect(hook(editing)!.closest('fieldset')!.disabled).toBe(true);
    }
    // Still readable and testable: the team tabs and the tester are outside the locked fieldsets.
    expect(hook('team-tab')!.closest('fieldset')).toBeNull();
    expect(hook('tester-input')!.closest('fieldset')).toBeNull();
  });

  it('shows itself at once after install while the browser is slow to say whether a policy is set, locked until it says', async () => {
    // Chrome can take seconds to answer storage.managed after it starts; there is no earlier copy yet.
    let answer: (value: Record<string, unknown>) => void = () => undefined;
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(
      new Promise((resolve) => {
        answer = resolve;
      }) as never,
    );
    await renderPage();
    expect(hook('policy-pending')!.textContent).toContain(
      'Checking whether your organisation sets the guidance',
    );
    expect((hook('import-file') as HTMLInputElement).disabled).toBe(true);
    expect((hook('pack-url') as HTMLInputElement).disabled).toBe(true);
    expect(hook('managed')).toBeNull();

    answer({});
    await waitFor(() => expect(hook('policy-pending')).toBeNull());
    expect((hook('import-file') as HTMLInputElement).disabled).toBe(false);
    expect((hook('pack-url') as HTMLInputElement).disabled).toBe(false);
  });

  it('refuses a pack address that is not HTTPS without asking for any permission', async () => {
    const request = vi.fn(async () => true);
    (fakeBrowser.permissions as unknown as Record<string, unknown>).request = request;
    await renderPage('fr');
    typeInto('pack-url', 'http://packs.example.org/team.json');
    await userEvent.click(screen.getByRole('button', { name: 'S’abonner' }));
    expect(hook('subscription-problem')!.textContent).toBe('L’adresse doit commencer par https://');
    expect(request).not.toHaveBeenCalled();
  });
});
