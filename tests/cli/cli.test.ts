import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { createCore } from '../../src/core';
import { tempDir } from '../helpers/tempCore';
import { seedPeople } from '../helpers/seed';

const dir = tempDir();
const db = path.join(dir, 'cli.sqlite');
afterAll(() => {});

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('the command line', () => {
  it('prints stats as exactly one JSON document', async () => {
    const r = await run(['stats', '--db', db, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ people: 0, alumni: 0, roles: 0, openRoles: 0, shortlists: 0, importBatches: 0, layoffEvents: 0 });
    expect(r.err).toBe('');
  });

  it('lists people with their emails and skills', async () => {
    const core = createCore({ dbPath: db, log: () => {} });
    seedPeople(core.db, [
      { name: 'Zanele Dlamini', title: 'SRE', email: 'zanele@example.org', skills: ['Prometheus', 'Kubernetes'] },
      { name: 'Mateo Rossi', title: 'ML Engineer', skills: ['PyTorch'] },
    ]);
    await core.close();
    const r = await run(['list', 'people', '--limit', '1', '--db', db, '--json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: 'Zanele Dlamini', emails: ['zanele@example.org'], skills: ['Kubernetes', 'Prometheus'], linkedin: null, source: 'ats', sources: ['ats'] });
  });

  it('lists alumni and roles with the fields DESIGN.md promises scripts (source; a role\'s skills)', async () => {
    const wdb = path.join(dir, 'kinds.sqlite');
    const fixtures = path.join(__dirname, '../fixtures/import');
    expect((await run(['import', path.join(fixtures, 'alumni.csv'), '--kind', 'alumni', '--db', wdb, '--json'])).code).toBe(0);
    expect((await run(['import', path.join(fixtures, 'roles.csv'), '--kind', 'roles', '--db', wdb, '--json'])).code).toBe(0);
    const alumni = JSON.parse((await run(['list', 'alumni', '--db', wdb, '--json'])).out);
    expect(alumni[0]).toMatchObject({ id: 1, name: 'Chidi Okafor', emails: ['chidi.okafor@ourco.com', 'chidi@gmail.com'], linkedin: null, source: 'alumni', employeeId: 'E100', team: 'ML Platform' });
    const roles = JSON.parse((await run(['list', 'roles', '--db', wdb, '--json'])).out);
    for (const r of roles) expect(r.skills).toEqual([...r.must, ...r.nice]);
    expect(roles.some((r: { skills: string[] }) => r.skills.length > 0)).toBe(true);
  });

  it('answers bad input with exit code 2 and a sentence on stderr', async () => {
    expect(await run(['list', 'planets', '--db', db])).toMatchObject({ code: 2, out: '', err: 'Say what to list: people, alumni, roles.' });
    expect(await run(['list', 'people', '--limit', 'many', '--db', db])).toMatchObject({ code: 2, err: '--limit must be a whole number from 1 to 1000000.' });
    expect(await run(['frobnicate', '--db', db])).toMatchObject({ code: 2, err: '"frobnicate" is not a Bridgehire command. Run "bridgehire help" to see them.' });
    expect(await run(['stats', '--verbose', '--db', db])).toMatchObject({ code: 2, err: 'Unknown option --verbose.' });
  });

  it('lets no typo in a script pass for a default: short flags, repeated flags, stray words, a --db with no path', async () => {
    expect(await run(['list', 'people', '-n', '3', '--db', db, '--json'])).toMatchObject({ code: 2, out: '', err: 'Unknown option -n; options are written out in full, like --limit.' });
    expect(await run(['match', '--role', 'A', '--role', 'B', '--db', db, '--json'])).toMatchObject({ code: 2, out: '', err: 'Option --role is given twice; give it once.' });
    expect(await run(['stats', 'extra', '--db', db, '--json'])).toMatchObject({ code: 2, out: '', err: 'Unexpected "extra": this command takes no words besides its options.' });
    expect(await run(['list', 'people', 'now', '--db', db])).toMatchObject({ code: 2, err: 'Unexpected "now": this command takes one word besides its options.' });
    expect(await run(['stats', '--db', '--json'])).toMatchObject({ code: 2, out: '', err: 'Option --db needs a path.' });
    expect(await run(['stats', '--db=', '--json'])).toMatchObject({ code: 2, out: '', err: 'Option --db needs a path.' });
    expect(await run(['stats', '--db', db, '--db', db])).toMatchObject({ code: 2, err: 'Option --db is given twice; give it once.' });
  });

  it('reads a pasted bulleted list as text, and words after "--" as words', async () => {
    const bullets = JSON.parse((await run(['skills', 'resolve', '- Python\n- Kubernetes', '--db', db, '--json'])).out);
    expect(bullets.skills.map((s: { name: string }) => s.name)).toEqual(['Python', 'Kubernetes']);
    const after = await run(['skills', 'resolve', '--db', db, '--json', '--', '--Terraform']);
    expect(JSON.parse(after.out).skills.map((s: { name: string }) => s.name)).toEqual(['Terraform']);
  });

  it('prints help as JSON with --json, and asks for a command on stderr when none is given', async () => {
    const h = await run(['help', '--json']);
    expect(h.code).toBe(0);
    expect(JSON.parse(h.out).usage).toMatch(/^Usage: bridgehire <command> \[--db PATH\] \[--json\]/);
    const none = await run(['--db', db, '--json']);
    expect(none).toMatchObject({ code: 2, out: '' });
    expect(none.err).toMatch(/^Name a command\.\n\nUsage: bridgehire/);
  });

  it('refuses a database from a newer Bridgehire with exit code 1 and a sentence', async () => {
    const newer = path.join(dir, 'newer.sqlite');
    const core = createCore({ dbPath: newer, log: () => {} });
    core.db.pragma('user_version = 999');
    await core.close();
    const r = await run(['stats', '--db', newer, '--json']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^This workspace was written by a newer version of Bridgehire \(schema 999;/);
  });

  it('works as `npm run --silent cli` with BRIDGEHIRE_DB, stdout holding only JSON', () => {
    const root = path.resolve(__dirname, '..', '..');
    const out = execFileSync('npm', ['run', '--silent', 'cli', '--', 'stats', '--json'], { cwd: root, env: { ...process.env, BRIDGEHIRE_DB: db }, encoding: 'utf8' });
    expect(JSON.parse(out).people).toBe(2);
    const bad = spawnSync('npm', ['run', '--silent', 'cli', '--', 'list', 'nothing', '--json'], { cwd: root, env: { ...process.env, BRIDGEHIRE_DB: db }, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim()).toBe('Say what to list: people, alumni, roles.');
  });
});
