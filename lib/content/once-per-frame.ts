/** Marks the frame's isolated world while our content script runs in it (shared by every injection). */
const RUNNING = Symbol.for('better-brief.content-script-running');

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
