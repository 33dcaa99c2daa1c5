import path from 'node:path';
import type { HandlerGroup } from '../gate';
import { MIGRATIONS } from '../db/migrations';
import { latestVersion } from '../db/migrate';
import { APP_VERSION, ENGINE_VERSION } from '../version';
import { readStats } from '../repos/stats';
import { ApiError } from '../../shared/api/errors';
import type { DemoResult } from '../../shared/api/contract/app';

export const appHandlers: HandlerGroup<'app.info' | 'app.stats' | 'demo.create' | 'jobs.cancel'> = {
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
  'demo.create': async ({ jobId, seed }, ctx) => {
    const s = readStats(ctx.db);
    if (s.people > 0 || s.roles > 0) throw new ApiError('CONFLICT', 'The demo workspace can only be loaded into an empty workspace.');
    const result = await ctx.jobs.run<DemoResult>('demo', { seed, today: ctx.now().toISOString().slice(0, 10) }, {
      jobId,
      onProgress: (phase, done, total, rate) => ctx.emit({ type: 'progress', jobId, phase, done, total, rate }),
    });
    ctx.changed('people', 'alumni', 'roles', 'matches', 'imports', 'layoffs', 'skills');
    return result;
  },
  'jobs.cancel': ({ jobId }, ctx) => ({ cancelled: ctx.jobs.cancel(jobId) }),
};
