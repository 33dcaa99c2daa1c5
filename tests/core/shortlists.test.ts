import { afterEach, describe, expect, it } from 'vitest';
import { tempCore } from '../helpers/tempCore';
import { score, seedRoles, seedWorld } from '../fixtures/export/world';
import { addPersonSkills } from '../../src/core/repos/personSkills';

const NOW = '2025-06-01T10:00:00.000Z';
let core: ReturnType<typeof tempCore>;
afterEach(async () => core?.dispose());

async function world() {
  core = tempCore({ now: () => new Date(NOW), actor: 'dana' });
  const ids = seedWorld(core);
  seedRoles(core);
  await score(core);
  return ids;
}

const stored = (roleId: number) =>
  core.db.prepare('SELECT person_id AS personId, score FROM match_results WHERE role_id = ? ORDER BY rank, person_id').all(roleId) as { personId: number; score: number }[];

describe('creating a shortlist', () => {
  it('fills it from the role\'s current top N matches, keeping score, explanation, version and weights', async () => {
    await world();
    const top = stored(1).slice(0, 3);
    const d = await core.invoke('shortlists.create', { name: 'MLOps Q3', reqId: 'ml-101', top: 3 });
    expect(d).toMatchObject({ name: 'MLOps Q3', reqId: 'ML-101', roleTitle: 'Senior MLOps Engineer', size: 3, createdAt: NOW });
    expect(d.entries.map((e) => [e.position, e.personId, e.score])).toEqual(top.map((t, i) => [i + 1, t.personId, t.score]));
    const first = d.entries[0]!;
    expect(first).toMatchObject({ addedBy: 'dana', addedAt: NOW, stage: 'new', note: '', engineVersion: 'match-2', currentScore: first.score, scoreChanged: false });
    expect(first.explanation?.score).toBe(first.score);
    expect(first.weights).toEqual(first.explanation?.weights);
    expect(first.matched).toEqual(first.explanation!.matched.map((m) => m.skill));
    const row = core.db.prepare('SELECT engine_version, weights, explanation FROM shortlist_entries WHERE person_id = ?').get(first.personId) as Record<string, string>;
    expect(row.engine_version).toBe('match-2');
    expect(JSON.parse(row.weights)).toEqual(first.weights);
    expect(JSON.parse(row.explanation).components.mustHave.points).toBe(first.explanation!.components.mustHave.points);
  });

  it('refuses a second list of the same name, whatever the case, and an unknown role, in sentences', async () => {
    await world();
    await core.invoke('shortlists.create', { name: 'MLOps Q3', roleId: 1 });
    await expect(core.call('shortlists.create', { name: 'mlops q3', roleId: 2 })).resolves.toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'There is already a shortlist called "MLOps Q3". Choose another name.', field: 'name' },
    });
    await expect(core.call('shortlists.create', { name: 'X', reqId: 'NOPE-1' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No role has the req ID "NOPE-1"; it is not in the workspace.' },
    });
    await expect(core.call('shortlists.create', { name: 'X' })).resolves.toMatchObject({ ok: false, error: { code: 'BAD_ARGS', field: 'reqId' } });
  });
});

describe('entries', () => {
  it('adds people by id at the end with the score of that moment, and counts those already there', async () => {
    const ids = await world();
    const d = await core.invoke('shortlists.create', { name: 'Platform', reqId: 'PLT-7', top: 1 });
    expect(d.entries.map((e) => e.name)).toEqual(['Bjørn Halvorsen']);
    const r = await core.invoke('shortlists.addPeople', { shortlist: 'platform', personIds: [ids[3]!, ids[4]!, ids[0]!, ids[3]!] });
    expect(r).toMatchObject({ added: 2, alreadyThere: 2 });
    expect(r.shortlist.entries.map((e) => [e.position, e.name])).toEqual([
      [1, 'Bjørn Halvorsen'],
      [2, 'Chen Wei'],
      [3, 'Amara Okafor'],
    ]);
    const chen = r.shortlist.entries.find((e) => e.personId === ids[3])!;
    // Chen (data engineer) scored for the platform role, by the engine, as of now.
    expect(chen.score).toEqual(expect.any(Number));
    expect(chen.explanation?.missing).toEqual(['Go', 'Terraform']);
    await expect(core.call('shortlists.addPeople', { shortlist: 'Platform', personIds: [999] })).resolves.toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'One person is no longer in the workspace.' },
    });
  });

  it('adds everyone a match-grid filter shows, in the grid\'s order', async () => {
    await world();
    await core.invoke('shortlists.create', { name: 'From the grid', reqId: 'ML-101' });
    const grid = await core.invoke('match.forRole', { role: 'ML-101', minScore: 45, sort: [{ colId: 'score', sort: 'desc' }] });
    expect(grid.total).toBe(3);
    const r = await core.invoke('shortlists.addPeople', { shortlist: 'From the grid', fromMatches: { minScore: 45, sort: [{ colId: 'score', sort: 'desc' }], limit: 100 } });
    expect(r).toMatchObject({ added: 3, alreadyThere: 0 });
    expect(r.shortlist.entries.map((e) => [e.personId, e.score])).toEqual(grid.rows.map((m) => [m.personId, m.score]));
    const again = await core.invoke('shortlists.addPeople', { shortlist: 'From the grid', fromMatches: { quick: 'okafor', limit: 10 } });
    expect(again).toMatchObject({ added: 0, alreadyThere: 1 });
  });

  it('keeps stage and note, removes and re-orders without gaps, and refuses a stale order', async () => {
    const ids = await world();
    const d = await core.invoke('shortlists.create', { name: 'ML', roleId: 1, top: 4 });
    const order = d.entries.map((e) => e.personId);
    const e = await core.invoke('shortlists.updateEntry', { shortlist: d.id, personId: order[1]!, stage: 'screening', note: 'Call after 3pm' });
    expect(e).toMatchObject({ personId: order[1], stage: 'screening', note: 'Call after 3pm', position: 2 });
    // The person's own pipeline stage is theirs; the entry's stage belongs to this list.
    expect((core.db.prepare('SELECT stage FROM people WHERE id = ?').get(order[1]) as { stage: string }).stage).toBe('new');

    const reversed = [...order].reverse();
    const r = await core.invoke('shortlists.reorder', { shortlist: 'ML', personIds: reversed });
    expect(r.entries.map((x) => [x.position, x.personId])).toEqual(reversed.map((id, i) => [i + 1, id]));

    const after = await core.invoke('shortlists.removeEntry', { shortlist: 'ML', personId: reversed[1]! });
    expect(after.entries.map((x) => x.position)).toEqual([1, 2, 3]);
    expect(after.entries.map((x) => x.personId)).toEqual([reversed[0], reversed[2], reversed[3]]);

    await expect(core.call('shortlists.reorder', { shortlist: 'ML', personIds: reversed })).resolves.toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await expect(core.call('shortlists.removeEntry', { shortlist: 'ML', personId: reversed[1]! })).resolves.toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'That person is not on this shortlist.' },
    });
    expect(ids).toHaveLength(5);
  });

  it('shows the current score beside the kept one when it has changed', async () => {
    const ids = await world();
    const d = await core.invoke('shortlists.create', { name: 'ML', roleId: 1, top: 5 });
    const chen = d.entries.find((e) => e.personId === ids[3])!;
    // Chen learns Kubernetes: the role's must-haves are now covered.
    // Writing skills marks the person updated, which is how scores notice.
    addPersonSkills(core.db, ids[3]!, [['Kubernetes', 1, 'k8s', 'manual', null]]);
    await score(core);
    const now = (await core.invoke('shortlists.get', { shortlist: 'ML' })).entries.find((e) => e.personId === ids[3])!;
    expect(now.score).toBe(chen.score);
    expect(now.currentScore).toBeGreaterThan(chen.score!);
    expect(now.scoreChanged).toBe(true);
    expect(now.explanation?.missing).toEqual(chen.explanation?.missing);
  });
});

describe('lists', () => {
  it('lists, renames and deletes; a deleted role leaves the list without current scores', async () => {
    await world();
    await core.invoke('shortlists.create', { name: 'A', roleId: 1, top: 2 });
    await core.invoke('shortlists.create', { name: 'B', roleId: 2 });
    // Newest first: both were touched at the same moment, so the later one leads.
    expect((await core.invoke('shortlists.list', {})).map((s) => [s.name, s.reqId, s.size])).toEqual([
      ['B', 'PLT-7', 0],
      ['A', 'ML-101', 2],
    ]);
    expect(await core.invoke('shortlists.rename', { shortlist: 'A', name: 'A (renamed)' })).toMatchObject({ name: 'A (renamed)', size: 2 });
    await expect(core.call('shortlists.rename', { shortlist: 'B', name: 'a (RENAMED)' })).resolves.toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await core.invoke('shortlists.delete', { shortlist: 'B' })).toEqual({ deleted: true });
    core.db.prepare('DELETE FROM roles WHERE id = 1').run();
    const d = await core.invoke('shortlists.get', { shortlist: 'A (renamed)' });
    expect(d).toMatchObject({ roleId: null, reqId: null, size: 2 });
    expect(d.entries.every((e) => e.currentScore === null && e.score !== null && !e.scoreChanged)).toBe(true);
    expect(await core.invoke('app.stats', {})).toMatchObject({ shortlists: 1 });
    await expect(core.call('shortlists.get', { shortlist: 'B' })).resolves.toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'The shortlist "B" does not exist (any more).' } });
  });
});

describe('a shortlist in blind review', () => {
  it('hides names, emails, phone and LinkedIn in the list and in its exports, keeping the scores', async () => {
    await world();
    const open = await core.invoke('shortlists.create', { name: 'Blind', reqId: 'ml-101', top: 2 });
    await core.invoke('settings.update', { patch: { blindReview: true } });
    const d = await core.invoke('shortlists.get', { shortlist: 'Blind' });
    expect(d.entries.map((e) => e.score)).toEqual(open.entries.map((e) => e.score));
    for (const e of d.entries) {
      expect(e.name).toBe(`Candidate #${e.personId}`);
      expect(e).toMatchObject({ emails: [], phone: null, linkedin: null });
    }
    const csv = await core.invoke('export.shortlist', { shortlist: 'Blind', format: 'greenhouse' });
    for (const e of open.entries) {
      expect(csv.content).not.toContain(e.name);
      for (const m of e.emails) expect(csv.content).not.toContain(m);
    }
  });
});
