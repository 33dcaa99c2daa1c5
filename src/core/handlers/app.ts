import path from 'node:path';
import type { HandlerGroup } from '../gate';
import { MIGRATIONS } from '../db/migrations';
import { latestVersion } from '../db/migrate';
import { APP_VERSION, ENGINE_VERSION } from '../version';
import { readStats } from '../repos/stats';

export const appHandlers: HandlerGroup<'app.info' | 'app.stats' | 'jobs.cancel'> = {
  'app.info': (_args, ctx) => {
    const s = readStats(ctx.db);
    return {
      version: APP_VERSION,
      schemaVersion: latestVersion(MIGRATIONS),
      engineVersion: ENGINE_VERSION,
      workspace: path.basename(ctx.dbPath),
      shell: ctx.shell,
      empty: s.people === 0 && s.roles === 0,
    };
  },
  'app.stats': (_args, ctx) => readStats(ctx.db),
  'jobs.cancel': ({ jobId }, ctx) => ({ cancelled: ctx.jobs.cancel(jobId) }),
};
