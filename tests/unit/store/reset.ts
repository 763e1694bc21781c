import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** A fresh browser profile: empty extension storage and an empty IndexedDB. */
export function freshProfile(): void {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
}
