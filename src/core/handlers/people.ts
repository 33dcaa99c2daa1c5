import type { HandlerGroup } from '../gate';
import { getPerson, updatePerson } from '../repos/people';
import { bulkUpdate, resolveTarget } from '../repos/peopleBulk';

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
  'people.bulkUpdate': ({ target, patch }, ctx) => {
    const updated = bulkUpdate(ctx.db, resolveTarget(ctx.db, target, today(ctx)), patch);
    if (updated > 0) ctx.changed('people', 'alumni');
    return { updated };
  },
};
