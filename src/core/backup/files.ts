import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/api/errors';

// Backups live beside the workspace in a `backups/` folder, one self-contained SQLite file each,
// named `<workspace>-<UTC stamp>-<reason>.sqlite`. The id a user sees is the name without `.sqlite`;
// only ids found in the folder are ever accepted, so no caller can name an arbitrary path.

export interface BackupInfo {
  id: string;
  fileName: string;
  /** daily | manual | pre-migration-vN | pre-restore | … */
  reason: string;
  createdAt: string;
  size: number;
}

export const DEFAULT_KEEP = 10;
const STAMP = /^(.*)-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-([a-z0-9-]+)\.sqlite$/;

export function backupDir(dbPath: string): string {
  return path.join(path.dirname(path.resolve(dbPath)), 'backups');
}

function baseName(dbPath: string): string {
  return path.basename(dbPath, path.extname(dbPath));
}

function stampOf(d: Date): string {
  return d.toISOString().replace(/[:.]/g, '-');
}

/** A new backup's path (the folder is created); never the same as an existing one. */
export function backupFileName(dbPath: string, reason: string, now = new Date()): string {
  const dir = backupDir(dbPath);
  fs.mkdirSync(dir, { recursive: true });
  const safeReason = reason.toLowerCase().replace(/[^a-z0-9-]+/g, '-').slice(0, 40) || 'backup';
  let t = now.getTime();
  let file: string;
  // Two backups in the same millisecond would share a name; step the stamp instead of overwriting.
  while (fs.existsSync((file = path.join(dir, `${baseName(dbPath)}-${stampOf(new Date(t))}-${safeReason}.sqlite`)))) t++;
  return file;
}

function parseStamp(s: string): string {
  const [date, time] = s.split('T') as [string, string];
  const [h, m, sec, ms] = time.replace('Z', '').split('-');
  return `${date}T${h}:${m}:${sec}.${ms}Z`;
}

/** This workspace's backups, newest first. */
export function listBackups(dbPath: string): BackupInfo[] {
  const dir = backupDir(dbPath);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const base = baseName(dbPath);
  const out: BackupInfo[] = [];
  for (const fileName of names) {
    const m = STAMP.exec(fileName);
    if (!m || m[1] !== base) continue;
    let size = 0;
    try {
      size = fs.statSync(path.join(dir, fileName)).size;
    } catch {
      continue;
    }
    out.push({ id: fileName.slice(0, -'.sqlite'.length), fileName, reason: m[3]!, createdAt: parseStamp(m[2]!), size });
  }
  return out.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id < b.id ? 1 : -1));
}

export function latestBackup(dbPath: string): BackupInfo | null {
  return listBackups(dbPath)[0] ?? null;
}

/** The file of a backup the user picked by id (or 'latest'); NOT_FOUND for anything else. */
export function resolveBackup(dbPath: string, id: string): BackupInfo & { path: string } {
  const all = listBackups(dbPath);
  const found = id === 'latest' ? all[0] : all.find((b) => b.id === id);
  if (!found) {
    throw new ApiError('NOT_FOUND', all.length === 0 ? 'There are no backups of this workspace yet.' : `There is no backup called "${id.slice(0, 120)}". List them with: bridgehire backup list`, { field: 'id' });
  }
  return { ...found, path: path.join(backupDir(dbPath), found.fileName) };
}

/** Keeps the newest `keep` backups and removes the rest (and leftovers of interrupted ones). */
export function pruneBackups(dbPath: string, keep: number): string[] {
  const removed: string[] = [];
  for (const b of listBackups(dbPath).slice(Math.max(1, keep))) {
    fs.rmSync(path.join(backupDir(dbPath), b.fileName), { force: true });
    removed.push(b.id);
  }
  const dir = backupDir(dbPath);
  const dayAgo = Date.now() - 24 * 3600 * 1000;
  for (const f of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    if (!f.endsWith('.partial')) continue;
    const p = path.join(dir, f);
    if (fs.statSync(p).mtimeMs < dayAgo) fs.rmSync(p, { force: true });
  }
  return removed;
}
