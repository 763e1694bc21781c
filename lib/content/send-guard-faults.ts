import { browser } from 'wxt/browser';

/**
 * A test switch for the send guard's fail-open promise: when the extension's own storage.local holds
 * `bbTestFaults: ['send-guard']`, the guard throws at its first step, as a bug would. Only code with
 * the extension's rights (its pages, its service worker — an e2e test) can write that storage; a web
 * page cannot, so no site can use it. And all it can do is make the guard let messages through.
 */
export const TEST_FAULTS_KEY = 'bbTestFaults';

export interface FaultSwitch {
  /** Throws when the named fault is switched on. */
  check(name: 'send-guard'): void;
  dispose(): void;
}

export function watchTestFaults(): FaultSwitch {
  let on = new Set<string>();
  const read = (value: unknown) => {
    on = new Set(
      Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [],
    );
  };
  browser.storage.local.get(TEST_FAULTS_KEY).then(
    (stored) => read(stored[TEST_FAULTS_KEY]),
    () => undefined,
  );
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && TEST_FAULTS_KEY in changes) read(changes[TEST_FAULTS_KEY]?.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  return {
    check(name) {
      if (on.has(name)) throw new Error(`Better Brief test fault: ${name}`);
    },
    dispose: () => browser.storage.onChanged.removeListener(listener),
  };
}
