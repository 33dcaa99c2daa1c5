import { ApiError } from '../../shared/api/errors';
import type { HandlerGroup } from '../gate';
import type { Ctx } from '../context';
import { record } from '../audit/record';
import { createBackup, nativeBindingOf } from '../backup/create';
import { listBackups, pruneBackups, type BackupInfo } from '../backup/files';
import { restoreLive } from '../backup/restore';
import { readSettings } from '../privacy/settings';
import type { BackupDto } from '../../shared/api/contract/backup';

const dto = (b: BackupInfo): BackupDto => ({ id: b.id, reason: b.reason, createdAt: b.createdAt, size: b.size });

/** Restoring or erasing under a running import would race its transaction: wait for it instead. */
export function refuseWhileJobsRun(ctx: Ctx, what: string): void {
  if (ctx.jobs.running().length > 0) throw new ApiError('CONFLICT', `${what} has to wait until the work under way (an import or re-score) has finished.`);
}

export const backupHandlers: HandlerGroup<'backup.list' | 'backup.create' | 'backup.restore'> = {
  'backup.list': (_args, ctx) => ({ backups: listBackups(ctx.dbPath).map(dto), keep: readSettings(ctx.db).backupKeep, folder: 'backups' }),
  'backup.create': async (_args, ctx) => {
    if (ctx.dbPath === ':memory:') throw new ApiError('UNAVAILABLE', 'A workspace held only in memory cannot be backed up.');
    const b = await createBackup(ctx.db, ctx.dbPath, 'manual', { now: ctx.now() });
    pruneBackups(ctx.dbPath, readSettings(ctx.db).backupKeep);
    record(ctx.db, 'backup', `backup:${b.id}`, { by: ctx.actor, size: b.size }, ctx.now());
    return dto(b);
  },
  'backup.restore': async ({ id }, ctx) => {
    refuseWhileJobsRun(ctx, 'Restoring a backup');
    // Grid reads on the read worker wait: between putting the pages back and erasing again whoever
    // was erased since, the file holds people who must not be shown.
    const r = await ctx.reads.exclusive(() => restoreLive(ctx.db, ctx.dbPath, id, { actor: ctx.actor, now: ctx.now(), nativeBinding: nativeBindingOf(ctx.db) }));
    pruneBackups(ctx.dbPath, readSettings(ctx.db).backupKeep);
    ctx.changed('people', 'alumni', 'roles', 'matches', 'shortlists', 'imports', 'skills', 'layoffs', 'views', 'settings');
    return { restored: dto(r.restored), safetyCopy: r.safetyCopy ? dto(r.safetyCopy) : null, reErased: r.reErased, message: r.message };
  },
};
