import { afterEach, describe, expect, it } from 'vitest';
import { tempCore } from '../helpers/tempCore';
import { insertPeople, type MatchPerson } from '../helpers/matchSeed';
import { ENGINE_VERSION } from '../../src/core/version';

let core: ReturnType<typeof tempCore>;
afterEach(async () => core?.dispose());
const now = () => new Date('2026-06-30T12:00:00Z');

const base: MatchPerson = {
  name: 'Base',
  title: 'Platform Engineer',
  track: 'platform',
  level: 'senior',
  yearsExp: 8,
  location: 'London',
  country: 'United Kingdom',
  availableOn: '2026-05-01',
  sources: ['layoff_list'],
  skills: ['Kubernetes', 'Terraform', 'Go', 'Prometheus'],
  summary: 'Owned the production Kubernetes platform.',
};

const ROLE = { reqId: 'PLAT-1', title: 'Senior Platform Engineer', track: 'platform' as const, level: 'senior' as const, location: 'London, UK', remotePolicy: 'hybrid' as const, must: ['Kubernetes', 'Terraform', 'Go'], nice: ['Prometheus', 'Helm'] };

function seed() {
  return insertPeople(core.db, [
    { ...base, name: 'Ada Full' },
    { ...base, name: 'Bo Alumna', alumni: { rehire: 'eligible', hireDate: '2019-01-01', exitDate: '2025-01-01', exitType: 'layoff', lastPerformance: 'Exceeds' } },
    { ...base, name: 'Cy Ineligible', alumni: { rehire: 'ineligible', hireDate: '2019-01-01', exitDate: '2025-01-01', exitType: 'involuntary' } },
    { ...base, name: 'Di Review', alumni: { rehire: 'review', hireDate: '2019-01-01', exitDate: '2025-01-01', exitType: 'voluntary' } },
    { ...base, name: 'Ed NearMiss', skills: ['Kubernetes', 'Terraform', 'Prometheus'] },
    { ...base, name: 'Fay Data', title: 'Data Engineer', track: 'data', skills: ['SQL', 'dbt'], summary: null },
  ]);
}

describe('matching through the gate', () => {
  it('says there is nothing to score in an empty workspace', async () => {
    core = tempCore({ now });
    expect(await core.invoke('match.status', {})).toMatchObject({ state: 'empty', reasons: [], openRoles: 0, people: 0 });
  });

  it('scores a role as soon as it is saved and ranks its candidates with reasons', async () => {
    core = tempCore({ now });
    const ids = seed();
    const saved = await core.invoke('roles.save', ROLE);
    expect(saved).toMatchObject({ reqId: 'PLAT-1', rescored: true, must: ['Go', 'Kubernetes', 'Terraform'], nice: ['Helm', 'Prometheus'], weights: null, weightsSource: 'builtin', candidates: 6 });
    const page = await core.invoke('match.forRole', { role: 'PLAT-1' });
    expect(page.stale).toBe(false);
    expect(page.total).toBe(6);
    expect(page.rows.map((r) => [r.name, r.rank])).toEqual([
      ['Bo Alumna', 1],
      ['Di Review', 2],
      ['Ada Full', 3],
      ['Cy Ineligible', 4],
      ['Ed NearMiss', 5],
      ['Fay Data', 6],
    ]);
    const cy = page.rows.find((r) => r.name === 'Cy Ineligible')!;
    expect(cy).toMatchObject({ eligibility: 'ineligible', flags: ['ineligible_rehire'], matched: ['Go', 'Kubernetes', 'Terraform', 'Prometheus'] });
    // Ada and Cy differ only in Cy being an ineligible alumnus: the same score, Ada first by id.
    expect(cy.score).toBe(page.rows.find((r) => r.name === 'Ada Full')!.score);
    const ed = page.rows.find((r) => r.name === 'Ed NearMiss')!;
    expect(ed).toMatchObject({ nearMiss: true, nearMissSkill: 'Go', missing: ['Go'], mustMatched: 2, mustTotal: 3 });
    expect((await core.invoke('match.forRole', { role: saved.id, nearMissOnly: true })).rows.map((r) => r.personId)).toEqual([ids[4]]);
    expect((await core.invoke('match.forRole', { role: saved.id, eligibility: ['eligible', 'review'] })).rows.map((r) => r.name)).toEqual(['Bo Alumna', 'Di Review']);
    expect((await core.invoke('match.forRole', { role: saved.id, minScore: cy.score + 0.1 })).total).toBe(2);
  });

  it('refuses a second role with the same req ID, naming the field', async () => {
    core = tempCore({ now });
    await core.invoke('roles.save', ROLE);
    const res = await core.call('roles.save', { ...ROLE, reqId: 'plat-1' });
    expect(res).toEqual({ ok: false, error: { code: 'CONFLICT', message: 'Another role already has req ID "plat-1".', field: 'reqId' } });
  });

  it('explains one pair live, the same as what was stored, with the engine version and weights', async () => {
    core = tempCore({ now });
    const [ada] = seed();
    const role = await core.invoke('roles.save', ROLE);
    const { explanation, stored } = await core.invoke('match.explain', { roleId: role.id, personId: ada! });
    const row = core.db.prepare('SELECT explanation, engine_version FROM match_results WHERE role_id = ? AND person_id = ?').get(role.id, ada) as { explanation: string; engine_version: string };
    expect(JSON.parse(row.explanation)).toEqual(explanation);
    expect(stored).toMatchObject({ score: explanation.score, rank: 3, engineVersion: ENGINE_VERSION });
    expect(explanation).toMatchObject({ engineVersion: ENGINE_VERSION, weights: role.effectiveWeights, asOf: '2026-06-30' });
  });

  it("lists a person's best open roles", async () => {
    core = tempCore({ now });
    const ids = seed();
    await core.invoke('roles.save', ROLE);
    await core.invoke('roles.save', { reqId: 'DATA-1', title: 'Data Engineer', track: 'data', level: 'senior', must: ['SQL', 'dbt'] });
    const fits = await core.invoke('match.forPerson', { personId: ids[5]! });
    expect(fits.map((f) => [f.reqId, f.rank])).toEqual([
      ['DATA-1', 1],
      ['PLAT-1', 6],
    ]);
    expect(fits[0]!.explanation.matched.map((m) => m.skill)).toEqual(['dbt', 'SQL']);
    // The rehire grid's best open role is kept for every former employee (Bo, Cy, Di).
    const best = core.db.prepare('SELECT person_id, role_id FROM match_best ORDER BY person_id').all() as { person_id: number; role_id: number }[];
    expect(best).toEqual([ids[1], ids[2], ids[3]].map((id) => ({ person_id: id, role_id: 1 })));
  });

  it('stops matching a role once it is closed, and the best role moves', async () => {
    core = tempCore({ now });
    const ids = seed();
    const plat = await core.invoke('roles.save', ROLE);
    const data = await core.invoke('roles.save', { reqId: 'DATA-1', title: 'Data Engineer', track: 'data', must: ['SQL'] });
    const closed = await core.invoke('roles.setStatus', { id: plat.id, status: 'closed' });
    expect(closed).toMatchObject({ status: 'closed', candidates: 0, rescored: true });
    expect((await core.invoke('match.all', {})).rows.every((r) => r.reqId === 'DATA-1')).toBe(true);
    expect(await core.invoke('match.forRole', { role: plat.id })).toMatchObject({ rows: [], total: 0, stale: false });
    expect(core.db.prepare('SELECT DISTINCT role_id FROM match_best').all()).toEqual([{ role_id: data.id }]);
    expect(core.db.prepare('SELECT count(*) AS n FROM match_best').get()).toEqual({ n: ids.filter((_, i) => i >= 1 && i <= 3).length });
    expect(await core.invoke('match.status', {})).toMatchObject({ state: 'fresh' });
  });
});
