import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { createCore } from '../../src/core';
import { tempDir } from '../helpers/tempCore';
import { seedRoles, seedWorld } from '../fixtures/export/world';

const ROOT = path.resolve(__dirname, '..', '..');
const dir = tempDir();
const db = path.join(dir, 'cli.sqlite');

beforeAll(async () => {
  // People and roles as an import leaves them: not scored yet.
  const core = createCore({ dbPath: db, log: () => {} });
  seedWorld(core);
  seedRoles(core);
  await core.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...argv, '--db', db], { out: (t) => out.push(t), err: (t) => err.push(t) }, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('shortlists from the command line', () => {
  it('creates a shortlist from the top N matches (scoring first when scores are out of date)', async () => {
    const r = await run('shortlist', 'create', 'MLOps Q3', '--role', 'ML-101', '--top', '3', '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const d = JSON.parse(r.out);
    expect(d).toMatchObject({ name: 'MLOps Q3', reqId: 'ML-101', roleTitle: 'Senior MLOps Engineer', size: 3 });
    expect(d.entries.map((e: { position: number }) => e.position)).toEqual([1, 2, 3]);
    expect(d.entries[0]).toMatchObject({ name: 'Amara Okafor', engineVersion: 'match-2', matched: ['Kubernetes', 'Python', 'MLflow'], missing: [] });
    const scores = d.entries.map((e: { score: number }) => e.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('lists, shows, adds and removes', async () => {
    const list = JSON.parse((await run('shortlist', 'list', '--json')).out);
    expect(list.map((s: { name: string; size: number }) => [s.name, s.size])).toEqual([['MLOps Q3', 3]]);
    const shown = await run('shortlist', 'show', 'mlops q3');
    expect(shown.code).toBe(0);
    expect(shown.out.split('\n')[0]).toBe('MLOps Q3 — ML-101 Senior MLOps Engineer (3 people)');
    const added = JSON.parse((await run('shortlist', 'add', 'MLOps Q3', '--person', '4,5', '--json')).out);
    expect(added).toMatchObject({ added: 2, alreadyThere: 0, shortlist: { size: 5 } });
    const removed = JSON.parse((await run('shortlist', 'remove', 'MLOps Q3', '--person', '4', '--json')).out);
    expect(removed.entries.map((e: { personId: number }) => e.personId)).not.toContain(4);
    expect(removed.size).toBe(4);
  });

  it('answers mistakes with exit code 2 and a sentence', async () => {
    expect(await run('shortlist', 'create', 'X', '--json')).toMatchObject({ code: 2, out: '', err: 'Say which role: --role REQ_ID.' });
    expect(await run('shortlist', 'create', 'X', '--role', 'NOPE', '--json')).toMatchObject({ code: 2, err: 'No role has the req ID "NOPE"; it is not in the workspace.' });
    expect(await run('shortlist', 'create', 'mlops q3', '--role', 'ML-101')).toMatchObject({ code: 2, err: 'There is already a shortlist called "MLOps Q3". Choose another name.' });
    expect(await run('shortlist', 'show', 'Nobody')).toMatchObject({ code: 2, err: 'The shortlist "Nobody" does not exist (any more).' });
    expect(await run('shortlist', 'frob')).toMatchObject({ code: 2, err: 'Say what to do with shortlists: create, list, show, add, remove, delete.' });
    expect(await run('export', 'shortlist', 'MLOps Q3')).toMatchObject({ code: 2, err: 'Say where to write the file: --out FILE.' });
    expect(await run('export', 'shortlist', 'MLOps Q3', '--out', path.join(dir, 'x.csv'), '--format', 'xlsx')).toMatchObject({ code: 2, err: '--format must be one of csv, greenhouse, lever, html.' });
    expect(await run('export', 'shortlist', 'MLOps Q3', '--out', path.join(dir, 'missing', 'x.csv'))).toMatchObject({ code: 2, err: `The file could not be written to ${path.join(dir, 'missing', 'x.csv')}: that folder does not exist.` });
  });

});

describe('exporting from the command line', () => {
  it('writes each format and prints {file, rows, format}', async () => {
    for (const format of ['csv', 'greenhouse', 'lever', 'html']) {
      const file = path.join(dir, `out-${format}.${format === 'html' ? 'html' : 'csv'}`);
      const r = await run('export', 'shortlist', 'MLOps Q3', '--out', file, '--format', format, '--json');
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out)).toEqual({ file, rows: 4, format });
      const bytes = fs.readFileSync(file);
      if (format === 'html') expect(bytes.toString('utf8')).toMatch(/^<!doctype html>/);
      else expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    }
    const lever = fs.readFileSync(path.join(dir, 'out-lever.csv'), 'utf8');
    expect(lever.split('\r\n')[0]).toBe('\uFEFFFull Name,Email,Phone,Location,Current Company,Current Title,Links,Tags,Sources,Origin,Stage,Note');
  });

  it('works as `npm run --silent cli -- export shortlist … --json`, stdout holding only JSON, and is audited', () => {
    const file = path.join(dir, 'spawned.csv');
    const out = execFileSync('npm', ['run', '--silent', 'cli', '--', 'export', 'shortlist', 'MLOps Q3', '--out', file, '--format', 'greenhouse', '--json', '--db', db], { cwd: ROOT, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ file, rows: 4, format: 'greenhouse' });
    expect(fs.readFileSync(file, 'utf8').split('\r\n')[0]).toBe('\uFEFFFirst Name,Last Name,Email,Phone,Company,Title,LinkedIn,Address,Source,Job,Candidate Tags,Notes');
    const bad = spawnSync('npm', ['run', '--silent', 'cli', '--', 'export', 'shortlist', 'Nope', '--out', file, '--json', '--db', db], { cwd: ROOT, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim()).toBe('The shortlist "Nope" does not exist (any more).');
    const core = createCore({ dbPath: db, log: () => {} });
    const log = core.db.prepare("SELECT subject, json_extract(details, '$.format') AS format, json_extract(details, '$.shell') AS shell FROM audit_log WHERE action = 'export' ORDER BY id").all();
    void core.close();
    expect(log).toEqual([
      { subject: 'shortlist:1', format: 'csv', shell: 'cli' },
      { subject: 'shortlist:1', format: 'greenhouse', shell: 'cli' },
      { subject: 'shortlist:1', format: 'lever', shell: 'cli' },
      { subject: 'shortlist:1', format: 'pdf', shell: 'cli' },
      { subject: 'shortlist:1', format: 'greenhouse', shell: 'cli' },
    ]);
  });

  // Last: the export it attempts is in the audit log, which the test above counts.
  it.runIf(fs.existsSync('/dev/full'))('a full disk is no bad input: exit code 1 and a sentence', async () => {
    expect(await run('export', 'shortlist', 'MLOps Q3', '--out', '/dev/full', '--json')).toMatchObject({ code: 1, out: '', err: 'The file could not be written to /dev/full: the disk is full.' });
  });
});
