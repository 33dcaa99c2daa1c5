import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { createCore, type Core } from '../../src/core';
import { generateDemo, type DemoData } from '../../src/core/demo/generate';
import { regionOfName } from '../../src/core/demo/generate/data/regions';
import { runDemo } from '../../src/core/demo/job';
import { CancelledError } from '../../src/core/jobs/types';
import type { DemoResult } from '../../src/shared/api/contract/app';
import { tempCore, tempDir } from '../helpers/tempCore';
import { seedPeople } from '../helpers/seed';
import { SKILL_ROWS } from '../helpers/skillRows';

// The demo workspace end to end, as `cli -- demo` makes it: generated, imported through the
// importer's own code path, scored.

const NOW = new Date('2026-11-25T09:30:00Z');
const quiet = { progress: () => {}, cancelled: () => false, now: () => NOW };
const dir = tempDir();
const dbPath = path.join(dir, 'demo.sqlite');
let core: Core;
let result: DemoResult;
let demo: DemoData;
let TODAY = '';
let seconds = 0;

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  const t = performance.now();
  const r = await cli(['demo', '--db', dbPath, '--json']);
  seconds = (performance.now() - t) / 1000;
  expect(r).toMatchObject({ code: 0, err: '' });
  result = JSON.parse(r.out) as DemoResult;
  core = createCore({ dbPath, log: () => {} });
  // The day the demo was made, as its file names say.
  const stamp = (core.db.prepare('SELECT file_name FROM import_batches ORDER BY id LIMIT 1').pluck().get() as string).match(/(\d{4})(\d\d)(\d\d)/)!;
  TODAY = `${stamp[1]}-${stamp[2]}-${stamp[3]}`;
  demo = generateDemo({ seed: 42, today: TODAY });
}, 300_000);
afterAll(async () => {
  await core?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const count = (db: Database.Database, sql: string, ...args: unknown[]) => (db.prepare(sql).get(...args) as { n: number }).n;

/** A fingerprint of everything the demo put in a store, leaving out timestamps and row ids. */
function fingerprint(db: Database.Database): string {
  const h = crypto.createHash('sha256');
  const add = (sql: string) => {
    for (const r of db.prepare(sql).raw().iterate()) h.update(JSON.stringify(r));
  };
  add(`SELECT p.full_name, p.location, p.country, p.remote_pref, p.relocate, p.title, p.company, p.company_norm, p.level, p.track, p.years_exp, p.summary, p.phone,
         p.linkedin, p.available_on, p.sources, p.tags, p.extra,
         (SELECT group_concat(email, ' ') FROM (SELECT email FROM person_emails e WHERE e.person_id = p.id ORDER BY email)),
         (SELECT group_concat(skill || '=' || raw, '|') FROM (SELECT skill, raw FROM ${SKILL_ROWS} s WHERE s.person_id = p.id ORDER BY skill))
       FROM people p ORDER BY p.id`);
  add('SELECT employee_id, team, title, level, manager, hire_date, exit_date, exit_type, exit_reason, regrettable, last_performance, rehire, rehire_source, layoff_wave FROM employments ORDER BY id');
  add('SELECT req_id, title, track, level, team, location, remote_policy, status, headcount, opened_on FROM roles ORDER BY id');
  add('SELECT company, date, laid_off, percentage, country FROM layoff_events ORDER BY id');
  return h.digest('hex');
}

describe('the demo workspace', () => {
  it('fills an empty workspace with about 5,000 alumni, 20,000 candidates, 60 roles and the layoff events, quickly', () => {
    const plan = demo.plan;
    expect(result.alumni).toBeGreaterThanOrEqual(4750);
    expect(result.alumni).toBeLessThanOrEqual(5250);
    expect(result.people - result.alumni).toBeGreaterThanOrEqual(19000);
    expect(result.people - result.alumni).toBeLessThanOrEqual(21000);
    expect(result.roles).toBe(60);
    expect(result.layoffEvents).toBe(plan.layoffEvents);
    expect(result.batches).toHaveLength(5);
    // About 15 s on a quiet 2-core machine; the bound only catches a gross slowdown on a busy one.
    expect(seconds).toBeLessThan(120);
    console.log(`demo: ${seconds.toFixed(1)} s`, JSON.stringify(result));
  });

  it('shows up as five imports, in order, with no rejected rows', () => {
    const batches = core.db.prepare('SELECT id, file_name AS fileName, kind, rows, created, merged, rejected FROM import_batches ORDER BY id').all() as {
      id: number; fileName: string; kind: string; rows: number; created: number; merged: number; rejected: number;
    }[];
    expect(batches.map((b) => b.id)).toEqual(result.batches);
    expect(batches.map((b) => b.kind)).toEqual(['layoffs', 'roles', 'alumni', 'candidates', 'candidates']);
    for (const b of batches) expect(b.rejected).toBe(0);
    const alumni = batches.find((b) => b.kind === 'alumni')!;
    expect(alumni.rows).toBe(demo.plan.alumni);
    expect(alumni.created).toBe(alumni.rows);
  });

  it('reports the planted messy values as warnings, never as rejections', () => {
    const batchOf = { alumni: result.batches[2]!, list: result.batches[3]!, ats: result.batches[4]! };
    const get = core.db.prepare('SELECT r.outcome, r.messages, p.full_name AS name FROM import_rows r LEFT JOIN people p ON p.id = r.person_id WHERE r.batch_id = ? AND r.row_no = ?');
    for (const m of demo.messes) {
      const row = get.get(batchOf[m.file], m.row) as { outcome: string; messages: string; name: string };
      expect(row.outcome, `${m.file} row ${m.row}`).not.toBe('rejected');
      const warned = (JSON.parse(row.messages) as { column: string; severity: string }[]).some((i) => i.severity === 'warning' && i.column === m.column);
      if (m.expect === 'warning') expect(warned, `${m.file} row ${m.row} ${m.column}="${m.value}"`).toBe(true);
      if (m.expect === 'flipped-name') expect(row.name).toBe(m.value.split(', ').reverse().join(' '));
      if (m.expect === 'spaces' && m.column.includes('name')) expect(row.name).toBe(m.value.trim().replace(/\s+/g, ' '));
    }
  });

  it('merges people who appear in several files by email or LinkedIn', () => {
    const both = (a: string, b: string) => count(core.db, `SELECT count(*) AS n FROM people WHERE sources LIKE ? AND sources LIKE ?`, `%"${a}"%`, `%"${b}"%`);
    expect(both('alumni', 'layoff_list')).toBeGreaterThan(250);
    expect(both('alumni', 'ats')).toBeGreaterThan(100);
    expect(both('layoff_list', 'ats')).toBeGreaterThan(250);
  });

  it('reads known taxonomy skills for most people', () => {
    const people = count(core.db, 'SELECT count(*) AS n FROM people');
    const withKnown = count(core.db, `SELECT count(*) AS n FROM (SELECT person_id FROM ${SKILL_ROWS} WHERE known = 1 GROUP BY person_id HAVING count(*) >= 3)`);
    expect(withKnown / people).toBeGreaterThan(0.85);
    const known = count(core.db, `SELECT count(*) AS n FROM ${SKILL_ROWS} WHERE known = 1`);
    expect(known / count(core.db, `SELECT count(*) AS n FROM ${SKILL_ROWS}`)).toBeGreaterThan(0.85);
    // Aliases people write are read as the canonical skill.
    expect(count(core.db, `SELECT count(*) AS n FROM ${SKILL_ROWS} WHERE raw = 'k8s' AND skill = 'Kubernetes'`)).toBeGreaterThan(50);
    expect(count(core.db, `SELECT count(*) AS n FROM ${SKILL_ROWS} WHERE raw = 'Golang' AND skill = 'Go'`)).toBeGreaterThan(20);
  });

  it('has people from at least 8 world regions', () => {
    const regions = new Set<string>();
    for (const name of core.db.prepare('SELECT full_name FROM people').pluck().iterate() as Iterable<string>) {
      const words = name.split(' ');
      for (let i = 1; i < words.length; i++) {
        const r = regionOfName(words.slice(0, i).join(' '), words.slice(i).join(' '));
        if (r) regions.add(r);
      }
    }
    expect(regions.size).toBeGreaterThanOrEqual(8);
  });

  it('keeps rehire eligibility explicit for about 60% of alumni and derives most of the rest', () => {
    const n = count(core.db, 'SELECT count(*) AS n FROM employments');
    const explicit = count(core.db, "SELECT count(*) AS n FROM employments WHERE rehire_source = 'explicit'");
    const derived = count(core.db, "SELECT count(*) AS n FROM employments WHERE rehire_source = 'derived'");
    expect(explicit / n).toBeGreaterThan(0.55);
    expect(explicit / n).toBeLessThan(0.65);
    expect(derived / n).toBeGreaterThan(0.3);
    expect(count(core.db, "SELECT count(*) AS n FROM employments WHERE exit_type = 'layoff'")).toBeGreaterThan(1500);
    expect(count(core.db, "SELECT count(DISTINCT layoff_wave) AS n FROM employments WHERE layoff_wave IS NOT NULL")).toBe(4);
  });

  it('scores every open role', () => {
    const open = count(core.db, "SELECT count(*) AS n FROM roles WHERE status = 'open'");
    expect(open).toBeGreaterThan(50);
    expect(count(core.db, 'SELECT count(*) AS n FROM match_roles_state')).toBe(open);
    expect(count(core.db, 'SELECT count(DISTINCT role_id) AS n FROM match_results')).toBe(open);
  });

  it('refuses to load into a workspace that is not empty, with exit code 2 and a sentence', async () => {
    await expect(core.invoke('demo.create', { jobId: 'demo-2', seed: 42 })).rejects.toMatchObject({ code: 'CONFLICT' });
    const other = path.join(dir, 'one-person.sqlite');
    const c = createCore({ dbPath: other, log: () => {} });
    seedPeople(c.db, [{ name: 'Amara Okafor' }]);
    await c.close();
    expect(await cli(['demo', '--db', other, '--json'])).toEqual({
      code: 2,
      out: '',
      err: 'This workspace already holds people or roles, and the demo can only be loaded into an empty one; use --db with a new file.',
    });
    expect(await cli(['demo', '--seed', 'lucky', '--db', other])).toMatchObject({ code: 2, err: '--seed must be a whole number from 0 to 2147483648.' });
  });

  it('leaves the workspace as it was when cancelled part-way', async () => {
    const c = tempCore({ now: () => NOW });
    try {
      let calls = 0;
      const io = { ...quiet, cancelled: () => ++calls > 3 };
      expect(() => runDemo(c.db, { seed: 1, today: '2026-11-25', scale: 0.05 }, io)).toThrow(CancelledError);
      expect(await c.invoke('app.stats', {})).toMatchObject({ people: 0, roles: 0, importBatches: 0, layoffEvents: 0 });
    } finally {
      await c.dispose();
    }
  });

  it('is deterministic: the same seed and day give the same store, another seed another', async () => {
    const a = tempCore({ now: () => NOW });
    const b = tempCore({ now: () => NOW });
    try {
      const ra = runDemo(a.db, { seed: 7, today: '2026-11-25', scale: 0.1 }, quiet);
      const rb = runDemo(b.db, { seed: 7, today: '2026-11-25', scale: 0.1 }, quiet);
      expect({ ...rb, timings: null }).toEqual({ ...ra, timings: null });
      expect(fingerprint(b.db)).toBe(fingerprint(a.db));
      expect(fingerprint(core.db)).not.toBe(fingerprint(a.db));
    } finally {
      await a.dispose();
      await b.dispose();
    }
  }, 120_000);
});
