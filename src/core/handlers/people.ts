import type { HandlerGroup } from '../gate';
import { getPerson, updatePerson } from '../repos/people';
import crypto from 'node:crypto';
import { bulkUpdate, resolveTarget } from '../repos/peopleBulk';
import { BULK_JOB_MIN, type BulkJobInput } from '../repos/peopleBulkJob';

const today = (ctx: { now: () => Date }) => ctx.now().toISOString().slice(0, 10);

export const peopleHandlers: HandlerGroup<'people.list' | 'alumni.list' | 'people.get' | 'people.update' | 'people.bulkUpdate'> = {
  'people.list': (args, ctx) => ctx.reads.run('people.list', args),
  'alumni.list': (args, ctx) => ctx.reads.run('alumni.list', { args, today: today(ctx) }),
  'people.get': ({ id }, ctx) => getPerson(ctx.db, id),
  'people.update': ({ id, patch }, ctx) => {
    updatePerson(ctx.db, id, patch);
    ctx.changed('people');
    return getPerson(ctx.db, id);
  },
  'people.bulkUpdate': async ({ target, patch }, ctx) => {
    const ids = resolveTarget(ctx.db, target, today(ctx));
    const jobId = crypto.randomUUID();
    const updated =
      ids.length >= BULK_JOB_MIN
        ? await ctx.jobs.run<number>('people.bulk', { ids, patch } satisfies BulkJobInput, { jobId, onProgress: (phase, done, total, rate) => ctx.emit({ type: 'progress', jobId, phase, done, total, rate }) })
        : bulkUpdate(ctx.db, ids, patch);
    if (updated > 0) ctx.changed('people', 'alumni');
    return { updated };
  },
};
