import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertPeople } from '../helpers/matchSeed';
import { tempCore } from '../helpers/tempCore';

// The search box and the text filters of the candidates grid: what a manager types finds the same
// people whatever the case, in every column it promises, and the total always agrees with the rows.

let core: ReturnType<typeof tempCore>;
beforeAll(() => {
  core = tempCore();
  insertPeople(core.db, [
    { name: 'Grace Hopper', title: 'Staff Platform Engineer', location: 'Arlington, VA', email: 'grace@navy.example', skills: ['Kubernetes', 'Go'] },
    { name: 'Ada Lovelace', title: 'Senior ML Engineer', location: 'London', email: 'ada@engine.example', skills: ['PyTorch', 'Python'] },
    { name: 'Linus Torvalds', title: null, location: 'Portland, OR', email: 'linus@kernel.example', skills: ['C'], alumni: { rehire: 'eligible', exitDate: '2024-01-31' } },
    { name: 'Margaret Hamilton', title: 'Engineering Manager', location: null, email: 'mh@apollo.example', skills: ['Rust'] },
    { name: 'José Müller', title: '100%_Remote SRE', location: 'Berlin', email: 'jose@example.com', skills: ['Terraform'], alumni: { rehire: 'review', exitDate: '2023-05-01' } },
  ]);
  // A second, older stint: the rehire grid still shows José once.
  core.db.prepare("INSERT INTO employments (person_id, hire_date, exit_date, rehire, rehire_source) SELECT id, '2015-01-01', '2018-01-01', 'eligible', 'explicit' FROM people WHERE full_name = 'José Müller'").run();
  core.db.prepare("UPDATE people SET company = CASE full_name WHEN 'Grace Hopper' THEN 'US Navy' WHEN 'Ada Lovelace' THEN 'Google' ELSE 'Acme' END").run();
});
afterAll(async () => core.dispose());

const quick = async (q: string) => {
  const page = await core.invoke('people.list', { quick: q });
  expect(page.total).toBe(page.rows.length);
  return page.rows.map((r) => r.name);
};
const contains = async (col: string, text: string, type: 'contains' | 'notContains' | 'startsWith' | 'endsWith' = 'contains') =>
  (await core.invoke('people.list', { filter: { [col]: { filterType: 'text', type, filter: text } } })).rows.map((r) => r.name);

describe('quick search', () => {
  it('finds people by name, title, company, location, email or skill, in any case, sorted by name', async () => {
    expect(await quick('HOPPER')).toEqual(['Grace Hopper']);
    expect(await quick('ml engineer')).toEqual(['Ada Lovelace']);
    expect(await quick('google')).toEqual(['Ada Lovelace']);
    expect(await quick('portland')).toEqual(['Linus Torvalds']);
    expect(await quick('@APOLLO')).toEqual(['Margaret Hamilton']);
    expect(await quick('pytorch')).toEqual(['Ada Lovelace']);
    expect(await quick('engineer')).toEqual(['Ada Lovelace', 'Grace Hopper', 'Margaret Hamilton']);
  });

  it('needs every word somewhere, and takes % and _ literally', async () => {
    expect(await quick('engineer kubernetes')).toEqual(['Grace Hopper']);
    expect(await quick('engineer rust london')).toEqual([]);
    expect(await quick('100%_')).toEqual(['José Müller']);
    expect(await quick('1_0')).toEqual([]);
  });

  it('folds what is typed fully, so "MÜLLER" finds Müller', async () => {
    expect(await quick('müller')).toEqual(['José Müller']);
    expect(await quick('MÜLLER')).toEqual(['José Müller']);
  });

  it('bulk actions act on exactly the people the search shows', async () => {
    const { updated } = await core.invoke('people.bulkUpdate', { target: { grid: 'candidates', filter: {}, quick: 'ENGINEER' }, patch: { addTags: ['engineers'] } });
    expect(updated).toBe(3);
    expect((await core.invoke('people.list', { filter: { tags: { filterType: 'text', type: 'contains', filter: 'engineers' } } })).total).toBe(3);
  });
});

describe('text filters', () => {
  it('ignore case and keep blanks where the filter says "does not contain"', async () => {
    expect(await contains('company', 'GOO')).toEqual(['Ada Lovelace']);
    expect(await contains('title', 'engineer', 'notContains')).toEqual(['José Müller', 'Linus Torvalds']);
    expect(await contains('location', 'LON', 'startsWith')).toEqual(['Ada Lovelace']);
    expect(await contains('name', 'HOPPER', 'endsWith')).toEqual(['Grace Hopper']);
    expect(await contains('skills', 'terra')).toEqual(['José Müller']);
    expect(await contains('emails', 'KERNEL')).toEqual(['Linus Torvalds']);
  });
});

describe('the rehire grid', () => {
  it('counts each former employee once, with or without a filter', async () => {
    const all = await core.invoke('alumni.list', {});
    expect([all.total, all.rows.map((r) => `${r.name} ${r.rehire}`)]).toEqual([2, ['Linus Torvalds eligible', 'José Müller review']]);
    const some = await core.invoke('alumni.list', { quick: 'müller' });
    expect([some.total, some.rows.map((r) => r.name)]).toEqual([1, ['José Müller']]);
  });
});
