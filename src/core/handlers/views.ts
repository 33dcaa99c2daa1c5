import type { HandlerGroup } from '../gate';
import { deleteView, listViews, saveView } from '../repos/views';

export const viewsHandlers: HandlerGroup<'views.list' | 'views.save' | 'views.delete'> = {
  'views.list': ({ grid }, ctx) => listViews(ctx.db, grid),
  'views.save': ({ grid, name, state, overwrite }, ctx) => {
    const view = saveView(ctx.db, grid, name, state, overwrite);
    ctx.changed('views');
    return view;
  },
  'views.delete': ({ id }, ctx) => {
    const deleted = deleteView(ctx.db, id);
    if (deleted) ctx.changed('views');
    return { deleted };
  },
};
