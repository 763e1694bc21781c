import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeText, handleTabUpdated, showOpenSuggestions } from '../../../lib/background/toolbar-badge';

const frame = (tabId: number, frameId: number, documentId?: string) => ({
  tab: { id: tabId } as never,
  frameId,
  ...(documentId ? { documentId } : {}),
});
const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });

/** Which page loads still answer a ping (the rest were replaced by a navigation). */
function liveDocuments(...alive: string[]) {
  return vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (
    _tab: number,
    _message: unknown,
    options: { documentId?: string },
  ) => {
    if (!alive.includes(options.documentId ?? '')) throw new Error('Receiving end does not exist.');
    return undefined;
  }) as never);
}

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('toolbar badge', () => {
  it('shows the open suggestions of a tab in amber', async () => {
    const color = vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor');
    await showOpenSuggestions(frame(7, 0, 'doc-a'), 2);
    expect(await badge(7)).toBe('2');
    expect(color).toHaveBeenCalledWith({ tabId: 7, color: '#b45309' });
  });

  it('adds up the frames of a tab (Gmail and its Chat iframe)', async () => {
    await showOpenSuggestions(frame(7, 0, 'doc-mail'), 1);
    await showOpenSuggestions(frame(7, 12, 'doc-chat'), 2);
    expect(await badge(7)).toBe('3');
    await showOpenSuggestions(frame(7, 12, 'doc-chat'), 0);
    expect(await badge(7)).toBe('1');
    await showOpenSuggestions(frame(7, 0, 'doc-mail'), 0);
    expect(await badge(7)).toBe('');
  });

  it('counts two frames that report at the same moment', async () => {
    await Promise.all([
      showOpenSuggestions(frame(7, 0, 'doc-mail'), 1),
      showOpenSuggestions(frame(7, 12, 'doc-chat'), 2),
    ]);
    expect(await badge(7)).toBe('3');
  });

  it('keeps counting after a report that failed to store', async () => {
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValueOnce(new Error('quota'));
    await expect(showOpenSuggestions(frame(7, 0, 'doc-mail'), 1)).rejects.toThrow('quota');
    await showOpenSuggestions(frame(7, 12, 'doc-chat'), 2);
    expect(await badge(7)).toBe('2');
  });

  it('keeps tabs apart', async () => {
    await showOpenSuggestions(frame(1, 0, 'a'), 1);
    await showOpenSuggestions(frame(2, 0, 'b'), 4);
    expect([await badge(1), await badge(2)]).toEqual(['1', '4']);
  });

  it('keeps the count through a same-page navigation, where the page load is still there', async () => {
    await showOpenSuggestions(frame(3, 0, 'doc-a'), 2);
    liveDocuments('doc-a');
    await handleTabUpdated(3, { status: 'loading' });
    await handleTabUpdated(3, { status: 'complete' });
    expect(await badge(3)).toBe('2');
  });

  it('drops the count of a page load that a new page replaced', async () => {
    await showOpenSuggestions(frame(3, 0, 'doc-old'), 1);
    await showOpenSuggestions(frame(3, 9, 'doc-frame'), 2);
    liveDocuments('doc-frame');
    await handleTabUpdated(3, { status: 'complete' });
    expect(await badge(3)).toBe('2');
    liveDocuments();
    await handleTabUpdated(3, { status: 'complete' });
    expect(await badge(3)).toBe('');
  });

  it('clears the count after any load when the browser does not say which page load spoke', async () => {
    await showOpenSuggestions(frame(3, 0), 1);
    const ping = liveDocuments('anything');
    await handleTabUpdated(3, { status: 'complete' });
    expect(await badge(3)).toBe('');
    expect(ping).not.toHaveBeenCalled();
  });

  it('does not ping tabs without a count', async () => {
    const ping = liveDocuments();
    await handleTabUpdated(4, { status: 'complete' });
    expect(ping).not.toHaveBeenCalled();
  });

  it('keeps the badge short', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(12)).toBe('12');
    expect(badgeText(250)).toBe('99+');
  });
});
