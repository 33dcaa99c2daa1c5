import type Database from 'better-sqlite3';
import { DEFAULT_KEEP } from '../backup/files';

// Workspace settings of the trust area, kept in the `settings` table (key → JSON).
// Keys are namespaced so other areas can keep theirs in the same table.

export interface TrustSettings {
  /** Hide names, emails, photos and LinkedIn in grids and exports while scoring and shortlisting. */
  blindReview: boolean;
  /** Remove never-contacted people from imported lists after this many days; null = keep. */
  retentionDays: number | null;
  /** How many backups to keep beside the workspace. */
  backupKeep: number;
}

export const DEFAULT_SETTINGS: TrustSettings = { blindReview: false, retentionDays: null, backupKeep: DEFAULT_KEEP };

const KEYS: Record<keyof TrustSettings, string> = {
  blindReview: 'privacy.blindReview',
  retentionDays: 'privacy.retentionDays',
  backupKeep: 'backup.keep',
};

function readKey(db: Database.Database, key: string): unknown {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  if (!row) return undefined;
  try {
    return JSON.parse(row.value);
  } catch {
    return undefined;
  }
}

/** The settings, each falling back to its default when unset or damaged. */
export function readSettings(db: Database.Database): TrustSettings {
  const blind = readKey(db, KEYS.blindReview);
  const days = readKey(db, KEYS.retentionDays);
  const keep = readKey(db, KEYS.backupKeep);
  return {
    blindReview: typeof blind === 'boolean' ? blind : DEFAULT_SETTINGS.blindReview,
    retentionDays: typeof days === 'number' && Number.isInteger(days) && days > 0 ? days : null,
    backupKeep: typeof keep === 'number' && Number.isInteger(keep) && keep >= 1 ? keep : DEFAULT_SETTINGS.backupKeep,
  };
}

export function writeSettings(db: Database.Database, patch: Partial<TrustSettings>): TrustSettings {
  const up = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  db.transaction(() => {
    for (const k of Object.keys(patch) as (keyof TrustSettings)[]) {
      if (patch[k] !== undefined) up.run(KEYS[k], JSON.stringify(patch[k]));
    }
  })();
  return readSettings(db);
}

/** True while blind review is on. One indexed read: cheap enough for every list call. */
export function isBlindReview(db: Database.Database): boolean {
  return readKey(db, KEYS.blindReview) === true;
}
