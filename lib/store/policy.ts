import { browser } from 'wxt/browser';

/**
 * What IT can set through browser policy (public/managed-schema.json): a pack as JSON text, or the
 * HTTPS address of one, and the team every colleague gets. A policy pack wins over everything.
 */
export interface ManagedPolicy {
  pack?: string;
  packUrl?: string;
  team?: string;
}

/** What the options page and popup lock because the organisation set it. */
export interface PolicyLocks {
  /** A policy is present at all: the pages say the guidance is managed by the organisation. */
  managed: boolean;
  /** Import, editing, rollback and undo are locked (the policy sets a pack or pack URL). */
  pack: boolean;
  /** The pack URL field is locked (same condition: a policy pack leaves no room for a subscription). */
  subscription: boolean;
  /** The team choice is locked to `teamId`. */
  team: boolean;
  teamId?: string;
  /**
   * The browser has not said yet whether a policy is set (no copy of an earlier read, managed storage
   * slow after install): everything a policy could lock stays locked until it answers.
   */
  pending?: boolean;
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Keeps only the known, well-typed settings; a policy is data from outside like any pack. */
export function readPolicy(raw: Record<string, unknown>): ManagedPolicy | null {
  const policy: ManagedPolicy = {};
  const pack = nonEmptyString(raw.pack);
  const packUrl = nonEmptyString(raw.packUrl);
  const team = nonEmptyString(raw.team);
  if (pack) policy.pack = pack;
  if (packUrl) policy.packUrl = packUrl.trim();
  if (team) policy.team = team.trim();
  return Object.keys(policy).length > 0 ? policy : null;
}

/** storage.local key of the last policy read ({ policy }), for pages to show at once (getPolicyToShow). */
export const POLICY_COPY_KEY = 'policyCopy';

interface PolicyCopy {
  policy: ManagedPolicy | null;
}

/**
 * The managed policy, or null when there is none. Firefox without a policy manifest, and some Chromium
 * forks, reject storage.managed.get outright: that means "no policy", not a failure. What it says is
 * copied to storage.local (only when it differs from the copy), for getPolicyToShow.
 */
export async function getPolicy(): Promise<ManagedPolicy | null> {
  let policy: ManagedPolicy | null;
  try {
    const raw = await browser.storage.managed.get();
    policy = readPolicy(raw ?? {});
  } catch {
    policy = null;
  }
  await keepCopy(policy);
  return policy;
}

async function keepCopy(policy: ManagedPolicy | null): Promise<void> {
  const stored = (await browser.storage.local.get(POLICY_COPY_KEY))[POLICY_COPY_KEY] as
    | PolicyCopy
    | undefined;
  if (stored && JSON.stringify(stored.policy) === JSON.stringify(policy)) return;
  await browser.storage.local.set({ [POLICY_COPY_KEY]: { policy } satisfies PolicyCopy });
}

/**
 * The policy for the popup and the options page to show: the live one, or the copy the last read
 * left (the background reads it at every start) when that copy is there first. Chrome can take 3 to 8
 * seconds to answer storage.managed after it starts, with or without a policy, and a page must not
 * stay blank that long. The live answer updates the copy when it differs: pages that listen to
 * POLICY_COPY_KEY then show it. Changes are still checked against the live policy (packs.ts,
 * subscription.ts), so a stale copy never lets a locked setting change.
 */
export function getPolicyToShow(): Promise<ManagedPolicy | null> {
  const live = getPolicy();
  const copy = browser.storage.local
    .get(POLICY_COPY_KEY)
    .then(
      (stored) => (stored[POLICY_COPY_KEY] as PolicyCopy | undefined) ?? live.then((policy) => ({ policy })),
    )
    .then((stored) => readPolicy({ ...(stored.policy ?? {}) }));
  return Promise.race([live, copy]);
}

export function locksFor(policy: ManagedPolicy | null): PolicyLocks {
  const packSet = Boolean(policy?.pack || policy?.packUrl);
  return {
    managed: policy !== null,
    pack: packSet,
    subscription: packSet,
    team: Boolean(policy?.team),
    ...(policy?.team ? { teamId: policy.team } : {}),
  };
}

/** How long the options page waits for the first policy read before showing itself with PENDING_LOCKS. */
export const POLICY_WAIT_MS = 400;

const PENDING_LOCKS: PolicyLocks = {
  managed: false,
  pack: true,
  subscription: true,
  team: true,
  pending: true,
};

/**
 * The locks for the options page to show: from getPolicyToShow, or, when neither a copy nor the live
 * policy is there within `waitMs` (just after install), everything locked and `pending`, so the page
 * shows at once; the live answer then changes POLICY_COPY_KEY, and the page reloads its locks.
 */
export async function locksToShow(waitMs = POLICY_WAIT_MS): Promise<PolicyLocks> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), waitMs);
  });
  const policy = await Promise.race([getPolicyToShow(), late]);
  clearTimeout(timer);
  return policy === 'late' ? PENDING_LOCKS : locksFor(policy);
}

export async function isLocked(): Promise<PolicyLocks> {
  return locksFor(await getPolicy());
}
