import { SOURCE_KINDS } from '../../shared/domain';
import type { Command } from '../command';
import { intFlag, parseWords, usageError } from '../command';
import { table } from '../render';

const KINDS = ['people', 'alumni', 'roles'] as const;

export const listCommand: Command = {
  name: 'list',
  usage: 'list people|alumni|roles [--limit N]',
  summary: 'Records of one kind, as an array.',
  async run(core, argv) {
    const { flags, positional } = parseWords(argv, { limit: 'string' }, 1);
    const kind = positional[0];
    if (!KINDS.includes(kind as (typeof KINDS)[number])) throw usageError(`Say what to list: ${KINDS.join(', ')}.`);
    const limit = intFlag(flags, 'limit', 1, 1_000_000) ?? 100;
    const rows: Record<string, unknown>[] = [];
    // Page through the store so a large --limit never builds one huge query result.
    for (let offset = 0; rows.length < limit; ) {
      const page = Math.min(5000, limit - rows.length);
      const res =
        kind === 'people'
          ? await core.invoke('people.list', { offset, limit: page, sort: [{ colId: 'id', sort: 'asc' }] })
          : kind === 'alumni'
            ? await core.invoke('alumni.list', { offset, limit: page, sort: [{ colId: 'id', sort: 'asc' }] })
            : await listRoles(core, offset, page);
      for (const r of res.rows as unknown as Record<string, unknown>[]) rows.push(forScripts(kind as (typeof KINDS)[number], r));
      offset += res.rows.length;
      if (res.rows.length < page) break;
    }
    const cols = kind === 'roles' ? ['reqId', 'title', 'track', 'level', 'status'] : kind === 'alumni' ? ['id', 'name', 'team', 'exitDate', 'exitType', 'rehire'] : ['id', 'name', 'title', 'company', 'track', 'level'];
    return { data: rows, text: table(rows, cols) };
  },
};

// Roles come from the matching area's contract; kept apart so this file reads the same for each kind.
async function listRoles(core: Parameters<Command['run']>[0], offset: number, limit: number): Promise<{ rows: unknown[] }> {
  const res = await core.call('roles.list', { offset, limit, sort: [{ colId: 'reqId', sort: 'asc' }] });
  if (!res.ok) throw usageError(res.error.message);
  return res.value as { rows: unknown[] };
}

/**
 * DESIGN.md promises every record "id, name/title, emails, linkedin, skills, source": `source` is a
 * person's main source (alumni before layoff list before ATS before manual; `sources` has them all);
 * a role's skills are its must-haves then nice-to-haves.
 */
function forScripts(kind: (typeof KINDS)[number], r: Record<string, unknown>): Record<string, unknown> {
  if (kind === 'roles') return { ...r, skills: [...((r.must as string[]) ?? []), ...((r.nice as string[]) ?? [])] };
  if (kind === 'alumni') return { ...r, source: 'alumni' };
  const sources = (r.sources as string[] | undefined) ?? [];
  return { ...r, source: SOURCE_KINDS.find((k) => sources.includes(k)) ?? null };
}
