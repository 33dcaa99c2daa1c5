// The floor under the import benchmark: SQLite alone writing exactly the rows an import of the file
// stored (people, their emails, the raw rows with outcomes, the batch), the way the importer writes
// them (one transaction, secondary indexes dropped and rebuilt, the same statements and batch
// sizes, the same connection tuning), with no reading, validating or shaping in JavaScript.
// Whatever the importer does, it cannot be faster than this; the ratio of this to `sqlite3 .import`
// is what the schema the issue asks for costs on its own.
import Database from 'better-sqlite3';
import { openDatabase } from '../src/core/db/open';
import { BATCH, BulkInsert, deferIndexes } from '../src/core/import/write/bulk';
import { EMAIL_SORT_BATCH } from '../src/core/import/write/people';
import { tuneForBulk, tuneForSort } from '../src/core/import/write/tuning';

interface Stored {
  batch: unknown[];
  peopleCols: string[];
  people: unknown[][];
  emails: [string, number, string | null][];
  rows: unknown[][];
}

function readStored(srcPath: string): Stored {
  const src = new Database(srcPath, { readonly: true });
  try {
    const batchSql = src.prepare('SELECT id, file_name, file_hash, kind, mapping, encoding, delimiter, status FROM import_batches ORDER BY id LIMIT 1');
    const people = src.prepare('SELECT * FROM people ORDER BY id');
    return {
      batch: batchSql.raw().get() as unknown[],
      peopleCols: people.columns().map((c) => c.name),
      people: people.raw().all() as unknown[][],
      // In the order the importer wrote them: by owner, then sorted per few thousand below.
      emails: src.prepare('SELECT email, person_id, kind FROM person_emails ORDER BY person_id').raw().all() as [string, number, string | null][],
      rows: src.prepare('SELECT batch_id, row_no, raw, outcome, person_id, messages FROM import_rows ORDER BY batch_id, row_no').raw().all() as unknown[][],
    };
  } finally {
    src.close();
  }
}

/** Seconds SQLite takes to write what `srcPath` holds into a fresh workspace at `dbPath`. */
export function floorOnce(srcPath: string, dbPath: string): number {
  const s = readStored(srcPath);
  const db = openDatabase({ dbPath });
  const restore = tuneForBulk(db, s.people.length);
  const t = process.hrtime.bigint();
  db.transaction(() => {
    db.prepare('INSERT INTO import_batches (id, file_name, file_hash, kind, mapping, encoding, delimiter, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(s.batch);
    const rebuild = deferIndexes(db, ['people', 'person_emails', 'import_rows']);
    const insPerson = db.prepare(`INSERT INTO people (${s.peopleCols.join(', ')}) VALUES (${s.peopleCols.map(() => '?').join(', ')})`);
    const rows = new BulkInsert(db, 'INSERT INTO import_rows (batch_id, row_no, raw, outcome, person_id, messages)', 6);
    const emails = new BulkInsert(db, 'INSERT INTO person_emails (email, person_id, kind)', 3);
    let e = 0;
    let pending: [string, number, string | null][] = [];
    const flushEmails = () => {
      pending.sort((x, y) => (x[0] < y[0] ? -1 : 1));
      for (const m of pending) {
        emails.v(m[0]);
        emails.v(m[1]);
        emails.v(m[2]);
      }
      emails.flush();
      pending = [];
    };
    for (let i = 0; i < s.people.length; i++) {
      const p = s.people[i]!;
      insPerson.run(p);
      const id = p[0] as number;
      while (e < s.emails.length && s.emails[e]![1] === id) pending.push(s.emails[e++]!);
      const r = s.rows[i];
      if (r) for (const v of r) rows.v(v);
      if (rows.pending >= BATCH) rows.flush();
      if (pending.length >= EMAIL_SORT_BATCH) flushEmails();
    }
    for (let i = s.people.length; i < s.rows.length; i++) for (const v of s.rows[i]!) rows.v(v);
    while (e < s.emails.length) pending.push(s.emails[e++]!);
    rows.flush();
    flushEmails();
    tuneForSort(db);
    rebuild();
  })();
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  restore();
  db.close();
  return seconds;
}
