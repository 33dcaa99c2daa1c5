import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { CoreEvent } from '../../src/shared/api/events';
import { recordUnknown } from '../../src/core/skills';
import { taxonomyFor } from '../../src/core/skills/taxonomy';
import { findLayoffEvent, linkPeopleToLayoffs } from '../../src/core/layoffs/link';
import { tempCore } from '../helpers/tempCore';
import { addPersonSkills } from '../../src/core/repos/personSkills';
import { SKILL_ROWS } from '../helpers/skillRows';

let core: ReturnType<typeof tempCore>;
afterEach(async () => core?.dispose());

function person(name: string, fields: { company_norm?: string; available_on?: string } = {}): number {
  const r = core.db.prepare('INSERT INTO people (full_name, company_norm, available_on) VALUES (?, ?, ?)').run(name, fields.company_norm ?? null, fields.available_on ?? null);
  return Number(r.lastInsertRowid);
}
function giveSkill(personId: number, skill: string, known: boolean) {
  addPersonSkills(core.db, personId, [[skill, known ? 1 : 0, skill, 'skills_cell', null]]);
}
const skillsOf = (personId: number) => core.db.prepare(`SELECT skill, known FROM ${SKILL_ROWS} WHERE person_id = ? ORDER BY skill`).all(personId);

describe('skills.resolve', () => {
  it('reads a skills cell, keeping unknown terms as written', async () => {
    core = tempCore();
    expect(await core.call('skills.resolve', { text: 'Python, k8s; AWS/GCP, FooTool' })).toEqual({
      ok: true,
      value: {
        mode: 'cell',
        skills: [
          { name: 'Python', raw: 'Python', track: 'fullstack' },
          { name: 'Kubernetes', raw: 'k8s', track: 'platform' },
          { name: 'Amazon Web Services', raw: 'AWS', track: 'cloud_infra' },
          { name: 'Google Cloud', raw: 'GCP', track: 'cloud_infra' },
        ],
        unknown: ['FooTool'],
      },
    });
  });

  it('reads prose as prose, and a cell as a cell when told', async () => {
    core = tempCore();
    const prose = await core.invoke('skills.resolve', { text: 'I build Go services. We had to let go of the old stack.' });
    expect(prose).toEqual({ mode: 'text', skills: [{ name: 'Go', raw: 'Go', track: 'platform' }], unknown: [] });
    const cell = await core.invoke('skills.resolve', { text: 'go', mode: 'cell' });
    expect(cell.skills.map((s) => s.name)).toEqual(['Go']);
    const text = await core.invoke('skills.resolve', { text: 'go', mode: 'text' });
    expect(text.skills).toEqual([]);
  });

  it('refuses arguments it cannot read', async () => {
    core = tempCore();
    const res = await core.call('skills.resolve', { text: 'Go', mode: 'poem' });
    expect(res).toMatchObject({ ok: false, error: { code: 'BAD_ARGS', field: 'mode' } });
  });
});

describe('skills.search and skills.get', () => {
  it('finds skills by name and alias, best first', async () => {
    core = tempCore();
    const found = await core.invoke('skills.search', { query: 'k8s', limit: 3 });
    expect(found[0]).toMatchObject({ name: 'Kubernetes', tracks: ['platform', 'cloud_infra', 'sre'] });
    expect((await core.invoke('skills.search', { query: 'terra', limit: 2 })).map((s) => s.name)).toEqual(['Terraform', 'Terragrunt']);
  });

  it('describes one skill, and says when it does not know it', async () => {
    core = tempCore();
    const k = await core.invoke('skills.get', { name: 'k8s' });
    expect(k).toMatchObject({ name: 'Kubernetes', parent: 'Container orchestration', userDefined: false });
    expect(k.adjacent).toContainEqual({ skill: 'Docker', weight: 0.5 });
    expect(k.children).toEqual(['Kueue']);
    expect((await core.invoke('skills.get', { name: 'Deep learning frameworks' })).children).toContain('PyTorch');
    expect(await core.call('skills.get', { name: 'Underwater basket weaving' })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: '"Underwater basket weaving" is not a skill Bridgehire knows.', field: 'name' },
    });
  });
});

describe('unknown terms and user aliases', () => {
  it('counts unknown terms, most frequent first', async () => {
    core = tempCore();
    recordUnknown(core.db, ['FooTool', 'footool', 'BarTool', 'FooTool']);
    recordUnknown(core.db, ['Foo-Tool']);
    const r = await core.invoke('skills.unknown', {});
    expect(r.total).toBe(2);
    expect(r.items.map(({ term, display, count }) => ({ term, display, count }))).toEqual([
      { term: 'footool', display: 'FooTool', count: 4 },
      { term: 'bartool', display: 'BarTool', count: 1 },
    ]);
  });

  it('applies an alias from then on, to the people holding the term, and forgets it as unknown', async () => {
    core = tempCore();
    const events: CoreEvent[] = [];
    core.on((e) => events.push(e));
    recordUnknown(core.db, ['FooDB', 'FooDB', 'BarTool']);
    const ada = person('Ada');
    giveSkill(ada, 'FooDB', false);
    const bo = person('Bo');
    giveSkill(bo, 'foodb', false);
    giveSkill(bo, 'PostgreSQL', true);
    expect((await core.invoke('skills.resolve', { text: 'FooDB' })).unknown).toEqual(['FooDB']);

    const r = await core.invoke('skills.addAlias', { alias: 'FooDB', skill: 'postgres' });
    expect(r).toEqual({ alias: 'FooDB', skill: 'PostgreSQL', createdSkill: false, updatedPeople: 2, updatedRoles: 0 });
    expect(await core.invoke('skills.resolve', { text: 'FooDB, Python' })).toMatchObject({ skills: [{ name: 'PostgreSQL', raw: 'FooDB' }, { name: 'Python' }], unknown: [] });
    expect(await core.invoke('skills.resolve', { text: 'Ten years of FooDB tuning.' })).toMatchObject({ skills: [{ name: 'PostgreSQL', raw: 'FooDB' }] });
    expect(skillsOf(ada)).toEqual([{ skill: 'PostgreSQL', known: 1 }]);
    expect(skillsOf(bo)).toEqual([{ skill: 'PostgreSQL', known: 1 }]);
    expect((await core.invoke('skills.unknown', {})).items.map((u) => u.display)).toEqual(['BarTool']);
    expect(events).toContainEqual(expect.objectContaining({ type: 'data.changed', areas: ['skills', 'people'] }));
  });

  it('creates a skill of the workspace when the skill is new', async () => {
    core = tempCore();
    const r = await core.invoke('skills.addAlias', { alias: 'AFE', skill: 'Acme Flow Engine', tracks: ['platform'] });
    expect(r).toMatchObject({ skill: 'Acme Flow Engine', createdSkill: true });
    expect(await core.invoke('skills.get', { name: 'afe' })).toMatchObject({ name: 'Acme Flow Engine', tracks: ['platform'], aliases: ['AFE'], userDefined: true });
    expect(await core.invoke('skills.resolve', { text: 'AFE; Acme Flow Engine' })).toMatchObject({ skills: [{ name: 'Acme Flow Engine', raw: 'AFE', track: 'platform' }], unknown: [] });
    expect((await core.invoke('skills.search', { query: 'acme', limit: 5 })).map((s) => s.name)).toEqual(['Acme Flow Engine']);
  });

  it('lets the user redefine a built-in alias but not a skill name', async () => {
    core = tempCore();
    await core.invoke('skills.addAlias', { alias: 'Spark', skill: 'Spark AR' });
    expect((await core.invoke('skills.resolve', { text: 'Spark, PySpark', mode: 'cell' })).skills.map((s) => s.name)).toEqual(['Spark AR', 'Apache Spark']);
    expect(await core.call('skills.addAlias', { alias: 'Kubernetes', skill: 'Docker' })).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: '"Kubernetes" is a skill of its own, so it cannot also mean Docker.', field: 'alias' },
    });
  });

  it('refuses a new skill whose name holds a comma, and still takes a built-in one that does', async () => {
    core = tempCore();
    expect(await core.call('skills.addAlias', { alias: 'GRC tooling', skill: 'Risk, audit' })).toEqual({
      ok: false,
      error: { code: 'BAD_ARGS', message: 'A new skill\'s name cannot hold a comma ("Risk, audit"): skills cells are split at commas. Use "and" or a slash instead.', field: 'skill' },
    });
    expect(await core.invoke('skills.addAlias', { alias: 'GRC tooling', skill: 'Governance, risk and compliance' })).toMatchObject({ skill: 'Governance, risk and compliance', createdSkill: false });
  });

  it('reads an everyday word added as an alias in cells only', async () => {
    core = tempCore();
    await core.invoke('skills.addAlias', { alias: 'Harbor', skill: 'Container registries' });
    expect((await core.invoke('skills.resolve', { text: 'Harbor', mode: 'cell' })).skills.map((s) => s.name)).toEqual(['Container registries']);
    expect((await core.invoke('skills.resolve', { text: 'We sailed into the Harbor at dawn.', mode: 'text' })).skills).toEqual([]);
  });

  it('reaches another connection to the same workspace (a worker thread)', async () => {
    core = tempCore();
    const other = new Database(core.dbPath);
    try {
      expect(taxonomyFor(other).canonical('FooDB')).toBeNull();
      await core.invoke('skills.addAlias', { alias: 'FooDB', skill: 'PostgreSQL' });
      expect(taxonomyFor(other).canonical('FooDB')).toBe('PostgreSQL');
    } finally {
      other.close();
    }
  });
});

describe('layoff links in a workspace', () => {
  it('points people at the layoff of their company nearest before they left', () => {
    core = tempCore();
    const ev = core.db.prepare('INSERT INTO layoff_events (company, company_norm, laid_off, percentage, date) VALUES (?, ?, ?, ?, ?)');
    const early = Number(ev.run('Intel', 'intel', 62, null, '2024-04-09').lastInsertRowid);
    const big = Number(ev.run('Intel', 'intel', 15000, 0.15, '2024-08-01').lastInsertRowid);
    const last = Number(ev.run('Intel', 'intel', 22000, 0.2, '2025-04-23').lastInsertRowid);
    const a = person('Ana', { company_norm: 'intel', available_on: '2024-09-30' });
    const b = person('Ben', { company_norm: 'intel' });
    const c = person('Cy', { company_norm: 'intel', available_on: '2024-05-01' });
    const d = person('Di', { company_norm: 'acme', available_on: '2024-05-01' });

    expect(linkPeopleToLayoffs(core.db)).toBe(3);
    const linked = (id: number) => (core.db.prepare('SELECT layoff_event_id AS e FROM people WHERE id = ?').get(id) as { e: number | null }).e;
    expect([linked(a), linked(b), linked(c), linked(d)]).toEqual([big, last, early, null]);
    expect(linkPeopleToLayoffs(core.db, [a, b])).toBe(0);
    expect(findLayoffEvent(core.db, 'intel', '2024-09-30')).toMatchObject({ id: big, company: 'Intel', laidOff: 15000, percentage: 0.15, date: '2024-08-01' });
    expect(findLayoffEvent(core.db, 'nobody')).toBeNull();
  });
});
