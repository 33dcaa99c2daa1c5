import { afterEach, describe, expect, it } from 'vitest';
import { tempCore } from '../helpers/tempCore';
import { seedRoles, seedWorld } from '../fixtures/export/world';

// The rehire grid's "has at least K must-haves of an open role" filter reaches its CSV export.

const NOW = '2025-06-01T10:00:00.000Z';
let core: ReturnType<typeof tempCore>;
afterEach(async () => core?.dispose());

const COLUMNS = [
  { colId: 'name', header: 'Name' },
  { colId: 'team', header: 'Last team' },
  { colId: 'rehire', header: 'Rehire' },
];

describe('exporting the rehire grid with the must-haves filter', () => {
  it('exports exactly the former employees the filter shows', async () => {
    core = tempCore({ now: () => new Date(NOW) });
    // Amara: Kubernetes, MLflow, Python; Chen: Spark, SQL, Python; Bjørn: Terraform, Go, Kubernetes.
    const [amara, , , chen, bjorn] = seedWorld(core);
    const emp = core.db.prepare("INSERT INTO employments (person_id, employee_id, team, hire_date, exit_date, exit_type, rehire, rehire_source) VALUES (?, ?, ?, '2020-01-01', ?, 'layoff', ?, 'explicit')");
    emp.run(amara, 'E-1', 'ML Platform', '2024-11-15', 'eligible');
    emp.run(chen, 'E-2', 'Data', '2025-01-31', 'review');
    emp.run(bjorn, 'E-3', 'Infrastructure', '2025-02-28', 'eligible');
    // ML-101 (MLOps) must have Kubernetes and Python; PLT-7 (platform) Terraform and Go.
    seedRoles(core);
    const sort = [{ colId: 'name', sort: 'asc' as const }];

    const both = await core.invoke('export.grid', { grid: 'alumni', columns: COLUMNS, sort, alumni: { minMust: 2 } });
    expect(both).toMatchObject({ rows: 2, fileName: 'Rehire 2025-06-01.csv' });
    expect(both.content).toBe('\uFEFFName,Last team,Rehire\r\nAmara Okafor,ML Platform,Eligible\r\nBjørn Halvorsen,Infrastructure,Eligible\r\n');

    // Only MLOps roles count, and the column filters still apply on top.
    const mlops = await core.invoke('export.grid', { grid: 'alumni', columns: COLUMNS, sort, alumni: { minMust: 2, roleTracks: ['mlops'] } });
    expect(mlops.content).toBe('\uFEFFName,Last team,Rehire\r\nAmara Okafor,ML Platform,Eligible\r\n');
    const none = await core.invoke('export.grid', { grid: 'alumni', columns: COLUMNS, sort, filter: { rehire: { filterType: 'in', values: ['review'] } }, alumni: { minMust: 2 } });
    expect(none.content).toBe('\uFEFFName,Last team,Rehire\r\n');

    // The same rows as the grid itself, and the audit says the export was filtered.
    const page = await core.invoke('alumni.list', { limit: 100, sort, minMust: 2 });
    expect(page.rows.map((r) => r.name)).toEqual(['Amara Okafor', 'Bjørn Halvorsen']);
    const last = core.db.prepare("SELECT details FROM audit_log WHERE action = 'export' ORDER BY id DESC LIMIT 1").get() as { details: string };
    expect(JSON.parse(last.details)).toMatchObject({ rows: 0, filtered: true });
    const first = core.db.prepare("SELECT details FROM audit_log WHERE action = 'export' ORDER BY id LIMIT 1").get() as { details: string };
    expect(JSON.parse(first.details)).toMatchObject({ rows: 2, filtered: true });
  });
});
