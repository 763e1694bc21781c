import { type PackIssue, packMessage, packMessageByLang, shorten } from '../guidance/pack-errors';
import type { Localized } from '../guidance/schema';
import { PACK_SIZE_LIMIT } from '../guidance/validate';

/** The state of one pack address the extension follows (a subscription, or the policy's packUrl). */
export interface SubscriptionStatus {
  url: string | null;
  lastCheckedAt?: string;
  lastSuccessAt?: string;
  lastError?: Localized;
  lastErrorAt?: string;
  /** Validators of the last pack put in force from this address, for conditional requests. */
  etag?: string;
  lastModified?: string;
}

const FETCH_TIMEOUT_MS = 30_000;

/** Why an address cannot be followed, or undefined when it is a plain HTTPS address. */
export function packUrlProblem(url: string): Localized | undefined {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'https:' && parsed.hostname !== '') return undefined;
  } catch {
    // Not a URL at all: same answer.
  }
  return packMessage('url-not-https', { url: shorten(url, 80) });
}

export type FetchOutcome =
  | { kind: 'not-modified' }
  | { kind: 'fetched'; text: string; etag?: string; lastModified?: string }
  | { kind: 'failed'; error: Localized };

/**
 * One conditional GET. Validators are only sent when the pack they describe is still in force,
 * otherwise a 304 would leave nothing to keep.
 */
export async function fetchPack(
  url: string,
  validators: Pick<SubscriptionStatus, 'etag' | 'lastModified'>,
): Promise<FetchOutcome> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (validators.etag) headers['If-None-Match'] = validators.etag;
  if (validators.lastModified) headers['If-Modified-Since'] = validators.lastModified;
  try {
    const response = await fetch(url, {
      headers,
      cache: 'no-cache',
      credentials: 'omit',
      redirect: 'follow',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
    if (response.status === 304) return { kind: 'not-modified' };
    if (!response.ok)
      return { kind: 'failed', error: packMessage('fetch-status', { url, status: response.status }) };
    const length = Number(response.headers.get('Content-Length') ?? 0);
    if (length > PACK_SIZE_LIMIT) {
      return {
        kind: 'failed',
        error: packMessage('too-large', { size: Math.ceil(length / 1024), limit: PACK_SIZE_LIMIT / 1024 }),
      };
    }
    const etag = response.headers.get('ETag') ?? undefined;
    const lastModified = response.headers.get('Last-Modified') ?? undefined;
    return {
      kind: 'fetched',
      text: await response.text(),
      ...(etag ? { etag } : {}),
      ...(lastModified ? { lastModified } : {}),
    };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { kind: 'failed', error: packMessage('fetch-failed', { url, detail: shorten(detail, 120) }) };
  }
}

/** One line summing up a refused pack: how many problems and the first one, in each language. */
export function refusalMessage(url: string, errors: readonly PackIssue[]): Localized {
  const first = errors[0];
  return packMessageByLang('fetch-refused', (lang) => ({
    url,
    count: errors.length,
    first: first ? `${first.path} — ${first.message[lang]}` : '',
  }));
}
