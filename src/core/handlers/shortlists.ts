import type { HandlerGroup } from '../gate';
import { deleteShortlist, findShortlist, listShortlists, removeEntry, renameShortlist, reorder, shortlistSummary, updateEntry } from '../shortlists/repo';
import { readDetail, readEntries } from '../shortlists/detail';
import { addPeople, createShortlist, detail, today } from '../shortlists/service';

type Methods = 'shortlists.list' | 'shortlists.get' | 'shortlists.create' | 'shortlists.rename' | 'shortlists.delete' | 'shortlists.addPeople' | 'shortlists.removeEntry' | 'shortlists.updateEntry' | 'shortlists.reorder';

export const shortlistsHandlers: HandlerGroup<Methods> = {
  'shortlists.list': (_a, ctx) => listShortlists(ctx.db),
  'shortlists.get': ({ shortlist }, ctx) => detail(ctx, shortlist),
  'shortlists.create': (a, ctx) => createShortlist(ctx, a),
  'shortlists.rename': ({ shortlist, name }, ctx) => {
    const s = findShortlist(ctx.db, shortlist);
    renameShortlist(ctx.db, s.id, name);
    ctx.changed('shortlists');
    return shortlistSummary(ctx.db, s.id);
  },
  'shortlists.delete': ({ shortlist }, ctx) => {
    const s = findShortlist(ctx.db, shortlist);
    const deleted = deleteShortlist(ctx.db, s.id);
    ctx.changed('shortlists');
    return { deleted };
  },
  'shortlists.addPeople': (a, ctx) => addPeople(ctx, a),
  'shortlists.removeEntry': ({ shortlist, personId }, ctx) => {
    const s = findShortlist(ctx.db, shortlist);
    removeEntry(ctx.db, s.id, personId);
    ctx.changed('shortlists');
    return readDetail(ctx.db, s.id, s.roleId, today(ctx));
  },
  'shortlists.updateEntry': ({ shortlist, personId, stage, note }, ctx) => {
    const s = findShortlist(ctx.db, shortlist);
    updateEntry(ctx.db, s.id, personId, { stage, note });
    ctx.changed('shortlists');
    return readEntries(ctx.db, s.id, s.roleId, today(ctx), [personId])[0]!;
  },
  'shortlists.reorder': ({ shortlist, personIds }, ctx) => {
    const s = findShortlist(ctx.db, shortlist);
    reorder(ctx.db, s.id, personIds);
    ctx.changed('shortlists');
    return readDetail(ctx.db, s.id, s.roleId, today(ctx));
  },
};
