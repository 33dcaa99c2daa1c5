import { afterEach, describe, expect, it } from 'vitest';
import { tempCore } from '../helpers/tempCore';
import { insertPeople, type MatchPerson } from '../helpers/matchSeed';
import { iterateProfiles, loadProfiles } from '../../src/core/match/load';

let core: ReturnType<typeof tempCore>;
afterEach(async () => core?.dispose());
const now = () => new Date('2026-06-30T12:00:00Z');

const twin: MatchPerson = {
  name: 'Twin',
  title: 'ML Engineer',
  track: 'ai_ml',
  level: 'senior',
  yearsExp: 6,
  location: 'Berlin',
  country: 'Germany',
  skills: ['PyTorch', 'Python', 'LangChain'],
  summary: 'Shipped LLM features to production.',
  sources: ['layoff_list'],
  availableOn: '2026-04-01',
};

// What an import keeps from columns it could not map: the engine must never read any of it.
const protectedA = { Gender: 'Female', 'Date of birth': '1961-02-03', Age: '65', Race: 'Black', Religion: 'Muslim', 'Marital status': 'Married', Disability: 'Yes', Nationality: 'Nigerian', Photo: 'https://x/p.jpg' };
const protectedB = { Gender: 'Male', 'Date of birth': '1999-09-09', Age: '27', Race: 'White', Religion: 'None', 'Marital status': 'Single', Disability: 'No', Nationality: 'German', Photo: '' };

describe('protected attributes', () => {
  it('never reach the engine: a profile holds only job-related facts', () => {
    core = tempCore({ now });
    const [id] = insertPeople(core.db, [{ ...twin, extra: protectedA, email: 'twin@example.com' }]);
    const [p] = [...iterateProfiles(core.db)];
    expect(Object.keys(p!).sort()).toEqual(['alumni', 'availableOn', 'country', 'id', 'layoff', 'level', 'location', 'relocate', 'remotePref', 'skills', 'sources', 'summary', 'title', 'track', 'yearsExp']);
    const text = JSON.stringify(loadProfiles(core.db, [id!]).get(id!));
    for (const v of ['Female', '1961', 'Muslim', 'Nigerian', 'Twin', 'twin@example.com']) expect(text).not.toContain(v);
  });

  it('two people who differ only in name, contact and protected columns get the same score and explanation', async () => {
    core = tempCore({ now });
    const [a, b] = insertPeople(core.db, [
      { ...twin, name: 'Amara Okafor', email: 'amara@example.com', extra: protectedA },
      { ...twin, name: 'Lukas Becker', email: 'lukas@example.com', extra: protectedB },
    ]);
    const role = await core.invoke('roles.save', { reqId: 'AI-1', title: 'AI Engineer', track: 'ai_ml', level: 'senior', location: 'Berlin', remotePolicy: 'hybrid', must: ['PyTorch', 'LangChain'], nice: ['Python'] });
    const ea = (await core.invoke('match.explain', { roleId: role.id, personId: a! })).explanation;
    const eb = (await core.invoke('match.explain', { roleId: role.id, personId: b! })).explanation;
    expect(eb).toEqual(ea);
    const rows = (await core.invoke('match.forRole', { role: 'AI-1' })).rows;
    expect(rows.map((r) => [r.personId, r.rank, r.score])).toEqual([
      [a, 1, ea.score],
      [b, 2, ea.score],
    ]);
  });
});

describe('blind review', () => {
  it('shows candidates in the match grid and the weights preview without their names', async () => {
    core = tempCore({ now });
    const [a] = insertPeople(core.db, [{ ...twin, name: 'Amara Okafor' }]);
    await core.invoke('roles.save', { reqId: 'AI-1', title: 'AI Engineer', track: 'ai_ml', must: ['PyTorch'] });
    await core.invoke('settings.update', { patch: { blindReview: true } });
    const rows = (await core.invoke('match.forRole', { role: 'AI-1' })).rows;
    expect(rows.map((r) => r.name)).toEqual([`Candidate #${a}`]);
    const flat = { mustHave: 1, niceToHave: 1, trackFit: 1, levelFit: 1, locationFit: 1, availability: 1, boomerang: 1, depth: 1 };
    const preview = await core.invoke('weights.preview', { roleId: rows[0]!.roleId, weights: flat });
    expect(preview.rows.map((r) => r.name)).toEqual([`Candidate #${a}`]);
  });
});
