import type { Ctx } from '../context';
import type { MatchPage, MatchStatus } from '../../shared/api/contract/match';
import type { ShortlistDetail } from '../../shared/api/contract/shortlists';
import type { Explanation } from '../../shared/api/contract/match';
import { ApiError } from '../../shared/api/errors';
import { parseJson } from '../repos/json';
import { callMethod, hasMethod } from '../export/callMethod';
import { appendEntries, entryIds, findRole, findShortlist, insertShortlist, topMatches, type NewEntry } from './repo';
import { readDetail } from './detail';
import { explanationsNow } from './scoring';

// What the shortlist methods do beyond plain storage: filling from the match results and
// keeping, for each person added, the score and explanation of that moment.

export const today = (ctx: Ctx) => ctx.now().toISOString().slice(0, 10);

/** A list with its entries; exports pass `withExplanations` false (see readEntries). */
export function detail(ctx: Ctx, ref: number | string, withExplanations = true): ShortlistDetail {
  const s = findShortlist(ctx.db, ref);
  return readDetail(ctx.db, s.id, s.roleId, today(ctx), withExplanations);
}

/** Brings stored scores up to date first, so "the current top N" means current. */
async function ensureFreshScores(ctx: Ctx): Promise<void> {
  if (!hasMethod('match.status') || !hasMethod('match.rescore')) return;
  const status = await callMethod<MatchStatus>(ctx, 'match.status', {});
  if (status.state === 'fresh' || status.openRoles === 0) return;
  await callMethod(ctx, 'match.rescore', { jobId: `shortlist-${ctx.now().getTime()}` });
}

function entriesFor(ctx: Ctx, personIds: readonly number[], roleId: number | null, known = new Map<number, Explanation>()): NewEntry[] {
  const addedAt = ctx.now().toISOString();
  const need = personIds.filter((id) => !known.has(id));
  const scores = new Map([...known, ...explanationsNow(ctx.db, roleId, need, today(ctx))]);
  const stages = new Map(
    (ctx.db.prepare('SELECT id, stage FROM people WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(personIds)) as { id: number; stage: string }[]).map((r) => [r.id, r.stage]),
  );
  const unknown = personIds.filter((id) => !stages.has(id));
  if (unknown.length) throw new ApiError('NOT_FOUND', `${unknown.length === 1 ? 'One person is' : `${unknown.length} people are`} no longer in the workspace.`, { field: 'personIds' });
  return personIds.map((personId) => ({ personId, stage: stages.get(personId)!, addedBy: ctx.actor, addedAt, explanation: scores.get(personId) ?? null }));
}

export async function createShortlist(ctx: Ctx, a: { name: string; roleId?: number; reqId?: string; top?: number }): Promise<ShortlistDetail> {
  const role = findRole(ctx.db, a);
  let top: { personId: number; explanation: string }[] = [];
  if (a.top) {
    await ensureFreshScores(ctx);
    top = topMatches(ctx.db, role.id, a.top);
  }
  const known = new Map<number, Explanation>();
  for (const t of top) {
    const e = parseJson<Explanation | null>(t.explanation, null);
    if (e) known.set(t.personId, e);
  }
  const id = ctx.db.transaction(() => {
    const sid = insertShortlist(ctx.db, a.name, role.id, ctx.now().toISOString());
    appendEntries(ctx.db, sid, entriesFor(ctx, top.map((t) => t.personId), role.id, known));
    return sid;
  })();
  ctx.changed('shortlists');
  return detail(ctx, id);
}

/** The people a match-grid selection shows for the shortlist's role, in the grid's order. */
async function peopleFromMatches(ctx: Ctx, roleId: number | null, sel: Record<string, unknown> & { limit: number }): Promise<number[]> {
  if (roleId === null) throw new ApiError('CONFLICT', "This shortlist's role no longer exists, so there are no matches to add from.", { field: 'fromMatches' });
  const { limit, ...rest } = sel;
  const page = await callMethod<MatchPage>(ctx, 'match.forRole', { ...rest, role: roleId, offset: 0, limit }, 'The match grid is not available in this version yet; add people by id.');
  return page.rows.map((r) => r.personId);
}

export async function addPeople(
  ctx: Ctx,
  a: { shortlist: number | string; personIds?: number[]; fromMatches?: Record<string, unknown> & { limit: number } },
): Promise<{ added: number; alreadyThere: number; shortlist: ShortlistDetail }> {
  const s = findShortlist(ctx.db, a.shortlist);
  const ids = [...(a.personIds ?? [])];
  if (a.fromMatches) ids.push(...(await peopleFromMatches(ctx, s.roleId, a.fromMatches)));
  const present = new Set(entryIds(ctx.db, s.id));
  const fresh = [...new Set(ids)].filter((id) => !present.has(id));
  const res = ctx.db.transaction(() => appendEntries(ctx.db, s.id, entriesFor(ctx, fresh, s.roleId)))();
  const alreadyThere = ids.length - res.added;
  if (res.added) ctx.changed('shortlists');
  return { added: res.added, alreadyThere, shortlist: readDetail(ctx.db, s.id, s.roleId, today(ctx)) };
}
