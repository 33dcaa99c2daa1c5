import { afterEach, describe, expect, it } from 'vitest';
import { tempCore } from '../helpers/tempCore';
import { seedPeople } from '../helpers/seed';

let core: ReturnType<typeof tempCore>;
afterEach(async () => core?.dispose());

describe('saved views', () => {
  it('ships built-in views once per grid, and a deleted built-in stays deleted', async () => {
    core = tempCore();
    const first = await core.invoke('views.list', { grid: 'rehire' });
    expect(first.map((v) => v.name)).toContain('Eligible boomerangs, left < 24 months');
    const boomerangs = first.find((v) => v.name === 'Eligible boomerangs, left < 24 months')!;
    expect(boomerangs.builtin).toBe(true);
    expect(boomerangs.state.toolbar).toEqual({ rehire: ['eligible'], leftWithinMonths: 24 });
    await core.invoke('views.delete', { id: boomerangs.id });
    const again = await core.invoke('views.list', { grid: 'rehire' });
    expect(again.map((v) => v.name)).not.toContain('Eligible boomerangs, left < 24 months');
    expect(again).toHaveLength(first.length - 1);
    expect((await core.invoke('views.list', { grid: 'matches' })).map((v) => v.name)).toContain('Near misses for AI roles');
    expect((await core.invoke('views.list', { grid: 'candidates' })).map((v) => v.name)).toContain('Laid off in the last 90 days');
  });

  it('saves a view under a name, refuses a duplicate name unless asked to replace, and restores it exactly', async () => {
    core = tempCore();
    const state = {
      columns: [{ colId: 'name', width: 220, pinned: 'left' as const }, { colId: 'score', sort: 'desc' as const, sortIndex: 0 }],
      filter: { title: { filterType: 'text' as const, type: 'contains' as const, filter: 'platform' } },
      toolbar: { minScore: 60, nearMissOnly: true, track: ['platform'] },
      quick: 'kubernetes',
    };
    const saved = await core.invoke('views.save', { grid: 'matches', name: 'Platform, 60+', state });
    expect(saved.builtin).toBe(false);
    await expect(core.invoke('views.save', { grid: 'matches', name: 'platform, 60+', state })).rejects.toThrow('A view named "platform, 60+" already exists for this grid.');
    const replaced = await core.invoke('views.save', { grid: 'matches', name: 'Platform, 60+', state: { ...state, quick: '' }, overwrite: true });
    expect(replaced.id).toBe(saved.id);
    const listed = (await core.invoke('views.list', { grid: 'matches' })).find((v) => v.id === saved.id)!;
    expect(listed.state.toolbar).toEqual({ minScore: 60, nearMissOnly: true, track: ['platform'] });
    expect(listed.state.filter).toEqual(state.filter);
    expect(listed.state.columns?.[0]).toMatchObject({ colId: 'name', width: 220, pinned: 'left' });
    expect(listed.state.quick).toBe('');
    expect((await core.invoke('views.list', { grid: 'rehire' })).some((v) => v.id === saved.id)).toBe(false);
  });
});

describe('bulk updates of people', () => {
  it('sets the stage and adds a tag for chosen ids, keeping existing tags and marking the fields as edited', async () => {
    core = tempCore();
    const [a, b] = seedPeople(core.db, [{ name: 'Ada' }, { name: 'Bo' }, { name: 'Cy' }]);
    await core.invoke('people.update', { id: a!, patch: { tags: ['python'] } });
    const r = await core.invoke('people.bulkUpdate', { target: { ids: [a!, b!] }, patch: { stage: 'contacted', addTags: ['q3-push', 'Python'] } });
    expect(r.updated).toBe(2);
    const pa = await core.invoke('people.get', { id: a! });
    expect(pa.stage).toBe('contacted');
    expect(pa.tags).toEqual(['python', 'q3-push']);
    expect(pa.editedFields).toEqual(['stage', 'tags']);
    expect((await core.invoke('people.get', { id: b! })).tags).toEqual(['q3-push', 'Python']);
  });

  it('acts on everyone a candidates filter selects, sent as the filter and not as ids', async () => {
    core = tempCore();
    seedPeople(core.db, [
      { name: 'Ada', track: 'platform' },
      { name: 'Bo', track: 'platform', title: 'SRE' },
      { name: 'Cy', track: 'data' },
    ]);
    const r = await core.invoke('people.bulkUpdate', {
      target: { grid: 'candidates', filter: { track: { filterType: 'in', values: ['platform'] } }, quick: '' },
      patch: { addTags: ['platform-pool'] },
    });
    expect(r.updated).toBe(2);
    const tagged = await core.invoke('people.list', { filter: { tags: { filterType: 'text', type: 'contains', filter: 'platform-pool' } } });
    expect(tagged.rows.map((p) => p.name).sort()).toEqual(['Ada', 'Bo']);
  });

  it('refuses a bulk update that changes nothing', async () => {
    core = tempCore();
    await expect(core.invoke('people.bulkUpdate', { target: { ids: [1] }, patch: {} })).rejects.toThrow(/nothing to change/);
  });
});

describe('the rehire grid asks for must-haves of open roles', () => {
  it('keeps former employees with at least K must-haves of one open role of the chosen tracks', async () => {
    core = tempCore();
    const [ada, bo, cy] = seedPeople(core.db, [
      { name: 'Ada', skills: ['Kubernetes', 'Terraform', 'Go'] },
      { name: 'Bo', skills: ['Kubernetes'] },
      { name: 'Cy', skills: ['PyTorch', 'Python'] },
    ]);
    const emp = core.db.prepare("INSERT INTO employments (person_id, exit_date, rehire, rehire_source) VALUES (?, '2025-06-01', 'eligible', 'explicit')");
    for (const id of [ada, bo, cy]) emp.run(id);
    const role = core.db.prepare("INSERT INTO roles (req_id, title, track, status) VALUES (?, ?, ?, ?)");
    const rs = core.db.prepare("INSERT INTO role_skills (role_id, skill, kind, raw) VALUES (?, ?, 'must', ?)");
    const platform = Number(role.run('R-1', 'Platform Engineer', 'platform', 'open').lastInsertRowid);
    for (const s of ['Kubernetes', 'Terraform', 'Go']) rs.run(platform, s, s);
    const ml = Number(role.run('R-2', 'ML Engineer', 'ai_ml', 'closed').lastInsertRowid);
    for (const s of ['PyTorch', 'Python']) rs.run(ml, s, s);

    const names = async (args: { minMust?: number; roleTracks?: ('platform' | 'ai_ml')[] }) => (await core.invoke('alumni.list', { ...args, sort: [{ colId: 'name', sort: 'asc' }] })).rows.map((r) => r.name);
    expect(await names({})).toEqual(['Ada', 'Bo', 'Cy']);
    expect(await names({ minMust: 1 })).toEqual(['Ada', 'Bo']);
    expect(await names({ minMust: 2 })).toEqual(['Ada']);
    expect(await names({ minMust: 1, roleTracks: ['ai_ml'] })).toEqual([]); // the ML role is closed
    const bulk = await core.invoke('people.bulkUpdate', { target: { grid: 'rehire', filter: {}, quick: '', minMust: 2 }, patch: { stage: 'contacted' } });
    expect(bulk.updated).toBe(1);
  });
});

describe('bulk updates from the match grid', () => {
  it('touches each person the match filter selects once, though they match several roles', async () => {
    core = tempCore();
    seedPeople(core.db, [
      { name: 'Ada', track: 'platform', skills: ['Kubernetes', 'Terraform', 'Go'] },
      { name: 'Bo', track: 'platform', skills: ['Kubernetes', 'Terraform'] },
      { name: 'Cy', track: 'data', skills: ['SQL'] },
    ]);
    await core.invoke('roles.save', { reqId: 'R-1', title: 'Platform Engineer', track: 'platform', must: ['Kubernetes', 'Terraform', 'Go'] });
    await core.invoke('roles.save', { reqId: 'R-2', title: 'Cloud Engineer', track: 'cloud_infra', must: ['Kubernetes', 'Terraform'] });
    await core.invoke('match.rescore', { jobId: 'j', full: true });
    const pairs = await core.invoke('match.all', { limit: 100, track: ['platform'] });
    const people = new Set(pairs.rows.map((r) => r.personId));
    expect(pairs.total).toBeGreaterThan(people.size); // the same person for two roles
    const r = await core.invoke('people.bulkUpdate', { target: { grid: 'matches', filter: {}, quick: '', track: ['platform'] }, patch: { addTags: ['platform-pool'] } });
    expect(r.updated).toBe(people.size);
    const roleOnly = await core.invoke('match.forRole', { role: 'R-1', limit: 100, minScore: 60 });
    const one = await core.invoke('people.bulkUpdate', { target: { grid: 'matches', roleId: roleOnly.rows[0]!.roleId, filter: {}, quick: '', minScore: 60 }, patch: { stage: 'screening' } });
    expect(one.updated).toBe(new Set(roleOnly.rows.map((x) => x.personId)).size);
  });
});
