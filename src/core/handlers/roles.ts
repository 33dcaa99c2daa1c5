import type { HandlerGroup } from '../gate';
import type { Ctx } from '../context';
import { findRoleId, getRole, listRoles, saveRole, setRoleStatus } from '../match/roles';
import { refreshIfQuick } from '../match/service';

const today = (ctx: Ctx) => ctx.now().toISOString().slice(0, 10);

/** After a role changes, its scores follow at once when that is quick; otherwise match.status says stale. */
function afterChange(ctx: Ctx, id: number) {
  const { rescored } = refreshIfQuick(ctx.db, today(ctx));
  ctx.changed('roles', 'matches');
  return { ...getRole(ctx.db, id, today(ctx)), rescored };
}

export const rolesHandlers: HandlerGroup<'roles.list' | 'roles.get' | 'roles.save' | 'roles.setStatus'> = {
  'roles.list': (args, ctx) => listRoles(ctx.db, args, today(ctx)),
  'roles.get': ({ id, reqId }, ctx) => getRole(ctx.db, findRoleId(ctx.db, { id, reqId }), today(ctx)),
  'roles.save': (input, ctx) => afterChange(ctx, saveRole(ctx.db, input)),
  'roles.setStatus': ({ id, status }, ctx) => {
    setRoleStatus(ctx.db, id, status);
    return afterChange(ctx, id);
  },
};
