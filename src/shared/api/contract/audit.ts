import { method, returns } from '../define';
import { PageArgs, type Page } from '../grid';

export interface AuditRow {
  id: number;
  at: string;
  /** import | undo_import | merge | forget | export | weights | backup | restore | retention | settings … */
  action: string;
  /** A reference such as "person:12" or "batch:3", never a name. */
  subject: string | null;
  details: Record<string, unknown>;
}

export const auditContract = {
  'audit.list': method({ args: PageArgs, result: returns<Page<AuditRow>>(), doc: 'The audit log: imports, merges, erasures, exports, weight changes, backups.' }),
};
