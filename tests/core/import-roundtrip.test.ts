import path from 'node:path';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { tempCore } from '../helpers/tempCore';
import { all, FIXTURES, one, put, runFile, runText, type TestCore } from '../helpers/importGate';

// Issue #4, item 10: a round trip of each kind. What one workspace holds, written out (by the
// grid export where there is one), imported into a fresh workspace gives the same records; and
// imported back into the first it finds the same records again instead of adding new ones.

const cores: TestCore[] = [];
const fresh = () => {
  const c = tempCore();
  cores.push(c);
  return c;
};
afterEach(async () => {
  for (const c of cores.splice(0)) await c.dispose();
});

const fixture = (f: string) => path.join(FIXTURES, 'import', f);
const page = { offset: 0, limit: 1000 };

const columns = (spec: [string, string][]) => spec.map(([colId, header]) => ({ colId, header }));
const PEOPLE_COLS = columns([
  ['name', 'Name'],
  ['emails', 'Emails'],
  ['linkedin', 'LinkedIn'],
  ['title', 'Title'],
  ['company', 'Company'],
  ['location', 'Location'],
  ['skills', 'Skills'],
  ['availableOn', 'Available on'],
  ['yearsExp', 'Years of experience'],
]);

async function people(core: TestCore) {
  const rows = (await core.invoke('people.list', { ...page, sort: [{ colId: 'id', sort: 'asc' }] })).rows;
  return rows.map(({ name, emails, linkedin, title, company, location, skills, availableOn, yearsExp, sources, level, track }) => ({ name, emails, linkedin, title, company, location, skills, availableOn, yearsExp, sources, level, track }));
}

describe('round trips', () => {
  it('candidates: the people grid exported and imported gives the same people', async () => {
    const a = fresh();
    await runFile(a, fixture('candidates.csv'), 'candidates');
    const exported = await a.invoke('export.grid', { grid: 'people', columns: PEOPLE_COLS, sort: [{ colId: 'name', sort: 'asc' }] });
    const b = fresh();
    const r = await runText(b, 'export.csv', exported.content, 'candidates');
    expect([r.encoding, r.rows, r.created, r.merged, r.rejected, r.warnings]).toEqual(['UTF-8 with BOM', 4, 4, 0, 0, 0]);
    const byName = (xs: Awaited<ReturnType<typeof people>>) => [...xs].sort((x, y) => `${x.name}|${x.company}`.localeCompare(`${y.name}|${y.company}`));
    expect(byName(await people(b))).toEqual(byName(await people(a)));
    // Back into the first workspace: people with an email or LinkedIn URL are found again; the two
    // known only by name are added and listed for review, never merged by name.
    const back = await runText(a, 'export.csv', exported.content, 'candidates');
    expect([back.created, back.merged, back.rejected]).toEqual([2, 2, 0]);
    expect(back.possibleDuplicates.map((d) => [d.name, d.company, d.otherId])).toEqual([
      ['Ada Lovelace', 'Intel', 3],
      ['Jane Doe', 'Intel', 1],
    ]);
    expect(one(a, 'SELECT count(*) FROM import_changes WHERE batch_id = ?', back.batchId)).toBe(0);
  });

  it('alumni: the rehire grid exported and imported gives the same stints', async () => {
    const a = fresh();
    await runFile(a, fixture('alumni.csv'), 'alumni');
    const cols = columns([
      ['employeeId', 'Employee ID'],
      ['name', 'Name'],
      ['emails', 'Emails'],
      ['team', 'Team'],
      ['title', 'Title'],
      ['manager', 'Manager'],
      ['hireDate', 'Hire date'],
      ['exitDate', 'Exit date'],
      ['exitType', 'Exit type'],
      ['exitReason', 'Exit reason'],
      ['rehire', 'Eligible for rehire'],
      ['lastPerformance', 'Last performance'],
    ]);
    const exported = await a.invoke('export.grid', { grid: 'alumni', columns: cols, sort: [{ colId: 'employeeId', sort: 'asc' }] });
    const b = fresh();
    const r = await runText(b, 'rehire.csv', exported.content, 'alumni');
    expect([r.rows, r.created, r.merged, r.rejected, r.warnings]).toEqual([5, 5, 0, 0, 0]);
    const stints = async (c: TestCore) =>
      (await c.invoke('alumni.list', { ...page, sort: [{ colId: 'employeeId', sort: 'asc' }] })).rows.map(({ employeeId, name, emails, team, title, manager, hireDate, exitDate, exitType, exitReason, rehire, lastPerformance }) => ({
        employeeId, name, emails, team, title, manager, hireDate, exitDate, exitType, exitReason, rehire, lastPerformance,
      }));
    expect(await stints(b)).toEqual(await stints(a));
    expect((await stints(a)).map((s) => [s.employeeId, s.rehire])).toEqual([
      ['E100', 'eligible'],
      ['E101', 'ineligible'],
      ['E102', 'ineligible'],
      ['E103', 'review'],
      ['E104', 'review'],
    ]);
    const back = await runText(a, 'rehire.csv', exported.content, 'alumni');
    expect([back.created, back.merged, one(a, 'SELECT count(*) FROM employments')]).toEqual([0, 5, 5]);
  });

  it('roles: requisitions written out and imported give the same roles; importing them again changes nothing', async () => {
    const a = fresh();
    await runFile(a, fixture('roles.csv'), 'roles');
    const roles = async (c: TestCore) =>
      (await c.invoke('roles.list', { ...page, sort: [{ colId: 'reqId', sort: 'asc' }] })).rows.map(({ reqId, title, track, level, team, location, remotePolicy, status, headcount, hiringManager, openedOn, must, nice }) => ({
        reqId, title, track, level, team, location, remotePolicy, status, headcount, hiringManager, openedOn, must, nice,
      }));
    const listed = await roles(a);
    // The role without a req ID got a stable stand-in (AUTO-…), which sorts first.
    expect(listed.map((x) => [x.title, x.status, x.must])).toEqual([
      ['SRE', 'on_hold', ['Go']],
      ['Senior ML Engineer', 'open', ['Kubernetes', 'Python', 'PyTorch']],
      ['Staff Platform Engineer', 'on_hold', ['Go', 'Kubernetes', 'Terraform']],
    ]);
    const csv = Papa.unparse(listed.map((x) => ({ ...x, must: x.must.join(', '), nice: x.nice.join(', ') })));
    const header = 'Req ID,Title,Track,Level,Team,Location,Remote,Status,Headcount,Hiring Manager,Opened,Must have,Nice to have';
    const file = put(a, 'roles-out.csv', `${header}\n${csv.split('\r\n').slice(1).join('\n')}\n`);
    const b = fresh();
    expect(await runFile(b, file, 'roles')).toMatchObject({ rows: 3, created: 3, merged: 0, rejected: 0, warnings: 0 });
    expect(await roles(b)).toEqual(listed);
    const again = await runFile(a, file, 'roles');
    expect([again.created, again.merged, one(a, 'SELECT count(*) FROM import_changes WHERE batch_id = ?', again.batchId)]).toEqual([0, 3, 0]);
    expect(await roles(a)).toEqual(listed);
  });

  it('layoff events: written out and imported give the same events; importing them again adds none', async () => {
    const a = fresh();
    await runFile(a, fixture('layoffs.csv'), 'layoffs');
    const events = (c: TestCore) => all(c, 'SELECT company, location, laid_off, percentage, date, industry, stage, country, source_url FROM layoff_events ORDER BY company, date');
    const rows = events(a);
    expect(rows.map((e) => [e.company, e.laid_off, e.date])).toEqual([
      ['Intel', 15000, '2024-08-01'],
      ['Meta', 3600, '2025-02-10'],
    ]);
    const file = put(a, 'events.csv', Papa.unparse(rows as object[]));
    const b = fresh();
    expect(await runFile(b, file, 'layoffs')).toMatchObject({ rows: 2, created: 2, merged: 0, rejected: 0, warnings: 0 });
    expect(events(b)).toEqual(rows);
    const again = await runFile(a, file, 'layoffs');
    expect([again.created, again.merged, one(a, 'SELECT count(*) FROM layoff_events')]).toEqual([0, 2, 2]);
    expect(events(a)).toEqual(rows);
  });
});
