import type Database from 'better-sqlite3';

// Many rows per INSERT statement: for 100,000-row files the cost of one statement call per row
// (and per skill) is most of the import, so rows are buffered and sent 64 at a time. A partial
// batch goes out in one statement prepared for its exact size (cached), never row by row.

export const BATCH = 64;

export class BulkInsert {
  private readonly full: Database.Statement;
  private readonly sized = new Map<number, Database.Statement>();
  private readonly tuple: string;
  /** Values of the rows waiting, row after row; reused between batches. */
  private buf: unknown[];
  private at = 0;

  /**
   * `head` is "INSERT INTO t (a, b, c)"; `tuple` the VALUES tuple with one "?" per bound value
   * (constants may be written in, e.g. "(?, ?, 1)"); `width` the number of "?" in it.
   */
  constructor(
    private readonly db: Database.Database,
    private readonly head: string,
    private readonly width: number,
    tuple?: string,
  ) {
    this.tuple = tuple ?? `(${new Array<string>(width).fill('?').join(', ')})`;
    this.full = this.statement(BATCH);
    this.buf = new Array<unknown>(width * BATCH);
  }

  private statement(rows: number): Database.Statement {
    return this.db.prepare(`${this.head} VALUES ${new Array<string>(rows).fill(this.tuple).join(', ')}`);
  }

  /** Rows waiting to be written. */
  get pending(): number {
    return this.at / this.width;
  }

  /** Appends one value of the current row; call `width` times per row. Nothing is written until flush(). */
  v(value: unknown): void {
    if (this.at === this.buf.length) this.grow();
    this.buf[this.at++] = value;
  }

  /** Writes every waiting row: full batches, then the rest in one statement of its size. */
  flush(): void {
    const step = this.width * BATCH;
    let k = 0;
    for (; this.at - k >= step; k += step) this.full.run(k === 0 && this.buf.length === step ? this.buf : this.buf.slice(k, k + step));
    if (k < this.at) {
      const rest = (this.at - k) / this.width;
      let st = this.sized.get(rest);
      if (!st) this.sized.set(rest, (st = this.statement(rest)));
      st.run(this.buf.slice(k, this.at));
    }
    this.at = 0;
    if (this.buf.length > step * 8) this.buf = new Array<unknown>(step);
  }

  private grow(): void {
    this.buf.length = this.buf.length * 2;
  }
}

/**
 * For a bulk load into a small store, secondary indexes are cheaper built once at the end than
 * kept up row by row (measured: about half the write time of a 100,000-row file). Returns a
 * function that rebuilds them (same SQL, same transaction). A named unique index (people_linkedin)
 * is rebuilt too: the importer never writes a key it has not checked against its identity index,
 * and should one slip through, the rebuild fails and the whole import rolls back. Keys declared
 * inline (primary keys, UNIQUE columns) have no SQL of their own and stay. Partial indexes stay
 * too: they cover a column a load leaves empty (people_layoff_event), so keeping them costs a
 * check per row, while rebuilding one would read the whole table.
 */
export function deferIndexes(db: Database.Database, tables: string[]): () => void {
  const idx = (
    db
      .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${tables.map(() => '?').join(', ')})`)
      .all(...tables) as { name: string; sql: string }[]
  ).filter((i) => !/\)\s+WHERE\s/i.test(i.sql));
  for (const i of idx) db.exec(`DROP INDEX "${i.name.replace(/"/g, '""')}"`);
  return () => {
    for (const i of idx) db.exec(i.sql);
  };
}
