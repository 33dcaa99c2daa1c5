import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createCore } from '../../src/core';
import { openDatabase } from '../../src/core/db/open';
import { storeFingerprint } from '../../src/core/backup/checksum';
import { insertPeople } from '../helpers/matchSeed';
import { tempDir } from '../helpers/tempCore';

// Crashes lose nothing: a child process does long work through the job machinery and is killed
// with SIGKILL part-way. The workspace must then open, pass SQLite's integrity check and hold
// exactly what it held before (same rows, same fingerprint) — never half of a batch.

const ROOT = path.resolve(__dirname, '..', '..');
const src = (p: string) => JSON.stringify(path.join(ROOT, 'src', p));
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function workspace(seed: (db: Database.Database) => void): string {
  const dir = tempDir('bh-crash-');
  dirs.push(dir);
  const dbPath = path.join(dir, 'workspace.sqlite');
  const db = openDatabase({ dbPath });
  seed(db);
  db.close();
  return dbPath;
}

const CHILD_HEAD = `
import { createCore } from ${src('core/index.ts')};
import { registerJob } from ${src('core/jobs/registry.ts')};
import { throwIfCancelled } from ${src('core/jobs/types.ts')};
const dbPath = process.argv[2]!;
const say = (s: string) => process.stdout.write(s + '\\n');
`;

/** Runs a child script; kills it with SIGKILL once `killWhen` sees a line it likes. Resolves with what it printed. */
async function runAndKill(dbPath: string, body: string, killWhen: (line: string) => boolean): Promise<{ lines: string[]; signal: NodeJS.Signals | null; stderr: string }> {
  const file = path.join(path.dirname(dbPath), 'child.ts');
  // CommonJS like the rest of the source, so the child shares one job registry with the core.
  fs.writeFileSync(file, `${CHILD_HEAD}\nvoid (async () => {\n${body}\n})();\n`);
  const child = spawn(process.execPath, ['--import', 'tsx', file, dbPath], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += String(d)));
  const lines: string[] = [];
  readline.createInterface({ input: child.stdout! }).on('line', (line) => {
    lines.push(line);
    if (killWhen(line) && child.exitCode === null) child.kill('SIGKILL');
  });
  const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, sig) => resolve(sig)));
  return { lines, signal, stderr };
}

function reopenAndCheck(dbPath: string, before: ReturnType<typeof storeFingerprint>): void {
  const db = openDatabase({ dbPath });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const after = storeFingerprint(db);
    expect(after.counts).toEqual(before.counts);
    expect(after.sha256).toBe(before.sha256);
  } finally {
    db.close();
  }
}

function fingerprintOf(dbPath: string) {
  const db = new Database(dbPath, { readonly: true });
  try {
    return storeFingerprint(db);
  } finally {
    db.close();
  }
}

describe('a crash part-way through long work', () => {
  it('loses nothing when a large write job is killed mid-transaction', async () => {
    const dbPath = workspace((db) => insertPeople(db, Array.from({ length: 500 }, (_, i) => ({ name: `Person ${i}`, email: `p${i}@example.com`, skills: ['Go', 'Kubernetes'] }))));
    const before = fingerprintOf(dbPath);
    const run = await runAndKill(
      dbPath,
      `
registerJob<{ rows: number }, number>('crash.bulkWrite', (db, input, io) => {
  const person = db.prepare(\`INSERT INTO people (full_name, title, summary, skills, skill_names) VALUES (?, ?, ?, '[["PyTorch",1,"pytorch","skills_cell",null]]', 'PyTorch')\`);
  const email = db.prepare('INSERT INTO person_emails (email, person_id) VALUES (?, ?)');
  db.transaction(() => {
    for (let i = 0; i < input.rows; i++) {
      const id = Number(person.run('Bulk ' + i, 'Engineer', 'x'.repeat(200)).lastInsertRowid);
      email.run('bulk' + i + '@example.com', id);
      if (i % 2000 === 0) { io.progress('writing', i, input.rows); say('progress ' + i); throwIfCancelled(io); }
    }
  })();
  return input.rows;
});
const core = createCore({ dbPath, shell: 'test', log: () => {} });
const n = await core.ctx.jobs.run('crash.bulkWrite', { rows: 400000 }, { jobId: 'crash' });
say('done ' + n);
`,
      (line) => /^progress (\d+)/.test(line) && Number(/\d+/.exec(line)![0]) >= 60000,
    );
    expect(run.stderr).toBe('');
    expect(run.lines.some((l) => l.startsWith('done'))).toBe(false);
    expect(run.signal).toBe('SIGKILL');
    expect(run.lines.filter((l) => l.startsWith('progress')).length).toBeGreaterThanOrEqual(30);
    reopenAndCheck(dbPath, before);
  }, 60_000);

  it('loses nothing when a full re-score is killed part-way', async () => {
    const dbPath = workspace((db) => {
      const skills = ['PyTorch', 'Kubernetes', 'Go', 'Terraform', 'Python', 'AWS', 'Docker', 'Kafka'];
      insertPeople(db, Array.from({ length: 4000 }, (_, i) => ({ name: `Person ${i}`, title: 'Engineer', track: i % 2 ? 'platform' : 'ai_ml', level: 'senior', skills: skills.filter((_s, k) => (i >> k) & 1) })));
      const role = db.prepare("INSERT INTO roles (req_id, title, track, level, status) VALUES (?, ?, ?, 'senior', 'open')");
      const rs = db.prepare("INSERT INTO role_skills (role_id, skill, kind, raw) VALUES (?, ?, 'must', ?)");
      for (let r = 0; r < 30; r++) {
        const id = Number(role.run(`REQ-${r}`, `Role ${r}`, r % 2 ? 'platform' : 'ai_ml').lastInsertRowid);
        for (const s of skills.filter((_s, k) => (r >> (k % 5)) & 1)) rs.run(id, s, s);
      }
    });
    // Scores already stored, then changed data: the killed re-score must leave the old scores whole.
    const core = createCore({ dbPath, shell: 'test', log: () => {} });
    expect((await core.invoke('match.rescore', { jobId: 'first', full: true })).mode).toBe('full');
    core.db.prepare("INSERT OR IGNORE INTO role_skills (role_id, skill, kind, raw) SELECT id, 'Rust', 'must', 'Rust' FROM roles WHERE id % 3 = 0").run();
    await core.close();
    const before = fingerprintOf(dbPath);
    expect(before.counts.match_results).toBeGreaterThan(1000);
    const run = await runAndKill(
      dbPath,
      `
const core = createCore({ dbPath, shell: 'test', log: () => {} });
core.on((ev) => { if (ev.type === 'progress') say('progress ' + ev.phase + ' ' + ev.done + ' ' + ev.total); });
const r = await core.call('match.rescore', { jobId: 'rescore', full: true });
say('done ' + JSON.stringify(r));
`,
      (line) => line.startsWith('progress') && Number(line.split(' ')[2]) > 0,
    );
    expect(run.stderr).toBe('');
    expect(run.lines.some((l) => l.startsWith('done')), `the re-score finished before it could be killed: ${run.lines.join(' | ')}`).toBe(false);
    expect(run.signal).toBe('SIGKILL');
    reopenAndCheck(dbPath, before);
  }, 60_000);

  it('loses nothing when a large import is killed mid-way', async () => {
    const dbPath = workspace((db) => insertPeople(db, Array.from({ length: 200 }, (_, i) => ({ name: `Existing ${i}`, email: `e${i}@example.com` }))));
    const csv = path.join(path.dirname(dbPath), 'big.csv');
    const out = fs.createWriteStream(csv);
    out.write('Full name,Email,Title,Company,Skills,Location\n');
    for (let i = 0; i < 150000; i++) out.write(`Candidate ${i},c${i}@example.com,ML Engineer,Acme ${i % 300},"PyTorch, Kubernetes, Go",Berlin\n`);
    await new Promise((r) => out.end(r));
    const before = fingerprintOf(dbPath);
    const run = await runAndKill(
      dbPath,
      `
const core = createCore({ dbPath, shell: 'test', log: () => {} });
core.on((ev) => { if (ev.type === 'progress') say('progress ' + ev.phase + ' ' + ev.done + ' ' + ev.total); });
const f = core.files.register(${JSON.stringify(csv)});
const r = await core.call('import.run', { fileId: f.id, kind: 'candidates', jobId: 'imp' });
say('done ' + JSON.stringify(r).slice(0, 300));
`,
      (line) => /^progress importing (\d+)/.test(line) && Number(line.split(' ')[2]) >= 30000,
    );
    expect(run.stderr).toBe('');
    expect(run.lines.some((l) => l.startsWith('done')), `the import finished before it could be killed: ${run.lines.slice(-3).join(' | ')}`).toBe(false);
    expect(run.signal).toBe('SIGKILL');
    reopenAndCheck(dbPath, before);
  }, 120_000);
});
