import { afterEach, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { tempCore } from '../helpers/tempCore';
import { insertPeople, type MatchPerson } from '../helpers/matchSeed';
import { refresh } from '../../src/core/match/run';
import { createCore } from '../../src/core';

// "Score now" on a shortlist: people outside the role's stored results are scored in one pass
// (bulk), and that must be the very score match.explain works out for each of them alone.

let core: ReturnType<typeof tempCore>;
afterEach(async () => core?.dispose());

/** Someone close to the role; each person below differs in what one or two parts read. */
const near: MatchPerson = { name: '', title: 'Platform Engineer', track: 'platform', level: 'senior', yearsExp: 8, location: 'London', country: 'United Kingdom' };
const base: MatchPerson = { ...near, availableOn: '2026-05-01', sources: ['layoff_list'], skills: ['Kubernetes', 'Terraform', 'Go', 'Prometheus'], summary: 'Owned the production Kubernetes platform.' };

const PEOPLE: MatchPerson[] = [
  { ...base, name: 'Ada Full' },
  { ...base, name: 'Bo Alumna', alumni: { rehire: 'eligible', hireDate: '2019-01-01', exitDate: '2025-01-01', exitType: 'layoff', lastPerformance: 'Exceeds' } },
  { ...base, name: 'Cy Ineligible', alumni: { rehire: 'ineligible', hireDate: '2019-01-01', exitDate: '2025-01-01', exitType: 'involuntary' } },
  { ...base, name: 'Di Review', alumni: { rehire: 'review', hireDate: '2023-01-01', exitDate: '2024-01-01', exitType: 'voluntary', lastPerformance: 'Meets' } },
  { ...base, name: 'Ed NearMiss', skills: ['Kubernetes', 'Ansible', 'Prometheus'], summary: null },
  { ...base, name: 'Fay Data', title: 'Data Engineer', track: 'data', level: 'mid', skills: ['SQL', 'dbt'], summary: null },
  { ...base, name: 'Gus Remote', location: 'Lisbon', country: 'Portugal', remotePref: 'remote', relocate: false, availableOn: null, sources: ['ats'] },
  { ...base, name: 'Hana DevOps', title: 'DevOps Engineer', track: null, level: null, yearsExp: 3, skills: ['Docker', 'AWS'] },
  { ...base, name: 'Ivo Laid Off', layoff: { company: 'Intel', date: '2025-08-01', laidOff: 15000 }, availableOn: null, level: 'staff' },
  { ...base, name: 'Kim Alumna', skills: ['Go'], summary: null, alumni: { rehire: 'eligible', hireDate: '2020-01-01', exitDate: '2024-06-01', exitType: 'layoff', lastPerformance: 'Meets' } },
  { ...base, name: 'Jo Unknown', title: null, track: null, level: null, yearsExp: null, location: null, country: null, skills: [], summary: null, availableOn: null, sources: [] },
];

describe('score now on a shortlist', () => {
  it('is the score match.explain gives each person, for people outside the stored results too', async () => {
    core = tempCore({ now: () => new Date('2026-06-30T12:00:00Z') });
    const ids = insertPeople(core.db, PEOPLE);
    await core.invoke('roles.save', { reqId: 'PLAT-1', title: 'Senior Platform Engineer', track: 'platform', level: 'senior', location: 'London, UK', remotePolicy: 'hybrid', must: ['Kubernetes', 'Terraform', 'Go'], nice: ['Helm', 'Prometheus'] });
    // Keep only the best two, so nine of the eleven are scored live.
    refresh(core.db, null, { today: '2026-06-30', force: true, top: 2, nearMisses: 0 });
    const roleId = (core.db.prepare("SELECT id FROM roles WHERE req_id = 'PLAT-1'").get() as { id: number }).id;
    expect((core.db.prepare('SELECT count(*) AS n FROM match_results WHERE role_id = ?').get(roleId) as { n: number }).n).toBe(2);

    await core.invoke('shortlists.create', { name: 'All', reqId: 'PLAT-1' });
    await core.invoke('shortlists.addPeople', { shortlist: 'All', personIds: ids });
    const entries = (await core.invoke('shortlists.get', { shortlist: 'All' })).entries;
    const alone = await Promise.all(ids.map(async (personId) => (await core.invoke('match.explain', { roleId, personId })).explanation.score));
    expect(entries.map((e) => e.personId)).toEqual(ids);
    expect(entries.map((e) => e.currentScore)).toEqual(alone);
    expect(new Set(alone).size).toBeGreaterThan(5);
  });

  it('leaves whole explanations to the list view after an export read only their summaries', async () => {
    core = tempCore({ now: () => new Date('2026-06-30T12:00:00Z') });
    const ids = insertPeople(core.db, PEOPLE);
    await core.invoke('roles.save', { reqId: 'PLAT-1', title: 'Senior Platform Engineer', track: 'platform', level: 'senior', must: ['Kubernetes', 'Terraform', 'Go'] });
    await core.invoke('shortlists.create', { name: 'All', reqId: 'PLAT-1' });
    const added = (await core.invoke('shortlists.addPeople', { shortlist: 'All', personIds: ids })).shortlist.entries;
    // A second connection, whose first read of the list is the export's.
    const other = createCore({ dbPath: core.dbPath, shell: 'test', log: () => {}, now: () => new Date('2026-06-30T12:00:00Z') });
    try {
      await other.invoke('export.shortlist', { shortlist: 'All', format: 'csv' });
      const after = (await other.invoke('shortlists.get', { shortlist: 'All' })).entries;
      expect(after.every((e) => e.explanation !== null)).toBe(true);
      expect(after).toEqual(added);
    } finally {
      await other.close();
    }
  });

  it('keeps every score column of the CSV in blind review, where only who people are is hidden', async () => {
    core = tempCore({ now: () => new Date('2026-06-30T12:00:00Z') });
    const ids = insertPeople(core.db, PEOPLE);
    await core.invoke('roles.save', { reqId: 'PLAT-1', title: 'Senior Platform Engineer', track: 'platform', level: 'senior', must: ['Kubernetes', 'Terraform', 'Go'] });
    await core.invoke('shortlists.create', { name: 'All', reqId: 'PLAT-1' });
    await core.invoke('shortlists.addPeople', { shortlist: 'All', personIds: ids });
    const rows = async () => Papa.parse<Record<string, string>>((await core.invoke('export.shortlist', { shortlist: 'All', format: 'csv' })).content.slice(1), { header: true, skipEmptyLines: true }).data;
    const open = await rows();
    await core.invoke('settings.update', { patch: { blindReview: true } });
    const blind = await rows();
    const hidden = ['Name', 'Email', 'Phone', 'LinkedIn'];
    const scores = (r: Record<string, string>) => Object.fromEntries(Object.entries(r).filter(([k]) => !hidden.includes(k)));
    expect(blind.map(scores)).toEqual(open.map(scores));
    expect(open.some((r) => r['Flags'] !== '' && r['Must-haves (points)'] !== '')).toBe(true);
    expect(blind.map((r) => r['Name'])).toEqual(ids.map((id) => `Candidate #${id}`));
  });
});
