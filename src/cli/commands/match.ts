import type { Command } from '../command';
import { intFlag, numberFlag, parseWords, usageError } from '../command';
import { table } from '../render';
import type { MatchRow } from '../../shared/api/contract/match';

type Core = Parameters<Command['run']>[0];

/** One ranked candidate as the CLI prints it: the score, its parts and the skills behind it. */
function toOutput(r: MatchRow) {
  const x = r.explanation!;
  return {
    reqId: r.reqId,
    roleTitle: r.roleTitle,
    rank: r.rank,
    personId: r.personId,
    name: r.name,
    score: r.score,
    components: x.components,
    matched: x.matched.map((m) => ({ skill: m.skill, raw: m.raw, kind: m.kind })),
    partial: x.partial.map((p) => ({ skill: p.skill, via: p.via, raw: p.raw, weight: p.weight, label: p.label, kind: p.kind })),
    missing: x.missing,
    nearMiss: x.nearMiss,
    nearMissSkill: x.nearMissSkill,
    flags: x.flags,
    engineVersion: x.engineVersion,
  };
}

/** Scores are brought up to date first, so the CLI never prints scores older than the data. */
async function ensureFresh(core: Core): Promise<void> {
  const status = await core.invoke('match.status', {});
  if (status.state === 'stale') await core.invoke('match.rescore', { jobId: `cli-match-${process.pid}` });
}

async function openRoleIds(core: Core): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await core.invoke('roles.list', { offset, limit: 1000, sort: [{ colId: 'reqId', sort: 'asc' }], filter: { status: { filterType: 'text', type: 'equals', filter: 'open' } } });
    ids.push(...page.rows.map((r) => r.reqId));
    if (page.rows.length < 1000) return ids;
  }
}

export const matchCommand: Command = {
  name: 'match',
  usage: 'match [--role REQ_ID | --all] [--top N] [--min-score S]',
  summary: 'The best candidates per open role, with the score explained.',
  async run(core, argv, io) {
    const { flags } = parseWords(argv, { role: 'string', all: 'boolean', top: 'string', 'min-score': 'string' }, 0);
    const top = intFlag(flags, 'top', 1, 5000) ?? 10;
    const minScore = numberFlag(flags, 'min-score', 0, 100);
    const role = typeof flags.role === 'string' ? flags.role.trim() : undefined;
    if (role && flags.all) throw usageError('Give either --role REQ_ID or --all, not both.');
    if (!role && !flags.all) throw usageError('Say which role to match: --role REQ_ID, or --all for every open role.');
    await ensureFresh(core);
    const reqIds = role ? [role] : await openRoleIds(core);
    const out: ReturnType<typeof toOutput>[] = [];
    for (const reqId of reqIds) {
      const page = await core.invoke('match.forRole', { role: reqId, limit: top, withExplanation: true, ...(minScore !== undefined ? { minScore } : {}) });
      out.push(...page.rows.map(toOutput));
    }
    // An empty answer for one role says why when the role is not open (it is scored only while open).
    if (role && out.length === 0) {
      const found = await core.invoke('roles.list', { offset: 0, limit: 1, sort: [], filter: { reqId: { filterType: 'text', type: 'equals', filter: role } } });
      const status = found.rows[0]?.status;
      if (status && status !== 'open') io.err(`Role ${role} is ${status.replace('_', ' ')}: only open roles are matched. Reopen it in Roles to see its candidates.`);
    }
    const text = table(
      out.map((r) => ({ ...r, matched: r.matched.map((m) => m.skill), partial: r.partial.map((p) => p.label) })),
      ['reqId', 'rank', 'name', 'score', 'matched', 'partial', 'missing'],
    );
    return { data: out, text };
  },
};
