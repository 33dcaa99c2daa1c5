import path from 'node:path';
import fs from 'node:fs';

/** Backups live beside the workspace in a `backups/` folder, named by time and reason. */
export function backupDir(dbPath: string): string {
  return path.join(path.dirname(path.resolve(dbPath)), 'backups');
}

export function backupFileName(dbPath: string, reason: string, now = new Date()): string {
  const dir = backupDir(dbPath);
  fs.mkdirSync(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return path.join(dir, `${path.basename(dbPath, path.extname(dbPath))}-${stamp}-${reason}.sqlite`);
}
