import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { runImport } from '../../src/core/import/job';
import { PREP_BATCH_ROWS, PREP_THREAD_MIN_ROWS, prepareOnThread, prepThreadHelps } from '../../src/core/import/prep/thread';
import { openTable } from '../../src/core/import/read/table';
import { resolveMapping, toRecord } from '../../src/core/import/mapping/presets';
import { tempCore, WORKER_SCRIPT } from '../helpers/tempCore';

// A big person file is read on a second thread (the prep thread) while the job thread writes.
// The store must come out exactly as when the same file is read on the job thread.

const cores: ReturnType<typeof tempCore>[] = [];
// runImport starts the thread only where a core is free for it: these tests want it anywhere.
const forced = process.env.BRIDGEHIRE_PREP_THREAD;
beforeAll(() => {
  process.env.BRIDGEHIRE_PREP_THREAD = '1';
});
afterAll(() => {
  if (forced === undefined) delete process.env.BRIDGEHIRE_PREP_THREAD;
  else process.env.BRIDGEHIRE_PREP_THREAD = forced;
});
afterEach(async () => {
  for (const c of cores.splice(0)) await c.dispose();
});

/** A messy alumni export: duplicates to merge, bad values, extra and protected columns, quoted newlines. */
function writeAlumni(file: string, rows: number): void {
  const lines = ['Employee ID,"Last, First",Work Email,Personal Email,Job Profile,Team,Hire Date,Termination Date,Termination Reason,Eligible for Rehire (Y/N),Key Skills,Gender,Badge colour,Notes'];
  for (let i = 0; i < rows; i++) {
    const id = i % 997 === 5 || i % 1201 === 3 ? '' : `E${i % 5000}`; // ids past 5,000 repeat: a merge into the earlier row
    const name = i % 1201 === 3 ? '' : `"Müller${i}, Zoë"`;
    const email = i % 1201 === 3 ? '' : `zoe${i}@corp.example`;
    const hire = i % 333 === 0 ? '31/02/2019' : `0${1 + (i % 9)}/1${i % 3}/2019`;
    const skills = i % 7 === 0 ? '"Python, k8s, Frobnication"' : '"PyTorch; Terraform"';
    const notes = i % 50 === 0 ? `"two\nlines ""quoted"""` : 'fine';
    lines.push(`${id},${name},${email},${i % 4 ? '' : `z${i}@home.example`},Senior ML Engineer,Platform,${hire},2025-03-14,Reduction in force,${i % 5 ? 'Y' : 'maybe'},${skills},F,teal,${notes}`);
  }
  fs.writeFileSync(file, lines.join('\r\n') + '\r\n');
}

const TABLES: Record<string, string> = {
  people: 'SELECT * FROM people ORDER BY id',
  person_emails: 'SELECT * FROM person_emails ORDER BY email',
  employments: 'SELECT * FROM employments ORDER BY id',
  import_rows: 'SELECT * FROM import_rows ORDER BY batch_id, row_no',
  import_changes: 'SELECT * FROM import_changes ORDER BY rowid',
  person_protected: 'SELECT * FROM person_protected ORDER BY person_id, attribute',
  unknown_skills: 'SELECT term, display, count FROM unknown_skills ORDER BY term',
  batches: 'SELECT file_hash, rows, created, merged, rejected, warnings, mapping FROM import_batches ORDER BY id',
};
const snapshot = (db: Database.Database) =>
  Object.fromEntries(
    Object.entries(TABLES).map(([t, sql]) => [
      t,
      (db.prepare(sql).all() as Record<string, unknown>[]).map((r) => {
        const { created_at: _c, updated_at: _u, ...rest } = r;
        return rest;
      }),
    ]),
  );
const io = (workerScript?: string, cancelAfter = Infinity) => {
  let calls = 0;
  return { progress: () => {}, cancelled: () => ++calls > cancelAfter, now: () => new Date(), workerScript };
};

describe('the prep thread', () => {
  it('is used where a core is free for it, unless BRIDGEHIRE_PREP_THREAD says otherwise', () => {
    expect(prepThreadHelps()).toBe(true);
    process.env.BRIDGEHIRE_PREP_THREAD = '0';
    expect(prepThreadHelps()).toBe(false);
    delete process.env.BRIDGEHIRE_PREP_THREAD;
    expect(prepThreadHelps()).toBe(os.availableParallelism() >= 3);
    process.env.BRIDGEHIRE_PREP_THREAD = '1';
  });

  it('stores exactly what reading on the job thread stores', () => {
    const inline = tempCore();
    const threaded = tempCore();
    cores.push(inline, threaded);
    const file = path.join(inline.dir, 'alumni.csv');
    const rows = PREP_THREAD_MIN_ROWS * 4; // enough that the thread takes over part-way (see the next test)
    writeAlumni(file, rows);
    const a = runImport(inline.db, { filePath: file, fileName: 'alumni.csv', kind: 'alumni' }, io());
    const b = runImport(threaded.db, { filePath: file, fileName: 'alumni.csv', kind: 'alumni' }, io(WORKER_SCRIPT));
    expect(a.rows).toBe(rows);
    expect(a.merged).toBeGreaterThan(1000);
    expect(a.rejected).toBeGreaterThan(0);
    expect(a.warnings).toBeGreaterThan(10);
    expect({ ...b, seconds: 0 }).toEqual({ ...a, seconds: 0 });
    expect(snapshot(threaded.db)).toEqual(snapshot(inline.db));
  });

  it('hands over from the job thread to the prep thread without losing or repeating a row', () => {
    const core = tempCore();
    cores.push(core);
    const file = path.join(core.dir, 'alumni.csv');
    const rows = PREP_THREAD_MIN_ROWS * 4;
    writeAlumni(file, rows);
    const info = openTable(file, 'alumni.csv', 'alumni');
    const mapping = toRecord(resolveMapping(core.db, 'alumni', info.headers, undefined).columns);
    // The job thread reads at most 3,000 rows itself, then waits for the thread and hands over.
    const stream = prepareOnThread({ info, kind: 'alumni', mapping, source: 'ats', rehireRules: [], user: { skills: [], aliases: [] }, batchId: 1 }, WORKER_SCRIPT, { maxInlineRows: 3000 });
    const batches = [...stream.batches];
    // Rows read on the job thread come a 48 KB chunk's worth (a few hundred) at a time; the thread's in thousands.
    expect(batches[0]!.length).toBeLessThan(PREP_BATCH_ROWS);
    expect(batches.filter((b) => b.length >= PREP_BATCH_ROWS).length).toBeGreaterThan(10);
    expect(batches.flat().map((p) => p.rowNo)).toEqual(Array.from({ length: rows }, (_, i) => i + 1));
    expect(stream.end().hash).toBe(crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex'));
  });

  it('reads the rest on the job thread when the prep thread dies after the hand-over', () => {
    const core = tempCore();
    cores.push(core);
    const file = path.join(core.dir, 'alumni.csv');
    const rows = PREP_THREAD_MIN_ROWS;
    writeAlumni(file, rows);
    const info = openTable(file, 'alumni.csv', 'alumni');
    const mapping = toRecord(resolveMapping(core.db, 'alumni', info.headers, undefined).columns);
    const dies = path.join(__dirname, '../fixtures/prep/dies-after-ready.cjs');
    const stream = prepareOnThread({ info, kind: 'alumni', mapping, source: 'ats', rehireRules: [], user: { skills: [], aliases: [] }, batchId: 1 }, dies, { maxInlineRows: 1000, stallMs: 300 });
    expect([...stream.batches].flat().map((p) => p.rowNo)).toEqual(Array.from({ length: rows }, (_, i) => i + 1));
    expect(stream.end().hash).toBe(crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex'));
  });

  it('reads the file here when the thread fails to load, and only logs its error', async () => {
    const core = tempCore();
    cores.push(core);
    const file = path.join(core.dir, 'alumni.csv');
    writeAlumni(file, PREP_THREAD_MIN_ROWS);
    const info = openTable(file, 'alumni.csv', 'alumni');
    const mapping = toRecord(resolveMapping(core.db, 'alumni', info.headers, undefined).columns);
    const logged: unknown[] = [];
    const broken = path.join(__dirname, '../fixtures/prep/throws-on-load.cjs');
    const stream = prepareOnThread({ info, kind: 'alumni', mapping, source: 'ats', rehireRules: [], user: { skills: [], aliases: [] }, batchId: 1 }, broken, { log: (e) => logged.push(e) });
    expect([...stream.batches].flat().length).toBe(PREP_THREAD_MIN_ROWS);
    await new Promise((r) => setTimeout(r, 300)); // the thread's error event arrives on the event loop
    expect(String(logged[0])).toContain('this entry is broken');
  });

  it('is atomic: a cancel part-way leaves the store as it was', () => {
    const core = tempCore();
    cores.push(core);
    const file = path.join(core.dir, 'alumni.csv');
    writeAlumni(file, PREP_THREAD_MIN_ROWS + 1500);
    expect(() => runImport(core.db, { filePath: file, fileName: 'alumni.csv', kind: 'alumni' }, io(WORKER_SCRIPT, 2))).toThrow('cancelled');
    expect(core.db.prepare('SELECT (SELECT count(*) FROM people) + (SELECT count(*) FROM import_batches) + (SELECT count(*) FROM import_rows)').pluck().get()).toBe(0);
    // The same file imports whole afterwards.
    const r = runImport(core.db, { filePath: file, fileName: 'alumni.csv', kind: 'alumni' }, io(WORKER_SCRIPT));
    expect(r.rows).toBe(PREP_THREAD_MIN_ROWS + 1500);
  });
});
