import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../src/core';
import { createInlineReadRunner, type ReadRunner } from '../../src/core/reads/runner';
import { seedMany } from '../helpers/seedMany';
import { tempCore, WORKER_SCRIPT } from '../helpers/tempCore';
import { score, seedRoles, seedWorld } from '../fixtures/export/world';

// In the shells a grid's rows are read on the read worker's own connection, and the main connection
// keeps writing meanwhile (an import commit, an edit, a re-score). An export of many pages must still
// be one snapshot: no row twice, none dropped, no page from after the write.

const PEOPLE = 60_000; // 12 pages of people, 6,000 alumni (2 pages)
let core: ReturnType<typeof tempCore>;

beforeAll(() => {
  core = tempCore({ workerScript: WORKER_SCRIPT });
  seedMany(core.db, PEOPLE);
});

afterAll(async () => core.dispose());

/** Commits `write` on the main connection as soon as the export's first read has answered. */
async function withWriteAfterFirstRead<T>(write: () => void, fn: () => Promise<T>): Promise<T> {
  const reads: ReadRunner = core.ctx.reads;
  const run = reads.run;
  let armed = true;
  reads.run = (async (name: never, input: never) => {
    const value = await run(name, input);
    if (armed) {
      armed = false;
      write();
    }
    return value;
  }) as ReadRunner['run'];
  try {
    return await fn();
  } finally {
    reads.run = run;
  }
}

let added = 0;
/** 1,000 new people who sort before everyone ("Aaron …"), each a former employee, and one title changed. */
function importAndEdit(): void {
  core.db.transaction(() => {
    const person = core.db.prepare("INSERT INTO people (full_name, title) VALUES (?, 'Engineer 1')");
    const stint = core.db.prepare("INSERT INTO employments (person_id, hire_date, exit_date, exit_type, rehire, rehire_source) VALUES (?, '2019-01-01', '2025-01-01', 'layoff', 'eligible', 'explicit')");
    for (let i = 0; i < 1000; i++) stint.run(person.run(`Aaron ${++added}`).lastInsertRowid);
    core.db.prepare("UPDATE people SET title = 'Changed' WHERE id = ?").run(PEOPLE);
  })();
}

const ids = (csv: string) => csv.split('\r\n').slice(1, -1).map((line) => Number(line.split(',')[0]));
const columns = [
  { colId: 'id', header: 'Id' },
  { colId: 'name', header: 'Name' },
  { colId: 'title', header: 'Title' },
];

describe('a grid export on the read worker while the main connection writes', () => {
  it('gives the candidates as they were when it started, every one once', async () => {
    expect(core.ctx.reads.where).toBe('worker');
    const before = await core.invoke('export.grid', { grid: 'people', columns });
    expect(before.rows).toBe(PEOPLE);
    expect(new Set(ids(before.content)).size).toBe(PEOPLE);
    const during = await withWriteAfterFirstRead(importAndEdit, () => core.invoke('export.grid', { grid: 'people', columns }));
    expect(during.rows).toBe(PEOPLE);
    expect(new Set(ids(during.content)).size).toBe(PEOPLE);
    expect(during.content).toBe(before.content);
    // The write did land: the next export has the new people and the changed title.
    const after = await core.invoke('export.grid', { grid: 'people', columns });
    expect(after.rows).toBe(PEOPLE + 1000);
    expect(after.content).toContain(`\r\n${PEOPLE},Person ${PEOPLE},Changed\r\n`);
  });

  it('gives the rehire grid as it was when it started, every alumnus once', async () => {
    const args = { grid: 'alumni' as const, columns, sort: [{ colId: 'name', sort: 'asc' as const }] };
    const before = await core.invoke('export.grid', args);
    const alumni = core.db.prepare('SELECT count(DISTINCT person_id) FROM employments').pluck().get() as number;
    expect(before.rows).toBe(alumni);
    expect(alumni).toBeGreaterThan(5000);
    expect(new Set(ids(before.content)).size).toBe(alumni);
    const during = await withWriteAfterFirstRead(importAndEdit, () => core.invoke('export.grid', args));
    expect(during.content).toBe(before.content);
    expect((await core.invoke('export.grid', args)).rows).toBe(alumni + 1000);
  });
});

describe('a match grid export on the read worker', () => {
  it('gives exactly what the inline read gives, for one role and for all open roles', async () => {
    const small = createCore({ dbPath: path.join(core.dir, 'matches.sqlite'), shell: 'test', workerScript: WORKER_SCRIPT, log: () => {} });
    try {
      seedWorld(small);
      seedRoles(small);
      await score(small);
      const cols = [{ colId: 'reqId', header: 'Req' }, { colId: 'name', header: 'Name' }, { colId: 'score', header: 'Score' }, { colId: 'matched', header: 'Matched' }];
      const exports = () => Promise.all([small.invoke('export.grid', { grid: 'matches', columns: cols, role: 'ML-101' }), small.invoke('export.grid', { grid: 'matches', columns: cols })]);
      const viaWorker = await exports();
      const worker = small.ctx.reads;
      small.ctx.reads = createInlineReadRunner(small.db);
      const inline = await exports().finally(() => (small.ctx.reads = worker));
      expect(viaWorker.map((f) => f.content)).toEqual(inline.map((f) => f.content));
      expect(viaWorker.map((f) => f.rows)).toEqual([5, 10]);
    } finally {
      await small.close();
    }
  });
});
