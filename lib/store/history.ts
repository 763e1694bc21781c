import { type DBSchema, openDB } from 'idb';
import type { PackSource } from '../guidance/resolved';
import type { Pack } from '../guidance/schema';

/** One pack that was in force, with when and where it came from. */
export interface HistoryEntry {
  id: number;
  packId: string;
  name: string;
  version: string;
  source: PackSource;
  /** ISO time it was put in force. */
  appliedAt: string;
  /** The address it was fetched from, for a subscription or policy URL. */
  origin?: string;
  pack: Pack;
}

interface HistoryDb extends DBSchema {
  packs: { key: number; value: HistoryEntry };
}

export const HISTORY_DB = 'better-brief-history';
/** Enough to go back weeks of hourly subscription updates that changed something, without growing forever. */
export const HISTORY_LIMIT = 50;

// Opened per call rather than cached: the options page and the background both write, and a cached
// connection would block a version upgrade or a test's fresh database.
function openHistoryDb() {
  return openDB<HistoryDb>(HISTORY_DB, 1, {
    upgrade(db) {
      db.createObjectStore('packs', { keyPath: 'id', autoIncrement: true });
    },
  });
}

/** Records a pack put in force; drops the oldest entries beyond HISTORY_LIMIT. */
export async function addHistoryEntry(
  pack: Pack,
  source: PackSource,
  now = new Date(),
  origin?: string,
): Promise<HistoryEntry> {
  const db = await openHistoryDb();
  try {
    const tx = db.transaction('packs', 'readwrite');
    const record = {
      packId: pack.id,
      name: pack.name,
      version: pack.version,
      source,
      appliedAt: now.toISOString(),
      ...(origin ? { origin } : {}),
      pack,
    };
    // The key path fills in the id; idb's types want it present, so add it after the fact.
    const id = await tx.store.add(record as HistoryEntry);
    const keys = await tx.store.getAllKeys();
    for (const old of keys.slice(0, Math.max(0, keys.length - HISTORY_LIMIT))) await tx.store.delete(old);
    await tx.done;
    return { ...record, id };
  } finally {
    db.close();
  }
}

/** Newest first. */
export async function listHistoryEntries(): Promise<HistoryEntry[]> {
  const db = await openHistoryDb();
  try {
    return (await db.getAll('packs')).reverse();
  } finally {
    db.close();
  }
}

export async function getHistoryEntry(id: number): Promise<HistoryEntry | undefined> {
  const db = await openHistoryDb();
  try {
    return await db.get('packs', id);
  } finally {
    db.close();
  }
}
