import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CONTENT_SCRIPT, startInOpenTabs } from '../../../lib/background/open-tabs';
import { RUNNING_KEY } from '../../../lib/content/once-per-frame';
import { DEFAULT_SITES } from '../../../lib/sites/hosts';

/** Open tabs, each with its frames and whether our script runs in each frame. */
interface Tab {
  id: number;
  url: string;
  frames: { frameId: number; running: boolean }[];
}
let tabs: Tab[];
let granted: Set<string>;
/** The scripts started, as (tab, frames, file). */
let started: { tabId: number; frameIds: number[]; files: string[] }[];

const matches = (pattern: string, url: string) => url.startsWith(pattern.slice(0, -1));

beforeEach(() => {
  granted = new Set();
  started = [];
  tabs = [
    {
      id: 1,
      url: 'https://mail.google.com/mail/u/0/',
      frames: [
        { frameId: 0, running: false },
        { frameId: 7, running: false },
      ],
    },
    { id: 2, url: 'https://app.slack.com/client/T1', frames: [{ frameId: 0, running: false }] },
    { id: 3, url: 'https://example.com/', frames: [{ frameId: 0, running: false }] },
  ];
  Object.assign(fakeBrowser.permissions, {
    getAll: async () => ({ permissions: [], origins: [...granted] }),
  });
  Object.assign(fakeBrowser.tabs, {
    query: vi.fn(async ({ url }: { url: string[] }) =>
      tabs.filter((tab) => url.some((pattern) => matches(pattern, tab.url))),
    ),
  });
  Object.assign(fakeBrowser.scripting, {
    executeScript: vi.fn(
      async ({
        target,
        func,
        args,
        files,
      }: {
        target: { tabId: number; allFrames?: boolean; frameIds?: number[] };
        func?: (key: string) => boolean;
        args?: [string];
        files?: string[];
      }) => {
        const tab = tabs.find((candidate) => candidate.id === target.tabId)!;
        const frames = tab.frames.filter(
          (frame) => target.allFrames || target.frameIds?.includes(frame.frameId),
        );
        if (func) {
          // The probe runs in each frame's world, seen here as this one with or without the mark.
          const mark = Symbol.for(RUNNING_KEY);
          return frames.map((frame) => {
            if (frame.running) Object.assign(globalThis, { [mark]: true });
            const result = func(...(args as [string]));
            delete (globalThis as Record<symbol, unknown>)[mark];
            return { frameId: frame.frameId, result };
          });
        }
        for (const frame of frames) frame.running = true;
        started.push({ tabId: tab.id, frameIds: frames.map((frame) => frame.frameId), files: files ?? [] });
        return frames.map((frame) => ({ frameId: frame.frameId, result: undefined }));
      },
    ),
  });
});

describe('open tabs when sites are granted', () => {
  it('starts Better Brief in the open tabs of a site just granted, in every frame', async () => {
    for (const origin of DEFAULT_SITES.gmail) granted.add(origin);
    expect(await startInOpenTabs()).toBe(2);
    expect(started).toEqual([{ tabId: 1, frameIds: [0, 7], files: [CONTENT_SCRIPT] }]);
  });

  it('leaves alone the frames where it already runs (a tab reloaded since the grant)', async () => {
    for (const origin of [...DEFAULT_SITES.gmail, ...DEFAULT_SITES.slack]) granted.add(origin);
    tabs[0]!.frames[0]!.running = true;
    tabs[1]!.frames[0]!.running = true;
    expect(await startInOpenTabs()).toBe(1);
    expect(started).toEqual([{ tabId: 1, frameIds: [7], files: [CONTENT_SCRIPT] }]);
  });

  it('does nothing while no default site is granted', async () => {
    granted.add('https://example.com/*');
    expect(await startInOpenTabs()).toBe(0);
    expect(fakeBrowser.tabs.query).not.toHaveBeenCalled();
    expect(started).toEqual([]);
  });

  it('goes on with the other tabs when one cannot be reached (closed meanwhile)', async () => {
    for (const origin of [...DEFAULT_SITES.gmail, ...DEFAULT_SITES.slack]) granted.add(origin);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const executeScript = fakeBrowser.scripting.executeScript as unknown as ReturnType<typeof vi.fn>;
    executeScript.mockImplementationOnce(async () => {
      throw new Error('No tab with id: 1');
    });
    expect(await startInOpenTabs()).toBe(1);
    expect(started).toEqual([{ tabId: 2, frameIds: [0], files: [CONTENT_SCRIPT] }]);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});
