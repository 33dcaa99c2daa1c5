import type { Ctx } from '../context';

/** Every export is written down: what, how many rows, in which format, by whom, from which shell. */
export function auditExport(ctx: Ctx, subject: string, details: { format: string; rows: number; fileName: string; [k: string]: unknown }): void {
  ctx.db
    .prepare("INSERT INTO audit_log (at, action, subject, details) VALUES (?, 'export', ?, ?)")
    .run(ctx.now().toISOString(), subject, JSON.stringify({ ...details, actor: ctx.actor, shell: ctx.shell }));
}
