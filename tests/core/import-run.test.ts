import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { runImport, type ImportJobInput } from '../../src/core/import/job';
import { undoImport } from '../../src/core/import/undo';
import { tempCore } from '../helpers/tempCore';
import { SKILL_ROWS } from '../helpers/skillRows';

// The importer end to end on real SQLite files: counts, values, merges, undo, atomicity.

const FIX = path.join(__dirname, '../fixtures/import');
let core: ReturnType<typeof tempCore>;
afterEach(async () => core?.dispose());

const io = (cancelAfter = Infinity) => {
  let calls = 0;
  return { progress: () => {}, cancelled: () => ++calls > cancelAfter, now: () => new Date() };
};
const run = (db: Database.Database, file: string, kind: ImportJobInput['kind'], extra: Partial<ImportJobInput> = {}) =>
  runImport(db, { filePath: file.includes('/') ? file : path.join(FIX, file), fileName: path.basename(file), kind, ...extra }, io());
const count = (db: Database.Database, table: string) => (db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number);

describe('candidates', () => {
  it('imports a messy talent list: preamble, Last-First names, bad values, in-file duplicate, likely duplicate', () => {
    core = tempCore();
    const r = run(core.db, 'candidates.csv', 'candidates');
    expect([r.rows, r.created, r.merged, r.rejected, r.warnings]).toEqual([5, 4, 1, 0, 3]);
    expect(r.issues.map((i) => [i.row, i.column, i.value, i.severity])).toEqual([
      [0, '', '', 'info'],
      [2, 'Laid off date', '13/03/2025', 'warning'],
      [3, 'E-mail Address', 'not-an-email', 'warning'],
      [3, 'Open to relocation', 'maybe', 'warning'],
      [6, '', 'Jane Doe', 'info'],
    ]);
    expect(r.issues[1]!.message).toBe('"13/03/2025" is not a valid date (there is no month 13) (dates in this column read as month/day/year); the available on (laid off / last day) was left empty (the value is kept with the row).');
    expect(r.possibleDuplicates).toEqual([{ row: 6, personId: 4, otherId: 1, name: 'Jane Doe', company: 'Intel' }]);
    const jane = core.db.prepare('SELECT * FROM people WHERE id = 1').get() as Record<string, unknown>;
    expect(jane).toMatchObject({ full_name: 'Jane Doe', title: 'Senior ML Engineer', company: 'Intel Corp', linkedin: 'https://www.linkedin.com/in/jane-doe', available_on: '2025-03-14', relocate: 1, years_exp: 7, location: 'Austin, TX', level: 'senior', sources: '["layoff_list"]' });
    expect(core.db.prepare(`SELECT skill FROM ${SKILL_ROWS} WHERE person_id = 1 ORDER BY skill`).pluck().all()).toContain('Kubernetes');
    expect(core.db.prepare('SELECT email, person_id FROM person_emails ORDER BY email').all()).toEqual([{ email: 'jane.doe@example.com', person_id: 1 }, { email: 'john@smith.dev', person_id: 2 }]);
    // Row 4 (email only) merged into Jane; the blank row is not a row at all.
    expect(core.db.prepare('SELECT row_no, outcome, person_id FROM import_rows ORDER BY row_no').all()).toEqual([
      { row_no: 1, outcome: 'created', person_id: 1 },
      { row_no: 2, outcome: 'created', person_id: 2 },
      { row_no: 3, outcome: 'created', person_id: 3 },
      { row_no: 4, outcome: 'merged', person_id: 1 },
      { row_no: 6, outcome: 'created', person_id: 4 },
    ]);
    // The protected column is left out: not stored, and blanked in the raw row.
    expect(JSON.parse(core.db.prepare('SELECT raw FROM import_rows WHERE row_no = 1').pluck().get() as string)[9]).toBe('');
    expect(count(core.db, 'person_protected')).toBe(0);
  });

  it('a dry run reports the same counts and writes nothing', () => {
    core = tempCore();
    const r = run(core.db, 'candidates.csv', 'candidates', { dryRun: true });
    expect([r.batchId, r.rows, r.created, r.merged, r.rejected]).toEqual([null, 5, 4, 1, 0]);
    expect([count(core.db, 'people'), count(core.db, 'import_batches'), count(core.db, 'import_rows')]).toEqual([0, 0, 0]);
  });

  it('is atomic: a cancel part-way leaves the store as it was', () => {
    core = tempCore();
    const dir = core.dir;
    const lines = ['name,email'];
    for (let i = 0; i < 30000; i++) lines.push(`Person ${i},p${i}@x.io`);
    const file = path.join(dir, 'big.csv');
    fs.writeFileSync(file, lines.join('\n'));
    expect(() => runImport(core.db, { filePath: file, fileName: 'big.csv', kind: 'candidates' }, io(1))).toThrow('cancelled');
    expect([count(core.db, 'people'), count(core.db, 'import_batches'), count(core.db, 'person_emails')]).toEqual([0, 0, 0]);
  });

  it('merges into stored people by email, never over a hand edit, and undo takes it back', () => {
    core = tempCore();
    const first = run(core.db, 'candidates.csv', 'candidates');
    core.db.prepare(`UPDATE people SET location = NULL, edited_fields = '["location"]' WHERE id = 2`).run();
    const file = path.join(core.dir, 'update.csv');
    fs.writeFileSync(file, 'Name,Email,Phone,Location,Skills\nJohn Smith,JOHN@smith.dev,+1 512 555 0100,Berlin,"Ansible, Docker"\nNew Person,new@x.io,,,\n');
    const second = run(core.db, file, 'candidates');
    expect([second.rows, second.created, second.merged, second.rejected]).toEqual([2, 1, 1, 0]);
    expect(core.db.prepare('SELECT phone, location FROM people WHERE id = 2').get()).toEqual({ phone: '+1 512 555 0100', location: null });
    expect(core.db.prepare(`SELECT skill FROM ${SKILL_ROWS} WHERE person_id = 2 AND skill = 'Docker'`).pluck().get()).toBe('Docker');
    expect(() => undoImport(core.db, first.batchId!)).toThrow(`Undo import #${second.batchId} (update.csv) first: it added to records that import #${first.batchId} created or changed.`);
    undoImport(core.db, second.batchId!);
    expect(core.db.prepare('SELECT phone, location FROM people WHERE id = 2').get()).toEqual({ phone: null, location: null });
    expect(core.db.prepare(`SELECT count(*) FROM ${SKILL_ROWS} WHERE person_id = 2 AND skill = 'Docker'`).pluck().get()).toBe(0);
    expect(core.db.prepare("SELECT count(*) FROM person_emails WHERE email = 'new@x.io'").pluck().get()).toBe(0);
    expect(count(core.db, 'people')).toBe(4);
    expect(() => undoImport(core.db, second.batchId!)).toThrow('was already undone');
    expect(undoImport(core.db, first.batchId!).removed).toBe(4);
    expect([count(core.db, 'people'), count(core.db, 'person_emails'), count(core.db, SKILL_ROWS)]).toEqual([0, 0, 0]);
    expect(core.db.prepare('SELECT status FROM import_batches ORDER BY id').pluck().all()).toEqual(['undone', 'undone']);
  });

  it('refuses a file with no column that identifies a person, naming the columns found', () => {
    core = tempCore();
    const file = path.join(core.dir, 'noid.csv');
    fs.writeFileSync(file, 'Title,Company\nEngineer,Intel\n');
    expect(() => run(core.db, file, 'candidates')).toThrow('noid.csv has no column that identifies a person (a name, email, LinkedIn URL or employee ID); the columns found were "Title", "Company".');
    expect(count(core.db, 'import_batches')).toBe(0);
  });

  it('keeps a protected column apart only when the user insists', () => {
    core = tempCore();
    const r = run(core.db, 'candidates.csv', 'candidates', { mapping: { 'Candidate Name': 'fullName', 'E-mail Address': 'email', Gender: 'protected' } });
    expect(r.created).toBe(4);
    expect(core.db.prepare('SELECT person_id, attribute, value FROM person_protected').all()).toEqual([{ person_id: 1, attribute: 'Gender', value: 'Female' }]);
    // Columns the explicit mapping does not name keep their automatic mapping.
    expect(core.db.prepare('SELECT title, extra FROM people WHERE id = 1').get()).toEqual({ title: 'Senior ML Engineer', extra: '{}' });
    expect(r.mappingSource).toBe('explicit');
  });
});

describe('alumni, roles and layoff events', () => {
  // "Involuntary" with "Position eliminated" / "Reduction in force" is a layoff: the reason is the more specific.
  it('imports an HRIS export with rehire eligibility explicit or derived from the reason', () => {
    core = tempCore();
    const r = run(core.db, 'alumni.csv', 'alumni');
    expect([r.rows, r.created, r.merged, r.rejected, r.warnings]).toEqual([6, 5, 1, 0, 0]);
    const rows = core.db.prepare('SELECT e.employee_id, p.full_name, e.exit_type, e.rehire, e.rehire_source, e.regrettable, e.team FROM employments e JOIN people p ON p.id = e.person_id ORDER BY e.employee_id').all();
    expect(rows).toEqual([
      { employee_id: 'E100', full_name: 'Chidi Okafor', exit_type: 'layoff', rehire: 'eligible', rehire_source: 'derived', regrettable: 1, team: 'ML Platform' },
      { employee_id: 'E101', full_name: 'Mei Tanaka', exit_type: 'voluntary', rehire: 'ineligible', rehire_source: 'explicit', regrettable: 0, team: 'Infrastructure' },
      { employee_id: 'E102', full_name: 'Sam Rivera', exit_type: 'involuntary', rehire: 'ineligible', rehire_source: 'derived', regrettable: 0, team: 'Web' },
      { employee_id: 'E103', full_name: 'Priya Natarajan', exit_type: 'involuntary', rehire: 'review', rehire_source: 'derived', regrettable: 0, team: 'Analytics' },
      { employee_id: 'E104', full_name: 'Tom Becker', exit_type: 'layoff', rehire: 'review', rehire_source: 'explicit', regrettable: 1, team: 'Infrastructure' },
    ]);
    expect(core.db.prepare('SELECT email, kind FROM person_emails WHERE person_id = 1 ORDER BY email').all()).toEqual([{ email: 'chidi.okafor@ourco.com', kind: 'work' }, { email: 'chidi@gmail.com', kind: 'personal' }]);
    expect(count(core.db, 'person_protected')).toBe(0);
    expect(core.db.prepare("SELECT sources FROM people WHERE id = 1").pluck().get()).toBe('["alumni"]');
  });

  it('imports requisitions; a re-import updates them and undo restores', () => {
    core = tempCore();
    const r = run(core.db, 'roles.csv', 'roles');
    expect([r.rows, r.created, r.merged, r.rejected, r.warnings]).toEqual([4, 3, 0, 1, 0]);
    expect(core.db.prepare('SELECT req_id, title, status, headcount, remote_policy, level FROM roles ORDER BY id').all()).toEqual([
      { req_id: 'R-1', title: 'Senior ML Engineer', status: 'open', headcount: 2, remote_policy: 'hybrid', level: 'senior' },
      { req_id: 'R-2', title: 'Staff Platform Engineer', status: 'on_hold', headcount: 1, remote_policy: 'remote', level: 'staff' },
      { req_id: expect.stringMatching(/^AUTO-[0-9A-F]{8}$/), title: 'SRE', status: 'on_hold', headcount: 1, remote_policy: 'onsite', level: null },
    ]);
    expect(core.db.prepare("SELECT kind, skill FROM role_skills WHERE role_id = 1 ORDER BY kind, skill").all()).toContainEqual({ kind: 'nice', skill: 'MLflow' });
    const file = path.join(core.dir, 'roles2.csv');
    fs.writeFileSync(file, 'Req ID,Title,Status\nR-1,Senior ML Engineer,Filled\n');
    const again = run(core.db, file, 'roles');
    expect([again.created, again.merged]).toEqual([0, 1]);
    expect(core.db.prepare("SELECT status FROM roles WHERE req_id = 'R-1'").pluck().get()).toBe('filled');
    undoImport(core.db, again.batchId!);
    expect(core.db.prepare("SELECT status FROM roles WHERE req_id = 'R-1'").pluck().get()).toBe('open');
    undoImport(core.db, r.batchId!);
    expect(count(core.db, 'roles')).toBe(0);
  });

  it('imports layoff events, one per company and date', () => {
    core = tempCore();
    const r = run(core.db, 'layoffs.csv', 'layoffs');
    expect([r.rows, r.created, r.merged, r.rejected]).toEqual([4, 2, 1, 1]);
    expect(core.db.prepare('SELECT company, laid_off, percentage, date, source_url FROM layoff_events ORDER BY id').all()).toEqual([
      { company: 'Intel', laid_off: 15000, percentage: 0.15, date: '2024-08-01', source_url: 'https://example.com/intel' },
      { company: 'Meta', laid_off: 3600, percentage: 0.05, date: '2025-02-10', source_url: 'https://example.com/meta' },
    ]);
  });
});
