import fs from 'node:fs';
import path from 'node:path';
import type { ImportPreview, ImportResult } from '../../src/shared/api/contract/imports';
import { ApiError } from '../../src/shared/api/errors';
import type { ImportKind } from '../../src/shared/domain';
import { tempCore } from './tempCore';
import { SKILL_ROWS } from './skillRows';

// The importer as a user reaches it: a file chosen (registered), then import.* through the gate.

export type TestCore = ReturnType<typeof tempCore>;

export const FIXTURES = path.join(__dirname, '../fixtures');

/** Writes a file into the workspace's temp folder and returns its path. */
export function put(core: TestCore, name: string, content: string | Buffer): string {
  const p = path.join(core.dir, name);
  fs.writeFileSync(p, content);
  return p;
}

export interface RunOpts {
  mapping?: Record<string, string> | string;
  dryRun?: boolean;
  source?: 'layoff_list' | 'ats' | 'manual';
  jobId?: string;
}

/** import.run on a file path (registered first, as a shell does after a file dialog). */
export async function runFile(core: TestCore, filePath: string, kind: ImportKind, opts: RunOpts = {}): Promise<ImportResult> {
  const f = core.files.register(filePath);
  return core.invoke('import.run', { fileId: f.id, kind, ...opts });
}

/** Writes `content` as `name` and imports it. */
export async function runText(core: TestCore, name: string, content: string | Buffer, kind: ImportKind, opts: RunOpts = {}): Promise<ImportResult> {
  return runFile(core, put(core, name, content), kind, opts);
}

/** import.preview on a file path (registered first), as the mapping screen asks for it. */
export async function previewFile(core: TestCore, filePath: string, kind: ImportKind, opts: Pick<RunOpts, 'mapping'> = {}): Promise<ImportPreview> {
  return core.invoke('import.preview', { fileId: core.files.register(filePath).id, kind, ...opts });
}

/** The error an import.run call ends with (its code and sentence), or null when it succeeds. */
export async function failure(core: TestCore, filePath: string, kind: ImportKind, opts: RunOpts = {}): Promise<{ code: string; message: string } | null> {
  try {
    await runFile(core, filePath, kind, opts);
    return null;
  } catch (e) {
    if (e instanceof ApiError) return { code: e.code, message: e.message };
    throw e;
  }
}

export function all<T = Record<string, unknown>>(core: TestCore, sql: string, ...params: unknown[]): T[] {
  return core.db.prepare(sql).all(...params) as T[];
}

export function one<T = unknown>(core: TestCore, sql: string, ...params: unknown[]): T {
  return core.db.prepare(sql).pluck().get(...params) as T;
}

/** Row counts of every table an import writes to, to show "nothing was written". */
export function tableCounts(core: TestCore): Record<string, number> {
  const tables = ['people', 'person_emails', SKILL_ROWS, 'person_protected', 'employments', 'roles', 'role_skills', 'layoff_events', 'import_batches', 'import_rows', 'import_changes', 'unknown_skills', 'mapping_presets'];
  return Object.fromEntries(tables.map((t) => [t === SKILL_ROWS ? 'skills' : t, one<number>(core, `SELECT count(*) FROM ${t}`)]));
}

/** Each stored source row of a batch: number, outcome, cells as read. */
export function storedRows(core: TestCore, batchId: number): { row: number; outcome: string; cells: string[] }[] {
  return all<{ row_no: number; outcome: string; raw: string }>(core, 'SELECT row_no, outcome, raw FROM import_rows WHERE batch_id = ? ORDER BY row_no', batchId).map((r) => ({
    row: r.row_no,
    outcome: r.outcome,
    cells: JSON.parse(r.raw) as string[],
  }));
}

/** Issues as compact tuples: [row, column, value, severity]. */
export function issueTuples(r: Pick<ImportResult, 'issues'>): [number, string, string, string][] {
  return r.issues.map((i) => [i.row, i.column, i.value, i.severity]);
}

export const counts = (r: ImportResult) => ({ rows: r.rows, created: r.created, merged: r.merged, rejected: r.rejected, warnings: r.warnings });
