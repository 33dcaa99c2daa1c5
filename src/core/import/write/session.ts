import type Database from 'better-sqlite3';
import type { ImportIssue, ImportKind, RowOutcome } from '../../../shared/domain';
import type { PossibleDuplicateDto } from '../../../shared/api/contract/imports';
import type { Knowledge } from '../ports';
import type { Plan, RowIssue, RowRecord } from '../record';
import { rawJson } from '../record';
import { BulkInsert } from './bulk';

// What every writer shares during one import: the batch, the counters that must add up
// (created + merged + rejected = rows), the row log, and the change log that undo reads.

export const MAX_RETURNED_ISSUES = 1000;

export type PossibleDuplicate = PossibleDuplicateDto;

export class Session {
  readonly counts = { rows: 0, created: 0, merged: 0, rejected: 0, warnings: 0, errors: 0 };
  readonly issues: ImportIssue[] = [];
  issueCount = 0;
  readonly duplicates: PossibleDuplicate[] = [];
  readonly unknownTerms: string[] = [];
  /** People created or merged into, for linking to layoff events afterwards. */
  readonly touched: number[] = [];
  private insRow: BulkInsert;
  private insChange: Database.Statement;
  /** Writers' own buffers, flushed with the row log. */
  private flushers: (() => void)[] = [];

  constructor(
    readonly db: Database.Database,
    readonly batchId: number,
    readonly kind: ImportKind,
    readonly plan: Plan,
    readonly know: Knowledge,
  ) {
    this.insRow = new BulkInsert(db, 'INSERT INTO import_rows (batch_id, row_no, raw, outcome, person_id, messages)', 6);
    this.insChange = db.prepare('INSERT INTO import_changes (batch_id, entity, entity_id, field, old_value) VALUES (?, ?, ?, ?, ?)');
  }

  /** Logs one source row with its outcome and messages, and counts it. */
  finishRow(rec: RowRecord, outcome: RowOutcome, entityId: number | null): void {
    this.counts.rows++;
    this.counts[outcome]++;
    for (const i of rec.issues) this.noteIssue(rec.rowNo, i);
    this.insRow.add(this.batchId, rec.rowNo, rawJson(this.plan, rec.cells), outcome, entityId, rec.issues.length ? JSON.stringify(rec.issues) : '[]');
  }

  private noteIssue(row: number, i: RowIssue): void {
    this.issueCount++;
    if (i.severity === 'warning') this.counts.warnings++;
    if (i.severity === 'error') this.counts.errors++;
    if (this.issues.length < MAX_RETURNED_ISSUES) this.issues.push({ row, ...i });
  }

  onFlush(fn: () => void): void {
    this.flushers.push(fn);
  }

  /** Writes every buffered row (before reading back what was written, and at the end). */
  flush(): void {
    for (const f of this.flushers) f();
    this.insRow.flush();
  }

  /** Remembers a value an import replaced (or a row it added: field '+row'), so undo can restore it. */
  change(entity: string, entityId: string | number, field: string, oldValue: unknown): void {
    const v = oldValue === null || oldValue === undefined ? null : typeof oldValue === 'string' ? oldValue : JSON.stringify(oldValue);
    this.insChange.run(this.batchId, entity, String(entityId), field, v);
  }
}

export const ADDED = '+row';
