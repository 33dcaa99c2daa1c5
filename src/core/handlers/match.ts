import type { HandlerGroup } from '../gate';
import type { Ctx } from '../context';
import type { RescoreResult, WeightsInfo } from '../../shared/api/contract/match';
import { MatchFilters } from '../../shared/api/contract/match';
import { currentPlan, explainLive, matchStatus, previewWeights, refreshIfQuick, roleIsStale, rolesForPerson } from '../match/service';
import { findRoleId } from '../match/roles';
import { BUILTIN_WEIGHTS, readDefaults, writeDefaults } from '../match/weights';
import { ownWeights } from '../match/load';
import { resolveWeights } from '../match/weights';
import type { MatchJobInput } from '../match/job';

type MatchMethods = 'match.forRole' | 'match.all' | 'match.explain' | 'match.forPerson' | 'match.rescore' | 'match.status' | 'weights.get' | 'weights.setDefault' | 'weights.preview';

const today = (ctx: Ctx) => ctx.now().toISOString().slice(0, 10);

const FILTER_KEYS = Object.keys(MatchFilters.shape) as (keyof typeof MatchFilters.shape)[];
function filtersOf(args: Record<string, unknown>) {
  return Object.fromEntries(FILTER_KEYS.filter((k) => args[k] !== undefined).map((k) => [k, args[k]]));
}

function weightsInfo(ctx: Ctx, roleId?: number): WeightsInfo {
  const d = readDefaults(ctx.db);
  let role: WeightsInfo['role'] = null;
  if (roleId !== undefined) {
    const id = findRoleId(ctx.db, { id: roleId });
    const r = ctx.db.prepare('SELECT track, weights FROM roles WHERE id = ?').get(id) as { track: string; weights: string | null };
    const own = ownWeights(r.weights);
    const eff = resolveWeights(own, r.track as keyof typeof BUILTIN_WEIGHTS, d);
    role = { roleId: id, own, effective: eff.weights, source: eff.source };
  }
  return { builtin: BUILTIN_WEIGHTS, global: d.global, byTrack: d.byTrack, role };
}

export const matchHandlers: HandlerGroup<MatchMethods> = {
  'match.forRole': async (args, ctx) => {
    const roleId = typeof args.role === 'number' ? findRoleId(ctx.db, { id: args.role }) : findRoleId(ctx.db, { reqId: args.role });
    const { offset, limit, sort, filter, quick } = args;
    const page = await ctx.reads.run('match.page', { roleId, openOnly: false, page: { offset, limit, sort, filter, quick }, filters: filtersOf(args), today: today(ctx) });
    // Read off this thread in the shells: the role may have gone meanwhile (an import undone, a restore).
    findRoleId(ctx.db, { id: roleId });
    const { plan } = currentPlan(ctx.db, today(ctx));
    const at = ctx.db.prepare('SELECT computed_at FROM match_roles_state WHERE role_id = ?').get(roleId) as { computed_at: string } | undefined;
    // Only open roles are scored: a closed one has no scores, and none are owed.
    const open = (ctx.db.prepare('SELECT status FROM roles WHERE id = ?').get(roleId) as { status: string }).status === 'open';
    return { ...page, stale: open && (roleIsStale(plan, roleId) || !at), computedAt: at?.computed_at ?? null };
  },
  'match.all': async (args, ctx) => {
    const { offset, limit, sort, filter, quick } = args;
    const page = await ctx.reads.run('match.page', { openOnly: true, page: { offset, limit, sort, filter, quick }, filters: filtersOf(args), today: today(ctx) });
    const { plan } = currentPlan(ctx.db, today(ctx));
    const at = ctx.db.prepare('SELECT min(computed_at) AS at FROM match_roles_state').get() as { at: string | null };
    return { ...page, stale: plan.reasons.length > 0, computedAt: at.at };
  },
  'match.explain': ({ roleId, personId }, ctx) => explainLive(ctx.db, roleId, personId, today(ctx)),
  'match.forPerson': ({ personId, limit }, ctx) => rolesForPerson(ctx.db, personId, limit, today(ctx)),
  'match.rescore': async ({ jobId, full }, ctx) => {
    const input: MatchJobInput = { today: today(ctx) };
    const result = await ctx.jobs.run<RescoreResult>(full ? 'match.full' : 'match.incremental', input, {
      jobId,
      onProgress: (phase, done, total, rate) => ctx.emit({ type: 'progress', jobId, phase, done, total, rate }),
    });
    if (result.mode !== 'none') ctx.changed('matches', 'roles');
    const { mode, roles, people, kept, seconds } = result;
    return { mode, roles, people, kept, seconds };
  },
  'match.status': (_args, ctx) => matchStatus(ctx.db, today(ctx), ctx.dataVersion()),
  'weights.get': ({ roleId }, ctx) => weightsInfo(ctx, roleId),
  'weights.setDefault': ({ weights, track }, ctx) => {
    const d = readDefaults(ctx.db);
    const before = track ? (d.byTrack[track] ?? null) : d.global;
    if (track) {
      if (weights) d.byTrack[track] = weights;
      else delete d.byTrack[track];
    } else d.global = weights;
    ctx.db.transaction(() => {
      writeDefaults(ctx.db, d);
      ctx.db.prepare(`INSERT INTO audit_log (action, subject, details) VALUES ('weights', ?, ?)`).run(track ? `default:${track}` : 'default', JSON.stringify({ before, after: weights }));
    })();
    const { rescored } = refreshIfQuick(ctx.db, today(ctx));
    ctx.changed('settings', 'matches', 'roles');
    return { ...weightsInfo(ctx), rescored };
  },
  'weights.preview': ({ roleId, weights }, ctx) => ({ rows: previewWeights(ctx.db, findRoleId(ctx.db, { id: roleId }), weights, today(ctx)) }),
};
