import type { HandlerGroup } from '../gate';
import { getPerson, listPeople, updatePerson } from '../repos/people';

export const peopleHandlers: HandlerGroup<'people.list' | 'people.get' | 'people.update'> = {
  'people.list': (args, ctx) => listPeople(ctx.db, args),
  'people.get': ({ id }, ctx) => getPerson(ctx.db, id),
  'people.update': ({ id, patch }, ctx) => {
    updatePerson(ctx.db, id, patch);
    ctx.changed('people');
    return getPerson(ctx.db, id);
  },
};
