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

/**
 * The managed policy, or null when there is none. Firefox without a policy manifest, and some Chromium
 * forks, reject storage.managed.get outright: that means "no policy", not a failure.
 */
export async function getPolicy(): Promise<ManagedPolicy | null> {
  try {
    const raw = await browser.storage.managed.get();
    return readPolicy(raw ?? {});
  } catch {
    return null;
  }
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

export async function isLocked(): Promise<PolicyLocks> {
  return locksFor(await getPolicy());
}
