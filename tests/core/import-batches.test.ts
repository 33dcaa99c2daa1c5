import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rebuildOrExplain, runImport } from '../../src/core/import/job';
import { Session } from '../../src/core/import/write/session';
import { tempCore } from '../helpers/tempCore';
import { all, counts, failure, FIXTURES, one, put, runFile, runText, storedRows, tableCounts, type TestCore } from '../helpers/importGate';
import { SKILL_ROWS } from '../helpers/skillRows';

// Issue #4, item 6: nothing lost (every source row stored raw with its outcome and messages,
// created + merged + rejected = rows), the issues list as CSV, undo, atomicity; and scores kept
// fresh after an import.

let core: TestCore;
afterEach(async () => {
  vi.restoreAllMocks();
  await core?.dispose();
});

const fixture = (f: string) => path.join(FIXTURES, 'import', f);

describe('nothing is lost', () => {
  it.each([
    ['candidates.csv', 'candidates', { rows: 5, created: 4, merged: 1, rejected: 0, warnings: 3 }],
    ['alumni.csv', 'alumni', { rows: 6, created: 5, merged: 1, rejected: 0, warnings: 0 }],
    ['roles.csv', 'roles', { rows: 4, created: 3, merged: 0, rejected: 1, warnings: 0 }],
    ['layoffs.csv', 'layoffs', { rows: 4, created: 2, merged: 1, rejected: 1, warnings: 0 }],
  ] as const)('%s: every row stored raw with its outcome; created + merged + rejected = rows', async (file, kind, expected) => {
    core = tempCore();
    const r = await runFile(core, fixture(file), kind);
    expect(counts(r)).toEqual(expected);
    expect(r.created + r.merged + r.rejected).toBe(r.rows);
    const stored = storedRows(core, r.batchId!);
    expect(stored.length).toBe(r.rows);
    for (const outcome of ['created', 'merged', 'rejected']) expect(stored.filter((s) => s.outcome === outcome).length).toBe(r[outcome as 'created']);
    const batch = await core.invoke('import.get', { batchId: r.batchId! });
    expect(batch).toMatchObject({ id: r.batchId, fileName: file, kind, status: 'done', ...expected });
  });

  it('keeps each rejected row with the sentence saying why', async () => {
    core = tempCore();
    const r = await runFile(core, fixture('roles.csv'), 'roles');
    expect(all(core, "SELECT row_no, raw, messages FROM import_rows WHERE outcome = 'rejected'")).toEqual([
      { row_no: 3, raw: '["R-3","","Platform","","","","","","","",""]', messages: JSON.stringify([{ column: 'Job Title', value: '', severity: 'error', message: 'Role R-3 has no title and is not in the workspace yet; it was not imported.' }]) },
    ]);
    expect(r.issues.filter((i) => i.severity === 'error').map((i) => i.row)).toEqual([3]);
  });

  it('lists the issues by row, pages them, and saves them as a CSV file that opens in Excel', async () => {
    core = tempCore();
    const r = await runFile(core, fixture('candidates.csv'), 'candidates');
    const page = await core.invoke('import.issues', { batchId: r.batchId!, offset: 1, limit: 2 });
    expect(page.total).toBe(5);
    expect(page.rows.map((i) => [i.row, i.column, i.value])).toEqual([
      [2, 'Laid off date', '13/03/2025'],
      [3, 'E-mail Address', 'not-an-email'],
    ]);
    const csv = await core.invoke('import.issuesCsv', { batchId: r.batchId! });
    expect(csv.filename).toBe(`candidates-import-${r.batchId}-issues.csv`);
    expect(csv.content).toBe(
      '\uFEFFrow,column,value,severity,message\r\n' +
        '0,,,info,The first 2 lines before the column headings were skipped.\r\n' +
        '2,Laid off date,13/03/2025,warning,"""13/03/2025"" is not a valid date (there is no month 13) (dates in this column read as month/day/year); the available on (laid off / last day) was left empty (the value is kept with the row)."\r\n' +
        '3,E-mail Address,not-an-email,warning,"""not-an-email"" is not an email address; the email was left empty (the value is kept with the row)."\r\n' +
        '3,Open to relocation,maybe,warning,"""maybe"" is not yes or no; the open to relocation was left empty (the value is kept with the row)."\r\n' +
        '6,,Jane Doe,info,"Possibly the same person as #1 (same name at Intel); not merged, listed for review."\r\n',
    );
  });

  it('writes a cell Excel would run as a formula as text in the issues CSV', async () => {
    core = tempCore();
    const r = await runText(core, 'f.csv', 'Name,Email\nEve,=HYPERLINK("http://x")\n', 'candidates');
    const csv = await core.invoke('import.issuesCsv', { batchId: r.batchId! });
    expect(csv.content.split('\r\n')[1]).toBe('1,Email,"\'=HYPERLINK(""http://x"")",warning,"""=HYPERLINK(""http://x"")"" is not an email address; the email was left empty (the value is kept with the row)."');
  });

  it('a dry run reports the same counts and issues and writes nothing', async () => {
    core = tempCore();
    const before = tableCounts(core);
    const dry = await runFile(core, fixture('candidates.csv'), 'candidates', { dryRun: true });
    expect([dry.batchId, dry.dryRun]).toEqual([null, true]);
    expect(counts(dry)).toEqual({ rows: 5, created: 4, merged: 1, rejected: 0, warnings: 3 });
    expect(tableCounts(core)).toEqual(before);
    const real = await runFile(core, fixture('candidates.csv'), 'candidates');
    expect(real.issues).toEqual(dry.issues);
  });
});

describe('undo', () => {
  it('removes the people an import created and takes back what it merged, unknown skill counts included', async () => {
    core = tempCore();
    const first = await runFile(core, fixture('candidates.csv'), 'candidates');
    // Everything but updated_at, which undo moves on (the person did change again).
    const state = () => ({
      people: all(core, 'SELECT * FROM people ORDER BY id').map(({ updated_at: _, ...p }) => p),
      emails: all(core, 'SELECT * FROM person_emails ORDER BY email'),
      skills: all(core, `SELECT * FROM ${SKILL_ROWS} ORDER BY person_id, skill`),
      unknown: all(core, 'SELECT term, count FROM unknown_skills'),
    });
    const snapshot = state();
    expect(snapshot.unknown).toEqual([{ term: 'vibecoding', count: 1 }]);
    const second = await runText(core, 'more.csv', 'Name,Email,Phone,Skills\nJohn Smith,JOHN@smith.dev,+1 512 555 0100,"Vibe coding, Docker"\nNew Person,new@x.io,,Vibe coding\n', 'candidates');
    expect([second.created, second.merged]).toEqual([1, 1]);
    expect(all(core, 'SELECT term, count FROM unknown_skills')).toEqual([{ term: 'vibecoding', count: 3 }]);
    await expect(core.invoke('import.undo', { batchId: first.batchId! })).rejects.toThrow(`Undo import #${second.batchId} (more.csv) first: it added to records that import #${first.batchId} created or changed.`);
    // Removed: the new person (their email goes with them) and the two skills added to #2; restored: #2's phone and sources.
    expect(await core.invoke('import.undo', { batchId: second.batchId! })).toEqual({ batchId: second.batchId, removed: 3, restored: 2 });
    expect(state()).toEqual(snapshot);
    await expect(core.invoke('import.undo', { batchId: second.batchId! })).rejects.toThrow(`Import #${second.batchId} (more.csv) was already undone.`);
    await core.invoke('import.undo', { batchId: first.batchId! });
    expect(tableCounts(core)).toMatchObject({ people: 0, person_emails: 0, skills: 0, unknown_skills: 0 });
    expect((await core.invoke('import.list', {})).map((b) => [b.id, b.status])).toEqual([
      [second.batchId, 'undone'],
      [first.batchId, 'undone'],
    ]);
    expect(all(core, "SELECT action, subject FROM audit_log WHERE action IN ('import', 'undo_import') ORDER BY id")).toEqual([
      { action: 'import', subject: String(first.batchId) },
      { action: 'import', subject: String(second.batchId) },
      { action: 'undo_import', subject: String(second.batchId) },
      { action: 'undo_import', subject: String(first.batchId) },
    ]);
  });

  it('says so in a sentence when there is no such import', async () => {
    core = tempCore();
    await expect(core.invoke('import.undo', { batchId: 42 })).rejects.toThrow('There is no import #42.');
  });
});

describe('atomic', () => {
  const big = () => {
    const lines = ['Name,Email,Skills'];
    for (let i = 0; i < 1000; i++) lines.push(`Person ${i},p${i}@x.io,"Go, Vibe coding"`);
    return lines.join('\n');
  };

  it('a crash half-way leaves the store as it was', async () => {
    core = tempCore();
    await runFile(core, fixture('candidates.csv'), 'candidates');
    const before = tableCounts(core);
    const real = Session.prototype.finishRow;
    let n = 0;
    vi.spyOn(Session.prototype, 'finishRow').mockImplementation(function (this: Session, ...args) {
      if (++n === 500) throw new Error('disk full');
      return real.apply(this, args);
    });
    expect(await failure(core, put(core, 'big.csv', big()), 'candidates')).toEqual({ code: 'INTERNAL', message: expect.any(String) });
    expect(n).toBe(500);
    expect(tableCounts(core)).toEqual(before);
  });

  it('a cancel half-way leaves the store as it was', async () => {
    core = tempCore();
    const before = tableCounts(core);
    const real = Session.prototype.finishRow;
    let n = 0;
    vi.spyOn(Session.prototype, 'finishRow').mockImplementation(function (this: Session, ...args) {
      if (++n === 500) core.ctx.jobs.cancel('job-1');
      return real.apply(this, args);
    });
    expect(await failure(core, put(core, 'big.csv', big()), 'candidates', { jobId: 'job-1' })).toMatchObject({ code: 'CANCELLED' });
    expect(tableCounts(core)).toEqual(before);
  });
});

describe('match freshness', () => {
  it('scores imported people against open roles without being asked', async () => {
    core = tempCore();
    await core.invoke('roles.save', { reqId: 'ML-1', title: 'ML Engineer', track: 'ai_ml', must: ['PyTorch', 'Python'] });
    await runFile(core, fixture('candidates.csv'), 'candidates');
    expect((await core.invoke('match.status', {})).state).toBe('fresh');
    const top = all<{ person_id: number }>(core, "SELECT person_id FROM match_results WHERE role_id = (SELECT id FROM roles WHERE req_id = 'ML-1') ORDER BY rank");
    expect(top[0]!.person_id).toBe(1);
    await core.invoke('import.undo', { batchId: one<number>(core, 'SELECT max(id) FROM import_batches') });
    expect((await core.invoke('match.status', {})).message).toBe('Nothing to score yet: add people and open roles.');
    expect(one(core, 'SELECT count(*) FROM match_results')).toBe(0);
  });
});

describe('the connection after a big import', () => {
  const lines = ['Name,Email'];
  for (let i = 0; i < 20000; i++) lines.push(`Person ${i},p${i}@x.io`);
  const io = { progress: () => {}, cancelled: () => false, now: () => new Date() };
  const settings = (c: TestCore) => ['foreign_keys', 'temp_store', 'cache_size', 'threads'].map((p) => c.db.pragma(p, { simple: true }));

  it('has its settings back, and its indexes', async () => {
    core = tempCore();
    const before = settings(core);
    const indexes = all(core, "SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name");
    const r = await runText(core, 'big.csv', lines.join('\n'), 'candidates');
    expect([r.rows, r.created]).toEqual([20000, 20000]);
    expect(settings(core)).toEqual(before);
    expect(all(core, "SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name")).toEqual(indexes);
    expect(core.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('merges rows that share a LinkedIn URL while the LinkedIn index is set aside, and has it back unique', async () => {
    core = tempCore();
    const shared = ['Name,Email,LinkedIn'];
    for (let i = 0; i < 20000; i++) shared.push(`Person ${i % 10000},p${i}@x.io,linkedin.com/in/person-${i % 10000}`);
    const r = await runText(core, 'big.csv', shared.join('\n'), 'candidates');
    expect([r.rows, r.created, r.merged]).toEqual([20000, 10000, 10000]);
    expect(one(core, "SELECT count(*) FROM person_emails WHERE person_id = (SELECT id FROM people WHERE linkedin = 'https://www.linkedin.com/in/person-7')")).toBe(2);
    // Again, into a store that now holds them: every row finds its person by the stored URL.
    const again = await runText(core, 'big-again.csv', shared.join('\n').replace(/@x\.io/g, '@y.io'), 'candidates');
    expect([again.rows, again.created, again.merged]).toEqual([20000, 0, 20000]);
    expect(one(core, 'SELECT count(*) FROM people')).toBe(10000);
    expect(() => core.db.prepare("INSERT INTO people (full_name, linkedin) VALUES ('Copy', 'https://www.linkedin.com/in/person-7')").run()).toThrow(/UNIQUE constraint failed: people.linkedin/);
  });

  it('says which LinkedIn profile two stored people share when the index cannot be rebuilt', () => {
    core = tempCore();
    // A store that lost its LinkedIn index (an outside edit) and came to hold a pair meanwhile.
    core.db.exec("DROP INDEX people_linkedin; INSERT INTO people (full_name, linkedin) VALUES ('A', 'https://www.linkedin.com/in/twin'), ('B', 'https://www.linkedin.com/in/twin');");
    const rebuild = () => core.db.exec('CREATE UNIQUE INDEX people_linkedin ON people(linkedin)');
    expect(() => rebuildOrExplain(core.db, rebuild)).toThrow(
      expect.objectContaining({ code: 'IMPORT_REFUSED', message: 'Two people would share the LinkedIn profile https://www.linkedin.com/in/twin, so nothing was imported. Merge or correct them in Candidates, then import the file again.' }),
    );
    expect(() => rebuildOrExplain(core.db, () => core.db.exec('CREATE INDEX nowhere ON no_such_table(x)'))).toThrow(/no such table/);
  });

  it('imports inside a caller\'s transaction on a connection with TEMP tables (as the demo does)', () => {
    core = tempCore();
    core.db.exec('CREATE TEMP TABLE scratch (x)');
    const file = put(core, 'big.csv', lines.join('\n'));
    const r = core.db.transaction(() => runImport(core.db, { filePath: file, fileName: 'big.csv', kind: 'candidates' }, io))();
    expect([r.rows, r.created]).toEqual([20000, 20000]);
    expect(one(core, 'SELECT count(*) FROM temp.scratch')).toBe(0);
    expect(one(core, 'SELECT count(*) FROM person_emails')).toBe(20000);
  });
});
