import type Database from 'better-sqlite3';
import type { ImportIssue, ImportKind, RowOutcome } from '../../../shared/domain';
import type { PossibleDuplicateDto } from '../../../shared/api/contract/imports';
import { unknownKey } from '../../skills';
import type { Knowledge } from '../ports';
import type { Plan, RowIssue, RowRecord } from '../record';
import { rawJson } from '../record';
import { detach } from '../identity';
import { BATCH, BulkInsert } from './bulk';

// What every writer shares during one import: the batch, the counters that must add up
// (created + merged + rejected = rows), the row log, and the change log that undo reads.
// Nothing here grows with the file except what is written to the store: the issues and
// duplicates returned are capped, unknown skills are counted per term.

export const MAX_RETURNED_ISSUES = 1000;

/** A row ready for the log: its number, messages and the raw text to store. */
export interface LoggedRow {
  rowNo: number;
  raw: string;
  issues: RowIssue[];
}
/** Distinct unknown terms whose counts a batch remembers, so undo can take them back. */
export const MAX_REMEMBERED_UNKNOWN = 20000;

export type PossibleDuplicate = PossibleDuplicateDto;

export class Session {
  readonly counts = { rows: 0, created: 0, merged: 0, rejected: 0, warnings: 0, errors: 0 };
  readonly issues: ImportIssue[] = [];
  issueCount = 0;
  readonly duplicates: PossibleDuplicate[] = [];
  duplicateCount = 0;
  /** Unknown skills-cell terms: key → first spelling and how often. */
  readonly unknown = new Map<string, { display: string; n: number }>();
  private unknownByText = new Map<string, { display: string; n: number }>();
  /** People created or merged into, for linking to layoff events afterwards. */
  readonly touched: number[] = [];
  private insRow: BulkInsert;
  private insChange: Database.Statement;
  /** Writers' own buffers, flushed before the row log (parents before children). */
  private flushers: ((all: boolean) => void)[] = [];

  constructor(
    readonly db: Database.Database,
    readonly batchId: number,
    readonly kind: ImportKind,
    readonly plan: Plan,
    readonly know: Knowledge,
  ) {
    this.insRow = new BulkInsert(db, 'INSERT INTO import_rows (batch_id, row_no, raw, outcome, person_id, messages)', 5, `(${batchId}, ?, ?, ?, ?, ?)`);
    this.insChange = db.prepare('INSERT INTO import_changes (batch_id, entity, entity_id, field, old_value) VALUES (?, ?, ?, ?, ?)');
  }

  /** Logs one source row with its outcome and messages, and counts it. A prepared row brings its raw text; a record is given its own. */
  finishRow(rec: RowRecord | LoggedRow, outcome: RowOutcome, entityId: number | null): void {
    this.counts.rows++;
    this.counts[outcome]++;
    const issues = rec.issues;
    for (let i = 0; i < issues.length; i++) this.noteIssue(rec.rowNo, issues[i]!);
    const r = this.insRow;
    r.v(rec.rowNo);
    r.v('raw' in rec ? rec.raw : rawJson(this.plan, rec.cells));
    r.v(outcome);
    r.v(entityId);
    r.v(issues.length ? JSON.stringify(issues) : '[]');
    if (r.pending >= BATCH) this.flush(false);
  }

  private noteIssue(row: number, i: RowIssue): void {
    this.issueCount++;
    if (i.severity === 'warning') this.counts.warnings++;
    if (i.severity === 'error') this.counts.errors++;
    // A copy: the row's strings are cut from a 1 MB chunk of the file that must not stay alive.
    if (this.issues.length < MAX_RETURNED_ISSUES) this.issues.push({ row, column: detach(i.column), value: detach(i.value), severity: i.severity, message: detach(i.message) });
  }

  noteDuplicate(d: PossibleDuplicate): void {
    this.duplicateCount++;
    if (this.duplicates.length < MAX_RETURNED_ISSUES) this.duplicates.push({ ...d, name: detach(d.name), company: detach(d.company) });
  }

  /** Counts an unknown term read from a skills cell (recorded for the user to map at the end). */
  noteUnknown(term: string): void {
    let u = this.unknownByText.get(term);
    if (!u) {
      const key = unknownKey(term);
      if (!key) return;
      u = this.unknown.get(key);
      if (!u) this.unknown.set(detach(key), (u = { display: detach(term.trim()), n: 0 }));
      if (this.unknownByText.size < 100000) this.unknownByText.set(detach(term), u);
    }
    u.n++;
  }

  /** The unknown terms as recordUnknown takes them (each as often as it was seen). */
  unknownTerms(): string[] {
    const out: string[] = [];
    for (const { display, n } of this.unknown.values()) for (let i = 0; i < n; i++) out.push(display);
    return out;
  }

  /** key → count, for undo (the most frequent first, capped). */
  unknownCounts(): Record<string, number> {
    const all = [...this.unknown].sort((a, b) => b[1].n - a[1].n).slice(0, MAX_REMEMBERED_UNKNOWN);
    return Object.fromEntries(all.map(([k, v]) => [k, v.n]));
  }

  /** `fn(all)`: write what is buffered; with `all` false a writer may keep a sorting buffer for later. */
  onFlush(fn: (all: boolean) => void): void {
    this.flushers.push(fn);
  }

  /** Writes buffered rows; `all` (the default) leaves nothing behind, before reading the store back and at the end. */
  flush(all = true): void {
    for (const f of this.flushers) f(all);
    this.insRow.flush();
  }

  /** Remembers a value an import replaced (or a row it added: field '+row'), so undo can restore it. */
  change(entity: string, entityId: string | number, field: string, oldValue: unknown): void {
    const v = oldValue === null || oldValue === undefined ? null : typeof oldValue === 'string' ? oldValue : JSON.stringify(oldValue);
    this.insChange.run(this.batchId, entity, String(entityId), field, v);
  }
}

export const ADDED = '+row';
