import type { Command } from '../command';
import { intFlag, parseWords } from '../command';
import { table } from '../render';
import type { FilterModel } from '../../shared/api/grid';

export const auditCommand: Command = {
  name: 'audit',
  usage: 'audit [--limit N] [--action A]',
  summary: 'The audit log: imports, merges, erasures, exports, weight changes, backups.',
  async run(core, argv) {
    const { flags } = parseWords(argv, { limit: 'string', action: 'string' }, 0);
    const limit = intFlag(flags, 'limit', 1, 5000) ?? 50;
    const filter: FilterModel = typeof flags.action === 'string' ? { action: { filterType: 'text', type: 'equals', filter: flags.action } } : {};
    const page = await core.invoke('audit.list', { limit, filter });
    const rows = page.rows.map((r) => ({ ...r, details: JSON.stringify(r.details) }));
    return { data: page.rows, text: table(rows, ['id', 'at', 'action', 'subject', 'details']) };
  },
};
