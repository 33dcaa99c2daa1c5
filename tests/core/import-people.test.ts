import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempCore } from '../helpers/tempCore';
import { all, counts, FIXTURES, one, runFile, runText, storedRows, type TestCore } from '../helpers/importGate';
import { SKILL_ROWS } from '../helpers/skillRows';

// Issue #4, item 5: people, not rows. Rows are matched within the file and against the store by
// any normalised email, the LinkedIn URL and the employee ID; a merge fills and extends and never
// overwrites; the same name at the same company is listed for review, never merged.

let core: TestCore;
afterEach(async () => core?.dispose());

const emailsOf = (id: number) => all<{ email: string }>(core, 'SELECT email FROM person_emails WHERE person_id = ? ORDER BY email', id).map((r) => r.email);
const skillsOf = (id: number) => all<{ skill: string }>(core, `SELECT skill FROM ${SKILL_ROWS} WHERE person_id = ? ORDER BY skill`, id).map((r) => r.skill);

describe('within one file', () => {
  const FILE = [
    'Name,Email,Personal Email,LinkedIn,Title,Company,Phone,Skills',
    'Jane Doe,jane@work.com,,,Senior ML Engineer,Intel,,Python',
    'Jane D.,JANE@WORK.COM,jane@home.net,linkedin.com/in/janedoe,,,+1 512 555 0100,PyTorch',
    ',jd@alt.org,,https://www.linkedin.com/in/JaneDoe/,Staff ML Engineer,,,',
    'Bob Jones,bob@x.io,,linkedin.com/in/bobjones,Platform Engineer,Meta,,Go',
    'Jane Doe,jane.doe@other.com,,,ML Engineer,Intel Corporation,,',
    'Robert Jones,jane@home.net,,linkedin.com/in/bobjones,,,,Terraform',
  ].join('\n');

  it('matches by any email (any case), LinkedIn URL (any spelling); merges fill and extend, never overwrite', async () => {
    core = tempCore();
    const r = await runText(core, 'people.csv', FILE, 'candidates');
    expect(counts(r)).toEqual({ rows: 6, created: 3, merged: 3, rejected: 0, warnings: 1 });
    expect(storedRows(core, r.batchId!).map((x) => [x.row, x.outcome])).toEqual([
      [1, 'created'],
      [2, 'merged'],
      [3, 'merged'],
      [4, 'created'],
      [5, 'created'],
      [6, 'merged'],
    ]);
    expect(all(core, 'SELECT row_no, person_id FROM import_rows ORDER BY row_no').map((x) => x.person_id)).toEqual([1, 1, 1, 2, 3, 1]);
    expect(all(core, 'SELECT id, full_name, title, company, phone, linkedin FROM people ORDER BY id')).toEqual([
      { id: 1, full_name: 'Jane Doe', title: 'Senior ML Engineer', company: 'Intel', phone: '+1 512 555 0100', linkedin: 'https://www.linkedin.com/in/janedoe' },
      { id: 2, full_name: 'Bob Jones', title: 'Platform Engineer', company: 'Meta', phone: null, linkedin: 'https://www.linkedin.com/in/bobjones' },
      { id: 3, full_name: 'Jane Doe', title: 'ML Engineer', company: 'Intel Corporation', phone: null, linkedin: null },
    ]);
    expect(emailsOf(1)).toEqual(['jane@home.net', 'jane@work.com', 'jd@alt.org']);
    expect(skillsOf(1)).toEqual(['PyTorch', 'Python', 'Terraform']);
    // Row 6 names #1 by email and #2 by LinkedIn: merged into the first only, and said so.
    expect(r.issues.filter((i) => i.severity === 'warning').map((i) => [i.row, i.message])).toEqual([
      [6, 'This row matches #1 Jane Doe by email jane@home.net and also #2 Bob Jones; it was merged into #1 only. Review whether they are one person.'],
    ]);
    expect(skillsOf(2)).toEqual(['Go']);
  });

  it('lists the same name at the same company as a likely duplicate, without merging', async () => {
    core = tempCore();
    const r = await runText(core, 'people.csv', FILE, 'candidates');
    expect(r.possibleDuplicates).toEqual([{ row: 5, personId: 3, otherId: 1, name: 'Jane Doe', company: 'Intel Corporation' }]);
    expect(r.issues.filter((i) => i.row === 5).map((i) => [i.column, i.value, i.severity, i.message])).toEqual([
      ['', 'Jane Doe', 'info', 'Possibly the same person as #1 (same name at Intel Corporation); not merged, listed for review.'],
    ]);
    expect(one(core, 'SELECT count(*) FROM people')).toBe(3);
  });

  it('matches alumni rows by employee ID', async () => {
    core = tempCore();
    const r = await runFile(core, path.join(FIXTURES, 'import/alumni.csv'), 'alumni');
    expect(counts(r)).toEqual({ rows: 6, created: 5, merged: 1, rejected: 0, warnings: 0 });
    expect(storedRows(core, r.batchId!).map((x) => [x.row, x.outcome])).toEqual([
      [1, 'created'],
      [2, 'created'],
      [3, 'created'],
      [4, 'created'],
      [5, 'created'],
      [6, 'merged'],
    ]);
    expect(one(core, "SELECT count(*) FROM employments WHERE employee_id = 'E100'")).toBe(1);
  });
});

describe('against the store', () => {
  it('merges a later file by personal email, LinkedIn or employee ID, filling gaps and extending lists', async () => {
    core = tempCore();
    await runText(core, 'hris.csv', 'Employee ID,Name,Work Email,Personal Email,Job Title,Termination Reason\nE7,Chidi Okafor,chidi@ourco.com,chidi@gmail.com,MLOps Engineer,Layoff\n', 'alumni');
    await runText(core, 'ats.csv', 'Name,Email,LinkedIn,Skills\nMei Tanaka,mei@x.io,linkedin.com/in/meitanaka,Go\n', 'candidates', { source: 'ats' });
    const r = await runText(
      core,
      'list.csv',
      [
        'Name,Email,LinkedIn,Title,Company,Skills,Laid off',
        'Chidi O.,CHIDI@gmail.com,,Staff MLOps Engineer,OurCo,"Kubeflow, MLflow",2024-11-15',
        'Mei T.,mei.t@new.io,https://linkedin.com/in/MeiTanaka,SRE,Stripe,"Go, Prometheus",2025-01-10',
      ].join('\n'),
      'candidates',
    );
    expect(counts(r)).toEqual({ rows: 2, created: 0, merged: 2, rejected: 0, warnings: 0 });
    expect(all(core, 'SELECT id, full_name, title, company, available_on, sources FROM people ORDER BY id')).toEqual([
      { id: 1, full_name: 'Chidi Okafor', title: 'MLOps Engineer', company: 'OurCo', available_on: '2024-11-15', sources: '["alumni","layoff_list"]' },
      { id: 2, full_name: 'Mei Tanaka', title: 'SRE', company: 'Stripe', available_on: '2025-01-10', sources: '["ats","layoff_list"]' },
    ]);
    expect(r.issues.map((i) => [i.row, i.column, i.message])).toEqual([
      [1, 'Name', 'Kept the name already stored ("Chidi Okafor") for #1; this row says "Chidi O.".'],
      [1, 'Title', 'Kept the title already stored ("MLOps Engineer") for #1; this row says "Staff MLOps Engineer".'],
      [2, 'Name', 'Kept the name already stored ("Mei Tanaka") for #2; this row says "Mei T.".'],
    ]);
    expect(emailsOf(2)).toEqual(['mei.t@new.io', 'mei@x.io']);
    expect(skillsOf(1)).toEqual(['Kubeflow', 'MLflow']);
    expect(skillsOf(2)).toEqual(['Go', 'Prometheus']);
    // An alumni file matched by employee ID only.
    const again = await runText(core, 'hris2.csv', 'Employee ID,Name,Team\nE7,Chidi Okafor,ML Platform\n', 'alumni');
    expect([again.created, again.merged]).toEqual([0, 1]);
    expect(all(core, 'SELECT person_id, employee_id, team FROM employments')).toEqual([{ person_id: 1, employee_id: 'E7', team: 'ML Platform' }]);
  });

  it('never overwrites or refills a value the user edited, even one they emptied', async () => {
    core = tempCore();
    await runText(core, 'a.csv', 'Name,Email,Notes,Tags\nAda Lovelace,ada@x.io,Met at PyCon,ml\n', 'candidates');
    await core.invoke('people.update', { id: 1, patch: { notes: '', tags: ['shortlist'] } });
    const r = await runText(core, 'b.csv', 'Name,Email,Notes,Tags,Phone\nAda Lovelace,ada@x.io,Call back in May,"ml, platform",+44 20 7946 0000\n', 'candidates');
    expect([r.created, r.merged]).toEqual([0, 1]);
    expect(all(core, 'SELECT notes, tags, phone, edited_fields FROM people')).toEqual([{ notes: '', tags: '["shortlist"]', phone: '+44 20 7946 0000', edited_fields: '["notes","tags"]' }]);
  });

  it('skips a person who asked to be forgotten and keeps nothing of their row', async () => {
    core = tempCore();
    const csv = 'Name,Email,Phone\nAda Lovelace,ada@x.io,+44 20 7946 0000\nGrace Hopper,grace@x.io,n/a\n';
    await runText(core, 'a.csv', csv, 'candidates');
    await core.invoke('people.forget', { id: 1 });
    const r = await runText(core, 'b.csv', csv, 'candidates');
    expect(counts(r)).toEqual({ rows: 2, created: 0, merged: 1, rejected: 1, warnings: 2 });
    expect(all(core, 'SELECT row_no, raw, outcome, messages FROM import_rows WHERE batch_id = ? ORDER BY row_no', r.batchId)[0]).toEqual({
      row_no: 1,
      raw: '[]',
      outcome: 'rejected',
      messages: '[{"column":"","value":"","severity":"warning","message":"This person asked to be forgotten and was erased; the row was skipped."}]',
    });
    expect(all(core, 'SELECT full_name FROM people')).toEqual([{ full_name: 'Grace Hopper' }]);
  });
});
