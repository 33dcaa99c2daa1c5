import { afterEach, describe, expect, it } from 'vitest';
import { tempCore } from '../helpers/tempCore';
import { insertPeople } from '../helpers/matchSeed';
import { generate, benchGraph } from '../../bench/matchData';
import { refresh } from '../../src/core/match/run';
import { rescoreChanged } from '../../src/core/match/job';
import { buildStore, depthFactsAt, profileAt } from '../../src/core/match/compact';
import { iterateProfiles, loadProfiles, loadRoles } from '../../src/core/match/load';
import { preparePerson, scorePair, scorePrepared } from '../../src/core/match/score';
import { graphFor } from '../../src/core/match/graphSource';
import { packedColumns, unpackSkills, type PackedSkill } from '../../src/core/repos/personSkills';

let core: ReturnType<typeof tempCore>;
afterEach(async () => core?.dispose());
const now = () => new Date('2026-06-30T12:00:00Z');
const today = '2026-06-30';

const ROLE = { reqId: 'SRE-1', title: 'SRE', track: 'sre' as const, level: 'senior' as const, must: ['Kubernetes', 'Prometheus'], nice: ['Go'] };
const person = (name: string, skills: string[]) => ({ name, track: 'sre', level: 'senior', skills, sources: ['ats'] });

/** Everything the grids read, minus when it was computed. */
function snapshot(db: typeof core.db, topOnly = false) {
  const rows = db.prepare(`SELECT role_id, person_id, score, rank, near_miss, must_matched, explanation FROM match_results ORDER BY role_id, rank, person_id`).all() as { rank: number; near_miss: number }[];
  const best = db.prepare('SELECT person_id, role_id, score, near_miss FROM match_best ORDER BY person_id').all();
  return { rows: topOnly ? rows.filter((r) => r.rank <= 50) : rows, best };
}

describe('fresh scores', () => {
  it('says scores are stale after people are added, and an incremental re-score brings them up to date', async () => {
    core = tempCore({ now });
    insertPeople(core.db, [person('A', ['Kubernetes', 'Prometheus', 'Go']), person('B', ['Kubernetes'])]);
    const role = await core.invoke('roles.save', ROLE);
    expect(await core.invoke('match.status', {})).toMatchObject({ state: 'fresh', reasons: [], staleRoles: 0 });
    const [c] = insertPeople(core.db, [person('C', ['Kubernetes', 'Prometheus', 'Go'])]);
    const status = await core.invoke('match.status', {});
    expect(status).toMatchObject({ state: 'stale', reasons: ['people_changed'], message: 'Scores are older than the data: people were added or changed.' });
    expect((await core.invoke('match.forRole', { role: role.id })).stale).toBe(true);
    const res = await core.invoke('match.rescore', { jobId: 'j1' });
    expect(res).toMatchObject({ mode: 'incremental', roles: 1 });
    const page = await core.invoke('match.forRole', { role: role.id });
    expect(page.stale).toBe(false);
    expect(page.rows.map((r) => [r.name, r.rank])).toEqual([
      ['A', 1],
      ['C', 2],
      ['B', 3],
    ]);
    expect(page.rows[1]!.personId).toBe(c);
    expect(await core.invoke('match.rescore', { jobId: 'j2' })).toMatchObject({ mode: 'none' });
  });

  it('re-scores after a weight change, for the roles that follow the defaults', async () => {
    core = tempCore({ now });
    insertPeople(core.db, [person('A', ['Kubernetes']), person('B', ['Prometheus', 'Go'])]);
    const a = await core.invoke('roles.save', ROLE);
    const own = { mustHave: 1, niceToHave: 99, trackFit: 0, levelFit: 0, locationFit: 0, availability: 0, boomerang: 0, depth: 0 };
    const b = await core.invoke('roles.save', { ...ROLE, reqId: 'SRE-2', weights: own });
    expect(b).toMatchObject({ weights: own, effectiveWeights: own, weightsSource: 'role' });
    const flat = { mustHave: 10, niceToHave: 10, trackFit: 10, levelFit: 10, locationFit: 10, availability: 10, boomerang: 10, depth: 10 };
    const info = await core.invoke('weights.setDefault', { weights: flat });
    expect(info).toMatchObject({ global: flat, rescored: true });
    const ea = await core.invoke('match.explain', { roleId: a.id, personId: 1 });
    expect(ea.explanation.weights).toEqual(flat);
    expect(ea.stored?.score).toBe(ea.explanation.score);
    const eb = await core.invoke('match.explain', { roleId: b.id, personId: 1 });
    expect(eb.explanation.weights).toEqual(own);
    expect(await core.invoke('weights.get', { roleId: a.id })).toMatchObject({ global: flat, role: { own: null, effective: flat, source: 'global_default' } });
    expect(core.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'weights'").get()).toEqual({ n: 1 });
  });

  it('previews how the top 10 would change under other weights without saving them', async () => {
    core = tempCore({ now });
    insertPeople(core.db, [person('A', ['Kubernetes', 'Prometheus']), person('B', ['Go'])]);
    const role = await core.invoke('roles.save', ROLE);
    const onlyNice = { mustHave: 0, niceToHave: 100, trackFit: 0, levelFit: 0, locationFit: 0, availability: 0, boomerang: 0, depth: 0 };
    const { rows } = await core.invoke('weights.preview', { roleId: role.id, weights: onlyNice });
    expect(rows.map((r) => [r.name, r.before?.rank, r.after?.rank, r.after?.score])).toEqual([
      ['B', 2, 1, 100],
      ['A', 1, 2, 0],
    ]);
    expect((await core.invoke('roles.get', { id: role.id })).weights).toBeNull();
  });

  it('merges 100 new and 20 changed people into the kept lists exactly as a full run would', () => {
    core = tempCore({ now });
    generate(core.db, { people: 2000, roles: 12, seed: 3, today });
    const graph = benchGraph();
    const keep = { top: 50, nearMisses: 20 };
    expect(refresh(core.db, null, { today, graph, ...keep })).toMatchObject({ mode: 'full', mismatches: 0 });
    generate(core.db, { people: 100, roles: 0, seed: 4, today, firstId: 5001 });
    core.db.prepare(`UPDATE people SET summary = 'Owned production Kubernetes; on-call; scaled to millions of users.', updated_at = '2099-01-01' WHERE id % 100 = 0`).run();
    const inc = refresh(core.db, null, { today, graph, ...keep });
    // The 100 new, the 20 changed, and whoever shared the last update time of the previous run.
    expect(inc).toMatchObject({ mode: 'incremental', mismatches: 0 });
    expect(inc.people).toBeGreaterThanOrEqual(120);
    expect(inc.people).toBeLessThan(200);
    const merged = snapshot(core.db, true);
    const nearSql = 'SELECT role_id, person_id, score FROM match_results WHERE rank > 50 ORDER BY role_id, score DESC, person_id';
    const near = core.db.prepare(nearSql).all();
    expect(refresh(core.db, null, { today, graph, force: true, ...keep }).mode).toBe('full');
    expect(snapshot(core.db, true)).toEqual(merged);
    // The near misses below the top are the same people; their ranks are estimates until a full run.
    expect(core.db.prepare(nearSql).all()).toEqual(near);
  });

  it('lets the importer re-score the people it touched', () => {
    core = tempCore({ now });
    generate(core.db, { people: 300, roles: 5, seed: 9, today });
    refresh(core.db, null, { today });
    const [id] = insertPeople(core.db, [person('New', ['Kubernetes', 'Prometheus', 'Go'])]);
    expect(rescoreChanged(core.db, [id!], today)).toMatchObject({ mode: 'incremental' });
  });

  it('explains from the in-memory store exactly as from the workspace', () => {
    core = tempCore({ now });
    generate(core.db, { people: 400, roles: 6, seed: 11, today });
    const setSkills = core.db.prepare('UPDATE people SET skills = ?, skill_names = ? WHERE id = ?');
    for (const [id, packed] of core.db.prepare('SELECT id, skills FROM people WHERE id % 3 = 0').raw().all() as [number, string][]) {
      const cols = packedColumns(unpackSkills(packed).map(([skill, known, , origin, batch]): PackedSkill => [skill, known, `${skill.toLowerCase()} (from a cell)`, origin, batch]));
      setSkills.run(cols.skills, cols.skillNames, id);
    }
    const graph = graphFor(core.db);
    const store = buildStore(iterateProfiles(core.db), graph, today);
    const roles = loadRoles(core.db, graph);
    const profiles = loadProfiles(core.db, Array.from(store.ids));
    for (let i = 0; i < store.n; i += 7) {
      for (const role of roles) {
        const fromStore = scorePrepared(preparePerson(profileAt(store, i), graph, depthFactsAt(store, i)), role, graph, today);
        expect(fromStore).toEqual(scorePair(profiles.get(store.ids[i]!)!, role, graph, today));
      }
    }
  });

  it('gives the same scores and order on every full run', () => {
    core = tempCore({ now });
    generate(core.db, { people: 1500, roles: 8, seed: 5, today });
    const graph = benchGraph();
    refresh(core.db, null, { today, graph, force: true });
    const first = snapshot(core.db);
    refresh(core.db, null, { today, graph, force: true });
    expect(snapshot(core.db)).toEqual(first);
  });
});
