import { afterEach, describe, expect, it } from 'vitest';
import { tempCore } from '../helpers/tempCore';
import { score, seedRoles, seedWorld } from '../fixtures/export/world';

const NOW = '2025-06-01T10:00:00.000Z';
let core: ReturnType<typeof tempCore>;
afterEach(async () => core?.dispose());

const audit = () => core.db.prepare("SELECT at, action, subject, details FROM audit_log WHERE action = 'export' ORDER BY id").all() as { at: string; action: string; subject: string; details: string }[];

describe('exporting what a grid shows', () => {
  it('writes the visible columns in their order, in the grid\'s sort, with its filters and search', async () => {
    core = tempCore({ now: () => new Date(NOW), actor: 'dana' });
    seedWorld(core);
    const f = await core.invoke('export.grid', {
      grid: 'people',
      columns: [
        { colId: 'name', header: 'Name' },
        { colId: 'track', header: 'Track' },
        { colId: 'emails', header: 'Email' },
        { colId: 'skills', header: 'Skills' },
        { colId: 'company', header: 'Company' },
      ],
      sort: [{ colId: 'name', sort: 'desc' }],
      filter: { track: { filterType: 'text', type: 'notEqual', filter: 'data' } },
      quick: 'kubernetes',
      title: 'Candidates',
    });
    expect(f).toMatchObject({ fileName: 'Candidates 2025-06-01.csv', kind: 'csv', rows: 3, format: 'grid' });
    expect(f.content).toBe(
      '\uFEFFName,Track,Email,Skills,Company\r\n' +
        'Zoë Ångström-Núñez,AI/ML,"zoe.angstrom@example.com, zoe@example.se","Kubernetes, PyTorch, Python",Spotify\r\n' +
        'Bjørn Halvorsen,Platform,bjorn@example.no,"Go, Kubernetes, Terraform",Meta\r\n' +
        'Amara Okafor,MLOps,amara@example.com,"Kubernetes, MLflow, Python",Intel\r\n',
    );
    expect(audit()).toEqual([
      {
        at: NOW,
        action: 'export',
        subject: 'grid:people',
        details: JSON.stringify({ format: 'csv', rows: 3, fileName: 'Candidates 2025-06-01.csv', columns: ['name', 'track', 'emails', 'skills', 'company'], filtered: true, actor: 'dana', shell: 'test' }),
      },
    ]);
  });

  it('neutralises formula-looking names from an imported list', async () => {
    core = tempCore({ now: () => new Date(NOW) });
    seedWorld(core);
    const f = await core.invoke('export.grid', { grid: 'people', columns: [{ colId: 'name', header: 'Name' }, { colId: 'title', header: 'Title' }, { colId: 'company', header: 'Company' }], quick: 'formula' });
    expect(f.content).toBe('\uFEFFName,Title,Company\r\n"\'=HYPERLINK(""http://evil.example/x"",""Click me"")",\'+cmd|calc,\'@Corp\r\n');
  });

  it('exports every matching row, not only the loaded blocks (12,000 people, pages of 5,000)', async () => {
    core = tempCore({ now: () => new Date(NOW) });
    const ins = core.db.prepare("INSERT INTO people (full_name, years_exp, sources) VALUES (?, ?, '[]')");
    core.db.transaction(() => {
      for (let i = 0; i < 12_000; i++) ins.run(`Person ${String(i).padStart(5, '0')}`, (i % 40) - 3.5);
    })();
    const f = await core.invoke('export.grid', { grid: 'people', columns: [{ colId: 'name', header: 'Name' }, { colId: 'yearsExp', header: 'Years' }], sort: [{ colId: 'name', sort: 'asc' }] });
    expect(f.rows).toBe(12_000);
    const lines = f.content.split('\r\n');
    expect(lines).toHaveLength(12_002);
    expect(lines[1]).toBe('Person 00000,-3.5');
    expect(lines[5001]).toBe('Person 05000,-3.5');
    expect(lines[12_000]).toBe('Person 11999,35.5');
  });

  it('re-runs the match grid\'s own query for a role, with its toolbar filters', async () => {
    core = tempCore({ now: () => new Date(NOW) });
    seedWorld(core);
    seedRoles(core);
    await score(core);
    const args = { role: 'ML-101', sort: [{ colId: 'score', sort: 'desc' as const }], minScore: 40 };
    const page = await core.invoke('match.forRole', { ...args, limit: 100 });
    expect(page.total).toBe(4);
    const f = await core.invoke('export.grid', {
      grid: 'matches',
      role: 'ML-101',
      match: { minScore: 40 },
      sort: args.sort,
      columns: [
        { colId: 'name', header: 'Name' },
        { colId: 'score', header: 'Score' },
        { colId: 'points.mustHave', header: 'Must-haves' },
        { colId: 'matched', header: 'Matched' },
        { colId: 'missing', header: 'Missing' },
        { colId: 'eligibility', header: 'Rehire' },
      ],
    });
    expect(f.rows).toBe(4);
    const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    expect(f.content).toBe(
      '\uFEFFName,Score,Must-haves,Matched,Missing,Rehire\r\n' +
        page.rows.map((r) => [q(r.name.startsWith('=') ? `'${r.name}` : r.name), r.score, r.points.mustHave, q(r.matched.join(', ')), q(r.missing.join(', ')), 'Not an alumnus'].join(',') + '\r\n').join(''),
    );
    // Without a role: every open role's matches, as the "All open roles" grid shows them.
    const all = await core.invoke('match.all', { limit: 1000, sort: [{ colId: 'reqId', sort: 'asc' }, { colId: 'score', sort: 'desc' }] });
    const g = await core.invoke('export.grid', { grid: 'matches', columns: [{ colId: 'reqId', header: 'Req ID' }, { colId: 'personId', header: 'Person' }], sort: [{ colId: 'reqId', sort: 'asc' }, { colId: 'score', sort: 'desc' }] });
    expect(g.rows).toBe(all.total);
    expect(g.content.split('\r\n').slice(1, -1)).toEqual(all.rows.map((r) => `${r.reqId},${r.personId}`));
  });

  it('exports the rehire grid with its own columns and the grid\'s labels', async () => {
    core = tempCore({ now: () => new Date(NOW) });
    const [amara, chen] = seedWorld(core, [
      { name: 'Amara Okafor', emails: ['amara@example.com'] },
      { name: 'Chen Wei', emails: ['chen@example.com'] },
    ]);
    const emp = core.db.prepare("INSERT INTO employments (person_id, employee_id, team, hire_date, exit_date, exit_type, rehire, rehire_source) VALUES (?, ?, 'ML Platform', ?, ?, ?, ?, 'explicit')");
    emp.run(amara, 'E-1', '2019-03-01', '2024-11-15', 'layoff', 'eligible');
    emp.run(chen, 'E-2', '2021-01-10', '2025-02-28', 'voluntary', 'review');
    const f = await core.invoke('export.grid', {
      grid: 'alumni',
      columns: [
        { colId: 'name', header: 'Name' },
        { colId: 'exitDate', header: 'Left on' },
        { colId: 'exitType', header: 'Exit' },
        { colId: 'rehire', header: 'Rehire' },
        { colId: 'tenureYears', header: 'Tenure (y)' },
      ],
      sort: [{ colId: 'exitDate', sort: 'asc' }],
    });
    expect(f.content).toBe('\uFEFFName,Left on,Exit,Rehire,Tenure (y)\r\nAmara Okafor,2024-11-15,Layoff,Eligible,5.7\r\nChen Wei,2025-02-28,Voluntary,Review,4.1\r\n');
  });

  it('refuses a column the grid does not have, naming it', async () => {
    core = tempCore();
    await expect(core.call('export.grid', { grid: 'people', columns: [{ colId: 'ssn', header: 'SSN' }] })).resolves.toEqual({
      ok: false,
      error: { code: 'BAD_ARGS', message: 'The column "SSN" cannot be exported from this grid.', field: 'columns' },
    });
    await expect(core.call('export.grid', { grid: 'people', columns: [] })).resolves.toMatchObject({ ok: false, error: { code: 'BAD_ARGS', field: 'columns' } });
  });
});
