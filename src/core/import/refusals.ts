import type { ImportKind } from '../../shared/domain';
import { IDENTITY_FIELDS, isPersonKind } from './fields';
import { bestField, FUZZY_COLUMNS } from './mapping/auto';
import { refuse } from './read/bytes';
import type { TableInfo } from './read/table';

/** The fields a kind of file cannot do without: one of them ties a row to a person, a role or a company. */
export function keyFields(kind: ImportKind): readonly string[] {
  return isPersonKind(kind) ? IDENTITY_FIELDS : kind === 'roles' ? ['title', 'reqId'] : ['company'];
}

/** Whether a row of headings has a column for one of the kind's key fields (a heading row can be the file's). */
export function namesAKeyColumn(cells: readonly string[], kind: ImportKind): boolean {
  const keys = keyFields(kind);
  // Like headerScore, only the first FUZZY_COLUMNS cells are read: a 100,000-column row stays quick.
  const end = Math.min(cells.length, FUZZY_COLUMNS);
  for (let i = 0; i < end; i++) {
    const c = cells[i]!;
    if (c.trim() !== '' && c.length < 80 && bestField(c, kind).some((m) => keys.includes(m.field))) return true;
  }
  return false;
}

/** Refuses a file whose mapping has nothing to tie a row to a person (or a role, or a company). */
export function checkIdentityColumns(info: TableInfo, kind: ImportKind, mapping: Record<string, string>): void {
  const targets = new Set(Object.values(mapping));
  const found = () => listHeaders(info.headers);
  if (isPersonKind(kind) && !IDENTITY_FIELDS.some((f) => targets.has(f))) {
    refuse(`${info.fileName} has no column that identifies a person (a name, email, LinkedIn URL or employee ID); the columns found were ${found()}.`);
  }
  if (kind === 'roles' && !targets.has('title') && !targets.has('reqId')) refuse(`${info.fileName} has no column with a role's title or req ID; the columns found were ${found()}.`);
  if (kind === 'layoffs' && !targets.has('company')) refuse(`${info.fileName} has no company column; the columns found were ${found()}.`);
}

/** The headers a refusal names: all of a normal sheet's, the first few of a very wide one. */
function listHeaders(headers: string[], max = 12): string {
  const shown = headers.slice(0, max).map((h) => `"${h.length > 40 ? `${h.slice(0, 40)}…` : h}"`).join(', ');
  return headers.length > max ? `${shown} and ${(headers.length - max).toLocaleString('en-US')} more` : shown;
}
