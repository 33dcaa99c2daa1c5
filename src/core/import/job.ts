import type Database from 'better-sqlite3';
import type { ImportResult } from '../../shared/api/contract/imports';
import { ApiError } from '../../shared/api/errors';
import type { ImportKind, SourceKind } from '../../shared/domain';
import { registerJob } from '../jobs/registry';
import { throwIfCancelled, type JobIO } from '../jobs/types';
import { isPersonKind } from './fields';
import { checkIdentityColumns } from './refusals';
import { IdentityIndex } from './identity';
import { knowledgeFor } from './knowledge';
import { rememberMapping, resolveMapping, toRecord } from './mapping/presets';
import { refuse } from './read/bytes';
import { describeDelimiter, openTable } from './read/table';
import { makePlan, type RowRecord } from './record';
import { prepareInline, readRecords, type PrepSpec, type RowSource } from './prep/rows';
import { prepareOnThread, prepThreadHelps, PREP_THREAD_MIN_ROWS } from './prep/thread';
import type { PreparedPerson } from './prep/wire';
import { userTaxonomy } from '../skills/taxonomy';
import { loadRehireRules } from './values/rehire';
import { createLayoffsWriter } from './write/layoffs';
import { createPeopleWriter } from './write/people';
import { createRolesWriter } from './write/roles';
import { deferIndexes } from './write/bulk';
import { Session } from './write/session';
import { tuneForBulk, tuneForSort } from './write/tuning';

// The import job: read → map → one transaction of validated, deduplicated writes → counts.
// A cancel or crash part-way rolls the transaction back, so the store is as it was.

export interface ImportJobInput {
  filePath: string;
  fileName: string;
  kind: ImportKind;
  mapping?: Record<string, string> | string;
  dryRun?: boolean;
  source?: 'layoff_list' | 'ats' | 'manual';
}

class DryRunDone extends Error {}

/**
 * Rebuilds the indexes set aside for a bulk load. The importer never writes a LinkedIn URL someone
 * holds, so the unique index cannot fail on its own rows; should the store already hold a pair (an
 * index lost to a crash or an outside edit), the import is rolled back with the URL named.
 */
export function rebuildOrExplain(db: Database.Database, rebuild: () => void): void {
  try {
    rebuild();
  } catch (e) {
    if ((e as { code?: unknown })?.code !== 'SQLITE_CONSTRAINT_UNIQUE') throw e;
    const url = db.prepare('SELECT linkedin FROM people WHERE linkedin IS NOT NULL GROUP BY linkedin HAVING count(*) > 1 LIMIT 1').pluck().get() as string | undefined;
    refuse(`Two people would share the LinkedIn profile ${url ?? '(unknown)'}, so nothing was imported. Merge or correct them in Candidates, then import the file again.`);
  }
}

function defaultSource(mapping: Record<string, string>): SourceKind {
  return Object.values(mapping).includes('availableOn') ? 'layoff_list' : 'ats';
}

export function runImport(db: Database.Database, input: ImportJobInput, io: JobIO): ImportResult {
  const started = Date.now();
  io.progress('reading', 0, null);
  const info = openTable(input.filePath, input.fileName, input.kind);
  const resolved = resolveMapping(db, input.kind, info.headers, input.mapping, info);
  const mapping = toRecord(resolved.columns);
  checkIdentityColumns(info, input.kind, mapping);
  const plan = makePlan(input.kind, info.headers, mapping, info.sample);
  const know = knowledgeFor(db);
  const notes = [...info.notes];
  let result: ImportResult | null = null;

  const work = db.transaction(() => {
    const batch = db
      .prepare('INSERT INTO import_batches (file_name, file_hash, kind, mapping, encoding, delimiter, status) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(info.fileName, '', input.kind, JSON.stringify({ fields: mapping }), info.encoding.label, describeDelimiter(info.delimiter), 'done');
    const batchId = Number(batch.lastInsertRowid);
    const s = new Session(db, batchId, input.kind, plan, know);
    const headerOf = (field: string) => plan.columns.find((c) => c.target === field)?.header ?? field;
    // A big file into a small store: secondary indexes are built once at the end, not row by row.
    const existing = db.prepare('SELECT count(*) FROM people').pluck().get() as number;
    const rebuild = isPersonKind(input.kind) && info.estimatedRows >= 20000 && info.estimatedRows > existing ? deferIndexes(db, ['people', 'person_emails', 'import_rows']) : null;
    const estimate = info.estimatedRows;
    let source: RowSource<PreparedPerson> | RowSource<RowRecord>;
    let write: (row: never) => void;
    if (input.kind === 'candidates' || input.kind === 'alumni') {
      const spec: PrepSpec = { info, kind: input.kind, mapping, source: input.source ?? defaultSource(mapping), rehireRules: loadRehireRules(db), user: userTaxonomy(db), batchId };
      // Big files are read on a second thread where a core is free for it, started first so it boots while the index loads.
      const prepared = io.workerScript && estimate >= PREP_THREAD_MIN_ROWS && prepThreadHelps() ? prepareOnThread(spec, io.workerScript, { know }) : prepareInline(spec, 0, know);
      source = prepared;
      try {
        const index = IdentityIndex.load(db, { names: true, beforeRead: () => s.flush() });
        write = createPeopleWriter(s, index, { alumni: spec.kind === 'alumni', source: spec.source, headerOf });
      } catch (e) {
        prepared.stop();
        throw e;
      }
    } else {
      write = input.kind === 'roles' ? createRolesWriter(s) : createLayoffsWriter(s);
      source = readRecords(info, plan);
    }
    try {
      for (const batchRows of source.batches) {
        throwIfCancelled(io);
        for (const row of batchRows) write(row as never);
        io.progress('importing', s.counts.rows, Math.max(estimate, s.counts.rows));
      }
    } finally {
      source.stop();
    }
    const read = source.end();
    throwIfCancelled(io);
    s.flush();
    if (read.nulCount) notes.push(`${read.nulCount} NUL character${read.nulCount > 1 ? 's were' : ' was'} removed from the file.`);
    if (read.badChars) notes.push(`${read.badChars} character${read.badChars > 1 ? 's' : ''} could not be read as ${info.encoding.label} and show as "\uFFFD".`);
    if (read.unterminatedQuotes) notes.push('A quoted cell was never closed; the rest of the file after it was read as that one cell.');
    const before = db.prepare("SELECT id, substr(started_at, 1, 10) AS day FROM import_batches WHERE file_hash = ? AND id <> ? AND status = 'done' ORDER BY id DESC LIMIT 1").get(read.hash, batchId) as { id: number; day: string } | undefined;
    if (before) notes.push(`This same file was imported before, as import #${before.id} on ${before.day}; its rows were matched to what that import stored.`);
    if (s.counts.rows === 0) refuse(`${info.fileName} has column headings but no rows under them.`);
    // A dry run is rolled back, indexes included: no need to build them or link layoffs first.
    if (rebuild && !input.dryRun) {
      io.progress('indexing', s.counts.rows, s.counts.rows);
      tuneForSort(db);
      rebuildOrExplain(db, rebuild);
    }

    if (input.dryRun) {
      /* nothing to link */
    } else if (isPersonKind(input.kind)) know.linkPeople([...new Set(s.touched)]);
    else if (input.kind === 'layoffs') know.linkPeople();
    know.recordUnknown(s.unknownTerms());
    const c = s.counts;
    db.prepare(
      `UPDATE import_batches SET file_hash = ?, mapping = ?, rows = ?, created = ?, merged = ?, rejected = ?, warnings = ?,
       finished_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?`,
    ).run(read.hash, JSON.stringify({ fields: mapping, source: resolved.source, notes, unknown: s.unknownCounts() }), c.rows, c.created, c.merged, c.rejected, c.warnings, batchId);
    if ((resolved.source === 'explicit' || resolved.source === 'preset') && !info.headerless) rememberMapping(db, input.kind, info.headers, mapping);
    db.prepare("INSERT INTO audit_log (action, subject, details) VALUES ('import', ?, ?)").run(String(batchId), JSON.stringify({ file: info.fileName, kind: input.kind, ...c }));
    if (c.created + c.merged + c.rejected !== c.rows) throw new Error('import counts do not add up');
    result = {
      batchId: input.dryRun ? null : batchId,
      dryRun: Boolean(input.dryRun),
      fileName: info.fileName,
      kind: input.kind,
      rows: c.rows,
      created: c.created,
      merged: c.merged,
      rejected: c.rejected,
      warnings: c.warnings,
      issues: [...notes.map((message) => ({ row: 0, column: '', value: '', severity: 'info' as const, message })), ...s.issues],
      issueCount: s.issueCount + notes.length,
      possibleDuplicates: s.duplicates,
      encoding: info.encoding.label,
      delimiter: describeDelimiter(info.delimiter),
      mappingSource: resolved.source,
      mapping,
      unknownSkills: s.unknown.size,
      seconds: 0,
    };
    if (input.dryRun) throw new DryRunDone();
  });

  const restore = tuneForBulk(db, info.estimatedRows);
  try {
    work();
  } catch (e) {
    if (!(e instanceof DryRunDone)) throw e;
  } finally {
    restore();
  }
  if (!result) throw new ApiError('INTERNAL');
  const r = result as ImportResult;
  r.seconds = Math.round((Date.now() - started) / 10) / 100;
  return r;
}

registerJob('import', runImport);
