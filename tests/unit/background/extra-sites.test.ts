import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  EXTRA_SITES_SCRIPT_ID,
  extraSitesInForce,
  syncExtraSites,
} from '../../../lib/background/extra-sites';
import { GUIDANCE_KEY, type GuidanceState, TEAM_KEY } from '../../../lib/guidance/resolved';

/** The browser's registry of content scripts and its granted hosts, kept in memory. */
let registered: Map<string, { id: string; matches?: string[]; js?: string[] }>;
let granted: Set<string>;

function guidance(teams: { id: string; extraSites: string[] }[]): GuidanceState {
  return {
    pack: { id: 'acme', name: 'Acme', version: '1' },
    source: 'file',
    teams: teams.map((team) => ({ ...team, disabledSites: [], sendNudge: true })),
    updatedAt: '2026-11-28T00:00:00.000Z',
  } as unknown as GuidanceState;
}

beforeEach(() => {
  fakeBrowser.reset();
  registered = new Map();
  granted = new Set();
  const scripting = fakeBrowser.scripting as unknown as Record<string, unknown>;
  scripting.getRegisteredContentScripts = vi.fn(async ({ ids }: { ids: string[] }) =>
    ids.flatMap((id) => registered.get(id) ?? []),
  );
  scripting.registerContentScripts = vi.fn(async (scripts: { id: string }[]) => {
    for (const script of scripts) {
      if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
      registered.set(script.id, script);
    }
  });
  scripting.updateContentScripts = vi.fn(async (scripts: { id: string }[]) => {
    for (const script of scripts) registered.set(script.id, { ...registered.get(script.id)!, ...script });
  });
  scripting.unregisterContentScripts = vi.fn(async ({ ids }: { ids: string[] }) => {
    for (const id of ids) registered.delete(id);
  });
  (fakeBrowser.permissions as unknown as Record<string, unknown>).contains = vi.fn(
    async ({ origins }: { origins: string[] }) => origins.every((origin) => granted.has(origin)),
  );
});

describe('sites a manager adds', () => {
  it("come from the chosen team's pack, without the default sites", async () => {
    await fakeBrowser.storage.local.set({
      [GUIDANCE_KEY]: guidance([
        { id: 'sales', extraSites: ['https://crm.example.com/*'] },
        { id: 'comms', extraSites: ['https://intranet.example.com/*', 'https://app.slack.com/*'] },
      ]),
      [TEAM_KEY]: 'comms',
    });
    expect(await extraSitesInForce()).toEqual(['https://intranet.example.com/*']);
  });

  it('are registered with their own content script once the browser grants them, and only then', async () => {
    await fakeBrowser.storage.local.set({
      [GUIDANCE_KEY]: guidance([
        { id: 'comms', extraSites: ['https://intranet.example.com/*', 'https://wiki.example.com/*'] },
      ]),
    });
    expect(await syncExtraSites()).toEqual([]);
    expect(registered.size).toBe(0);

    granted.add('https://wiki.example.com/*');
    expect(await syncExtraSites()).toEqual(['https://wiki.example.com/*']);
    expect(registered.get(EXTRA_SITES_SCRIPT_ID)).toMatchObject({
      matches: ['https://wiki.example.com/*'],
      js: ['content-scripts/extra-sites.js'],
      allFrames: true,
    });

    granted.add('https://intranet.example.com/*');
    await syncExtraSites();
    expect(registered.get(EXTRA_SITES_SCRIPT_ID)?.matches).toEqual([
      'https://intranet.example.com/*',
      'https://wiki.example.com/*',
    ]);
  });

  it('are unregistered when removed from the pack', async () => {
    granted.add('https://intranet.example.com/*');
    await fakeBrowser.storage.local.set({
      [GUIDANCE_KEY]: guidance([{ id: 'comms', extraSites: ['https://intranet.example.com/*'] }]),
    });
    await syncExtraSites();
    expect(registered.size).toBe(1);
    await fakeBrowser.storage.local.set({ [GUIDANCE_KEY]: guidance([{ id: 'comms', extraSites: [] }]) });
    await syncExtraSites();
    expect(registered.size).toBe(0);
  });
});
