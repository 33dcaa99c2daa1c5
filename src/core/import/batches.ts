import Papa from 'papaparse';
import type Database from 'better-sqlite3';
import type { ImportBatchDto } from '../../shared/api/contract/imports';
import { ApiError } from '../../shared/api/errors';
import type { ImportIssue, ImportKind } from '../../shared/domain';
import { parseJson } from '../repos/json';

// Looking back at imports: the batches, and each one's issues (file-level notes as row 0, then
// every row's messages), also as a CSV file a user can open in Excel.

interface BatchRow {
  id: number;
  file_name: string;
  kind: ImportKind;
  encoding: string | null;
  delimiter: string | null;
  rows: number;
  created: number;
  merged: number;
  rejected: number;
  warnings: number;
  status: 'done' | 'undone';
  started_at: string;
  finished_at: string | null;
  mapping: string;
}

function toDto(r: BatchRow): ImportBatchDto {
  const m = parseJson<{ fields?: Record<string, string>; notes?: string[] }>(r.mapping, {});
  return {
    id: r.id,
    fileName: r.file_name,
    kind: r.kind,
    encoding: r.encoding,
    delimiter: r.delimiter,
    rows: r.rows,
    created: r.created,
    merged: r.merged,
    rejected: r.rejected,
    warnings: r.warnings,
    status: r.status,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    mapping: m.fields ?? {},
    notes: m.notes ?? [],
  };
}

export function listBatches(db: Database.Database): ImportBatchDto[] {
  return (db.prepare('SELECT * FROM import_batches ORDER BY id DESC').all() as BatchRow[]).map(toDto);
}

export function getBatch(db: Database.Database, batchId: number): ImportBatchDto {
  const r = db.prepare('SELECT * FROM import_batches WHERE id = ?').get(batchId) as BatchRow | undefined;
  if (!r) throw new ApiError('NOT_FOUND', `There is no import #${batchId}.`, { field: 'batchId' });
  return toDto(r);
}

export function batchIssues(db: Database.Database, batchId: number): ImportIssue[] {
  const b = getBatch(db, batchId);
  const out: ImportIssue[] = b.notes.map((message) => ({ row: 0, column: '', value: '', severity: 'info', message }));
  const rows = db.prepare("SELECT row_no, messages FROM import_rows WHERE batch_id = ? AND messages <> '[]' ORDER BY row_no").raw().iterate(batchId) as Iterable<[number, string]>;
  for (const [row, messages] of rows) {
    for (const m of parseJson<Omit<ImportIssue, 'row'>[]>(messages, [])) out.push({ row, ...m });
  }
  return out;
}

/** A cell Excel would run as a formula gets a leading apostrophe. */
function safeCell(v: string | number): string | number {
  return typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

export function issuesCsv(db: Database.Database, batchId: number): { filename: string; content: string } {
  const b = getBatch(db, batchId);
  const issues = batchIssues(db, batchId);
  const body = Papa.unparse({
    fields: ['row', 'column', 'value', 'severity', 'message'],
    data: issues.map((i) => [i.row, i.column, i.value, i.severity, i.message].map(safeCell)),
  }, { newline: '\r\n' });
  const base = b.fileName.replace(/\.[^.]+$/, '').replace(/[^\w.-]+/g, '_') || 'import';
  return { filename: `${base}-import-${batchId}-issues.csv`, content: `\uFEFF${body}\r\n` };
}
