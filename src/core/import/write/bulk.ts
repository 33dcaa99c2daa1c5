import type Database from 'better-sqlite3';

// Many rows per INSERT statement: for 100,000-row files the cost of one statement call per row
// (and per skill) is most of the import, so rows are sent 64 at a time.

export class BulkInsert {
  private one: Database.Statement;
  private many: Database.Statement;
  private buf: unknown[] = [];
  private rows = 0;

  /** `auto`: send full batches as they fill; otherwise only on flush (rows whose parents may still be buffered). */
  constructor(db: Database.Database, head: string, private readonly cols: number, private readonly auto = true, private readonly size = 64) {
    const tuple = `(${new Array(cols).fill('?').join(', ')})`;
    this.one = db.prepare(`${head} VALUES ${tuple}`);
    this.many = db.prepare(`${head} VALUES ${new Array(size).fill(tuple).join(', ')}`);
  }

  add(...values: unknown[]): void {
    for (const v of values) this.buf.push(v);
    if (++this.rows === this.size && this.auto) {
      this.many.run(this.buf);
      this.buf = [];
      this.rows = 0;
    }
  }

  flush(): void {
    const width = this.cols * this.size;
    let at = 0;
    for (; this.rows - at / this.cols >= this.size; at += width) this.many.run(this.buf.slice(at, at + width));
    for (; at < this.buf.length; at += this.cols) this.one.run(this.buf.slice(at, at + this.cols));
    this.buf = [];
    this.rows = 0;
  }
}

/**
 * For a bulk load into a small store, secondary indexes are cheaper built once at the end than
 * kept up row by row. Returns a function that rebuilds them (same SQL, same transaction).
 */
export function deferIndexes(db: Database.Database, tables: string[]): () => void {
  const idx = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${tables.map(() => '?').join(', ')})`)
    .all(...tables) as { name: string; sql: string }[];
  for (const i of idx) db.exec(`DROP INDEX "${i.name.replace(/"/g, '""')}"`);
  return () => {
    for (const i of idx) db.exec(i.sql);
  };
}
