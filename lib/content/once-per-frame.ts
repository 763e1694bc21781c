/**
 * The registry key of the symbol that marks the frame's isolated world while our content script runs
 * in it (shared by every injection). The background reads it too, to start the script only where it
 * is not running (lib/background/open-tabs.ts).
 */
export const RUNNING_KEY = 'better-brief.content-script-running';
const RUNNING = Symbol.for(RUNNING_KEY);

type World = { [RUNNING]?: true };

/**
 * Claims the frame for this run of the content script: false when another run already holds it (the
 * declared script and the extra-sites registration both match the page). The returned release is for
 * when this run stops (extension reloaded or updated), so that the run replacing it may start.
 */
export function claimFrame(world: object = globalThis): (() => void) | undefined {
  const flagged = world as World;
  if (flagged[RUNNING]) return undefined;
  flagged[RUNNING] = true;
  return () => {
    delete flagged[RUNNING];
  };
}
