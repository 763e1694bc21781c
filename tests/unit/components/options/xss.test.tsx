import { fireEvent, render, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Highlighted } from '../../../../components/Highlighted';
import { OptionsPage } from '../../../../components/options/OptionsPage';
import type { Pack } from '../../../../lib/guidance/schema';

/** Markup a manager (or an attacker who got a pack imported) could put in any string. */
const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(2)</script>';
const PAYLOAD = `${IMG} ${SCRIPT}`;
const both = { en: PAYLOAD, fr: PAYLOAD };

/** A pack with the payload in every string field the page shows (ids too: a mock skips validation). */
function hostilePack(): Pack {
  return {
    schemaVersion: 1,
    id: PAYLOAD,
    name: PAYLOAD,
    version: PAYLOAD,
    teams: [
      {
        id: PAYLOAD,
        name: both,
        contact: { name: PAYLOAD, link: PAYLOAD },
        useBuiltinRules: true,
        // Not the payload: that is the rule's id, and a disabled rule would not fire in the tester.
        disabledRules: ['roi'],
        rules: [
          {
            id: PAYLOAD,
            title: both,
            patterns: { en: ['story now', PAYLOAD], fr: [PAYLOAD] },
            exceptions: { en: [PAYLOAD], fr: [PAYLOAD] },
            why: both,
            rewrites: { en: [PAYLOAD], fr: [PAYLOAD] },
            reports: [PAYLOAD],
            examples: {
              en: { match: [PAYLOAD], noMatch: [PAYLOAD] },
              fr: { match: [PAYLOAD], noMatch: [PAYLOAD] },
            },
          },
        ],
        reports: [
          { id: PAYLOAD, title: both, url: PAYLOAD, period: 'monthly', date: '2026-11-01', tags: [PAYLOAD] },
        ],
        slots: {},
        briefTemplates: {
          [PAYLOAD]: {
            intro: both,
            subject: both,
            questions: [{ id: PAYLOAD, label: both, required: false, long: false, prefill: 'what' }],
          },
        },
        howWeWork: {
          goals: both,
          networks: [{ name: PAYLOAD, why: both }],
          leadTime: both,
          requestLink: { label: both, url: PAYLOAD },
        },
        settings: {
          sendNudge: true,
          rewordedRequests: true,
          disabledSites: [PAYLOAD],
          extraSites: [PAYLOAD],
        },
      },
    ],
  };
}

vi.mock('../../../../lib/store/packs', () => ({
  getActivePack: vi.fn(async () => ({ pack: hostilePack(), source: 'url', notice: both })),
  listHistory: vi.fn(async () => [
    {
      id: 2,
      packId: PAYLOAD,
      name: PAYLOAD,
      version: PAYLOAD,
      source: 'url',
      appliedAt: '2026-11-28T12:00:00Z',
      origin: PAYLOAD,
      pack: hostilePack(),
    },
    {
      id: 1,
      packId: PAYLOAD,
      name: PAYLOAD,
      version: PAYLOAD,
      source: 'file',
      appliedAt: PAYLOAD,
      pack: hostilePack(),
    },
  ]),
  applyPack: vi.fn(async () => ({
    ok: false,
    errors: [{ path: PAYLOAD, code: 'invalid-value', message: both }],
  })),
  rollbackTo: vi.fn(),
  undoLastChange: vi.fn(),
  exportPack: vi.fn(async () => '{}'),
}));

vi.mock('../../../../lib/store/subscription', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../lib/store/subscription')>()),
  getSubscription: vi.fn(async () => ({
    url: PAYLOAD,
    lastCheckedAt: PAYLOAD,
    lastError: both,
    lastErrorAt: '2026-11-28T12:00:00Z',
  })),
}));

const hook = (name: string) => document.querySelector<HTMLElement>(`[data-bb="${name}"]`);
/** The brief template of the team's own rule (its id is the payload). */
const briefRow = () =>
  [...document.querySelectorAll<HTMLElement>('[data-bb="brief-template-editor"]')].find(
    (row) => row.dataset.rule === PAYLOAD,
  )!;

/** No element the payload could have created, and no inline handler anywhere. */
function expectNoMarkupFromPayload(root: HTMLElement) {
  expect(root.querySelectorAll('img, script, iframe, object, embed')).toHaveLength(0);
  for (const element of root.querySelectorAll('*')) {
    for (const attribute of element.attributes) expect(attribute.name.startsWith('on')).toBe(false);
  }
}

beforeEach(() => vi.clearAllMocks());

describe('manager strings are text, never markup', () => {
  it.each(['en', 'fr'] as const)('renders a hostile pack as literal text (%s)', async (lang) => {
    const { container } = render(<OptionsPage lang={lang} />);
    await waitFor(() => expect(hook('teams')).toBeTruthy());
    expect(hook('pack-name')!.textContent).toBe(PAYLOAD);
    expect(hook('notice')!.textContent).toBe(PAYLOAD);
    expect(hook('team-tab')!.textContent).toBe(PAYLOAD);
    expect(hook('team-rule')!.textContent).toContain(PAYLOAD);
    expect(hook('team-report')!.textContent).toContain(PAYLOAD);
    expect(hook('subscription-error')!.textContent).toContain(PAYLOAD);
    expect(hook('history')!.textContent).toContain(PAYLOAD);
    expect(hook('extra-site')!.querySelector('code')!.textContent).toBe(PAYLOAD);
    expect(briefRow().textContent).toContain(`1 question${lang === 'fr' ? '\u00a0:' : ':'} ${PAYLOAD}`);
    expect((hook('goals-en') as HTMLTextAreaElement).value).toBe(PAYLOAD);
    expect((hook('network-name') as HTMLInputElement).value).toBe(PAYLOAD);
    // A link that is not http(s) or mailto is never made clickable.
    expect(container.querySelector('a[href]')).toBeNull();
    expectNoMarkupFromPayload(container);
  });

  it('keeps the payload as text in the rule editor, the tester and the refusal list', async () => {
    const { container } = render(<OptionsPage lang="en" />);
    await waitFor(() => expect(hook('edit-rule')).toBeTruthy());
    fireEvent.click(hook('edit-rule')!);
    expect((hook('why-en') as HTMLTextAreaElement).value).toBe(PAYLOAD);
    expect((hook('rule-title-fr') as HTMLInputElement).value).toBe(PAYLOAD);

    fireEvent.change(hook('tester-input')!, { target: { value: `Story now ${SCRIPT}` } });
    await waitFor(() => expect(hook('tester-rewrite')).toBeTruthy(), { timeout: 3000 });
    expect(hook('tester-rewrite')!.textContent).toBe(PAYLOAD);
    expect(hook('tester')!.querySelector('.bb-highlighted')!.textContent).toBe(`Story now ${SCRIPT}`);
    expect(hook('tester-brief')!.textContent).toMatch(new RegExp(`^${PAYLOAD.replace(/[()]/g, '\\$&')}`));

    fireEvent.click(briefRow().querySelector<HTMLElement>('[data-bb="edit-template"]')!);
    expect((hook('brief-intro-fr') as HTMLInputElement).value).toBe(PAYLOAD);
    expect((hook('question-label-en') as HTMLInputElement).value).toBe(PAYLOAD);

    fireEvent.click(hook('save-rule')!);
    await waitFor(() => expect(hook('import-error')).toBeTruthy());
    expect(hook('import-error')!.textContent).toContain(`${PAYLOAD} — ${PAYLOAD}`);
    expectNoMarkupFromPayload(container);
  });
});

describe('Highlighted', () => {
  it('marks the spans and leaves the rest as text', () => {
    const text = `ok ${IMG} post now`;
    const start = text.indexOf('post now');
    const { container } = render(
      <Highlighted text={text} spans={[{ start, end: start + 8, ruleId: 'post-now' }]} />,
    );
    expect(container.textContent).toBe(text);
    expect(container.querySelector('mark')!.textContent).toBe('post now');
    expect(container.querySelector('mark')!.dataset.rule).toBe('post-now');
    expect(container.querySelector('img')).toBeNull();
  });

  it('skips an overlapping span instead of repeating text', () => {
    const { container } = render(
      <Highlighted
        text="abcdef"
        spans={[
          { start: 0, end: 3, ruleId: 'a' },
          { start: 2, end: 5, ruleId: 'b' },
        ]}
      />,
    );
    expect(container.textContent).toBe('abcdef');
    expect(container.querySelectorAll('mark')).toHaveLength(1);
  });
});
