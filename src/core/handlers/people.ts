import type { HandlerGroup } from '../gate';
import { getPerson, listPeople, updatePerson } from '../repos/people';
import { listAlumni } from '../repos/alumni';

export const peopleHandlers: HandlerGroup<'people.list' | 'alumni.list' | 'people.get' | 'people.update'> = {
  'people.list': (args, ctx) => listPeople(ctx.db, args),
  'alumni.list': (args, ctx) => listAlumni(ctx.db, args, ctx.now().toISOString().slice(0, 10)),
  'people.get': ({ id }, ctx) => getPerson(ctx.db, id),
  'people.update': ({ id, patch }, ctx) => {
    updatePerson(ctx.db, id, patch);
    ctx.changed('people');
    return getPerson(ctx.db, id);
  },
};
