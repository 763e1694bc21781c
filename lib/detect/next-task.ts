/** Lets other work run between two slices of long work (a compile, a decompression). */
export type Pause = () => Promise<void>;

/**
 * A new task, as soon as the thread is free: `scheduler.yield()` where there is one, else a message to
 * ourselves. Not setTimeout: after a few nested calls browsers hold it back 4 ms each time, which made
 * a sliced compile take twice as long.
 */
export const nextTask: Pause = () => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
};
