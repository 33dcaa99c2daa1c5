import type { Command } from '../command';
import { intFlag, parseWords, usageError } from '../command';
import { table } from '../render';

const KINDS = ['people', 'alumni', 'roles'] as const;

export const listCommand: Command = {
  name: 'list',
  usage: 'list people|alumni|roles [--limit N]',
  summary: 'Records of one kind, as an array.',
  async run(core, argv) {
    const { flags, positional } = parseWords(argv, { limit: 'string' });
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
      rows.push(...(res.rows as unknown as Record<string, unknown>[]));
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
