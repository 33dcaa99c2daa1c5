import { z } from 'zod';
import { method, returns } from '../define';

// Backups of the workspace: copies in a `backups/` folder beside it, taken daily, before every
// schema change and on demand. They are named by id only; no method takes or returns a path.

export interface BackupDto {
  id: string;
  /** daily | manual | pre-migration-vN | pre-restore */
  reason: string;
  createdAt: string;
  size: number;
}

export interface RestoreResultDto {
  restored: BackupDto;
  /** A copy of the workspace as it was just before the restore. */
  safetyCopy: BackupDto | null;
  reErased: number;
  message: string;
}

const backupId = z.string().min(1).max(200).regex(/^[A-Za-z0-9._-]+$/, 'a backup id from the list');

export const backupContract = {
  'backup.list': method({ args: z.object({}), result: returns<{ backups: BackupDto[]; keep: number; folder: string }>(), doc: 'Backups of this workspace, newest first.' }),
  'backup.create': method({ args: z.object({}), result: returns<BackupDto>(), doc: 'Takes a backup now, through SQLite\'s online backup API.' }),
  'backup.restore': method({
    args: z.object({ id: z.union([backupId, z.literal('latest')]) }),
    result: returns<RestoreResultDto>(),
    doc: 'Puts the workspace back to a backup (a copy of the current state is kept first).',
  }),
};
