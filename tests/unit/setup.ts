import 'fake-indexeddb/auto';
import { configure } from '@testing-library/dom';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SITE_MATCHES } from '../../lib/sites/hosts';

// waitFor gives up after 1 s by default: a page's save goes through IndexedDB and storage, which on a
// busy 2-core machine running test files side by side took longer (the options page's saves, seen
// failing only under load). Tests still fail when the state never comes, only later.
configure({ asyncUtilTimeout: 5_000 });

type Listener = (...args: unknown[]) => unknown;

/** An extension event in memory, with `trigger` for tests (as fakeBrowser's own events have). */
export function fakeEvent() {
  const listeners = new Set<Listener>();
  return {
    addListener: (listener: Listener) => void listeners.add(listener),
    removeListener: (listener: Listener) => void listeners.delete(listener),
    hasListener: (listener: Listener) => listeners.has(listener),
    async trigger(...args: unknown[]) {
      for (const listener of listeners) await listener(...args);
    },
  };
}

// The fake browser leaves the permissions API unimplemented, and the popup and options page check
// the granted sites when they open (SiteAccessPrompt): by default every site is granted, as in Chrome
// after install. A test that needs otherwise replaces them (in its own beforeEach, which runs after).
beforeEach(() => {
  Object.assign(fakeBrowser.permissions, {
    contains: async () => true,
    getAll: async () => ({ permissions: [], origins: [...DEFAULT_SITE_MATCHES] }),
    onAdded: fakeEvent(),
    onRemoved: fakeEvent(),
  });
  // The version names the compiled guidance the background stores (lib/guidance/compiled-store.ts).
  fakeBrowser.runtime.getManifest = () => ({
    manifest_version: 3,
    name: 'Better Brief',
    version: '0.0.0-test',
  });
});
