import type { HandlerGroup } from '../gate';
import { listAudit } from '../audit/list';

export const auditHandlers: HandlerGroup<'audit.list'> = {
  'audit.list': (args, ctx) => listAudit(ctx.db, args),
};
