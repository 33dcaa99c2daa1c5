import path from 'node:path';
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { createCore } from '../../src/core';
import { tempDir } from '../helpers/tempCore';
import { insertPeople } from '../helpers/matchSeed';

const dir = tempDir();
const db = path.join(dir, 'match.sqlite');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('bridgehire match', () => {
  it('prints ranked candidates with their score parts and skills, re-scoring first when the data changed', async () => {
    const core = createCore({ dbPath: db, log: () => {} });
    insertPeople(core.db, [
      { name: 'Zanele Dlamini', track: 'sre', level: 'senior', skills: ['Prometheus', 'Kubernetes', 'Go'] },
      { name: 'Mateo Rossi', track: 'ai_ml', level: 'mid', skills: ['PyTorch'] },
    ]);
    await core.invoke('roles.save', { reqId: 'SRE-7', title: 'SRE', track: 'sre', level: 'senior', must: ['Kubernetes', 'Prometheus'], nice: ['Go'] });
    await core.invoke('roles.save', { reqId: 'ML-1', title: 'ML Engineer', track: 'ai_ml', must: ['PyTorch'] });
    insertPeople(core.db, [{ name: 'Ines Costa', track: 'sre', level: 'senior', skills: ['Kubernetes'] }]);
    await core.close();

    const r = await run(['match', '--role', 'SRE-7', '--top', '2', '--db', db, '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out);
    expect(rows.map((x: { name: string; rank: number }) => [x.name, x.rank])).toEqual([
      ['Zanele Dlamini', 1],
      ['Ines Costa', 2],
    ]);
    expect(Object.keys(rows[0].components)).toEqual(['mustHave', 'niceToHave', 'trackFit', 'levelFit', 'locationFit', 'availability', 'boomerang', 'depth']);
    expect(rows[0]).toMatchObject({ reqId: 'SRE-7', matched: [{ skill: 'Kubernetes' }, { skill: 'Prometheus' }, { skill: 'Go' }], partial: [], missing: [] });
    expect(rows[1]).toMatchObject({ missing: ['Prometheus'], nearMiss: true, nearMissSkill: 'Prometheus' });
    expect(rows[0].components.mustHave).toMatchObject({ value: 1, weight: 40 });
  });

  it('matches every open role with --all and a minimum score', async () => {
    const r = await run(['match', '--all', '--min-score', '30', '--db', db, '--json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as { reqId: string; score: number }[];
    expect([...new Set(rows.map((x) => x.reqId))]).toEqual(['ML-1', 'SRE-7']);
    expect(rows.every((x) => x.score >= 30)).toBe(true);
  });

  it('says what is wrong with the arguments, with exit code 2', async () => {
    expect(await run(['match', '--db', db])).toMatchObject({ code: 2, err: 'Say which role to match: --role REQ_ID, or --all for every open role.' });
    expect(await run(['match', '--role', 'NOPE-1', '--db', db])).toMatchObject({ code: 2, err: 'There is no role with req ID "NOPE-1".' });
  });
});
