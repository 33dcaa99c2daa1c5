// Load benchmark (issue #8, item 6): with 1,000,000 people in the store, does the app start, open
// its grids and answer filters without freezing? Seeds a temp workspace with SQL, then times what
// the first screen does. Run: npx tsx bench/load.ts [--people N] [--keep]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../src/core';
import { openDatabase } from '../src/core/db/open';

export interface LoadTiming {
  step: string;
  ms: number;
  note: string;
}

const FIRST = ['Ada', 'Grace', 'Linus', 'Margaret', 'Alan', 'Barbara', 'Ken', 'Radia', 'Dennis', 'Frances', 'Jean', 'Guido', 'Anita', 'Bjarne', 'Hedy', 'José', 'Zoë', 'Priya', 'Wei', 'Olga'];
const LAST = ['Lovelace', 'Hopper', 'Torvalds', 'Hamilton', 'Turing', 'Liskov', 'Thompson', 'Perlman', 'Ritchie', 'Allen', 'Bartik', 'van Rossum', 'Borg', 'Stroustrup', 'Lamarr', 'García', 'Müller', 'Patel', 'Zhang', 'Ivanova'];
const TITLES = ['Senior ML Engineer', 'Staff Platform Engineer', 'Site Reliability Engineer', 'MLOps Engineer', 'Software Engineer, Infrastructure', 'Full-stack Engineer', 'Data Scientist', 'DevOps Engineer', 'Cloud Architect', 'Engineering Manager'];
const COMPANIES = ['Intel', 'Meta', 'Amazon', 'Microsoft', 'Salesforce', 'Google', 'Cisco', 'IBM', 'Dell', 'Oracle', 'PayPal', 'Spotify'];
const TRACKS = ['ai_ml', 'mlops', 'platform', 'sre', 'cloud_infra', 'fullstack', 'data', 'other'];
const LEVELS = ['junior', 'mid', 'senior', 'staff', 'principal'];
const CITIES = ['Austin, TX', 'Seattle, WA', 'San Francisco, CA', 'New York, NY', 'London', 'Berlin', 'Toronto', 'Remote'];
const SKILLS = ['Python', 'PyTorch', 'TensorFlow', 'Kubernetes', 'Terraform', 'Go', 'AWS', 'GCP', 'Docker', 'LangChain', 'MLflow', 'Ray', 'SQL', 'Spark', 'React', 'TypeScript', 'Ansible', 'Prometheus'];

const pick = (list: string[], expr: string) => `json_extract('${JSON.stringify(list).replace(/'/g, "''")}', '$[' || ((${expr}) % ${list.length}) || ']')`;

/** Fills a fresh workspace with `n` people (emails, three skills each, a fifth of them alumni) using SQL alone. */
export function seedWorkspace(dbPath: string, n: number): number {
  const t0 = performance.now();
  const db = openDatabase({ dbPath });
  db.pragma('synchronous = OFF');
  // Bulk insert first, indexes after: several times faster than inserting into indexed tables.
  const indexes = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('people', 'person_emails', 'person_skills', 'employments')").all() as { name: string; sql: string }[];
  for (const ix of indexes) db.exec(`DROP INDEX "${ix.name}"`);
  db.transaction(() => {
    db.prepare(
      `WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < ?)
       INSERT INTO people (id, full_name, title, company, company_norm, location, country, track, level, years_exp, sources, stage, available_on, created_at, updated_at)
       SELECT i, ${pick(FIRST, 'i * 7')} || ' ' || ${pick(LAST, 'i * 13 + i / 20')} || ' ' || i, ${pick(TITLES, 'i * 3')}, ${pick(COMPANIES, 'i * 5')}, lower(${pick(COMPANIES, 'i * 5')}),
         ${pick(CITIES, 'i * 11')}, 'US', ${pick(TRACKS, 'i * 17')}, ${pick(LEVELS, 'i * 19')}, (i % 25) + 1, '["layoff_list"]', 'new',
         date('2025-01-01', '+' || (i % 300) || ' days'), strftime('%Y-%m-%dT%H:%M:%fZ', '2025-01-01', '+' || (i / 7) || ' seconds'),
         strftime('%Y-%m-%dT%H:%M:%fZ', '2025-01-01', '+' || (i / 3) || ' seconds')
       FROM s`,
    ).run(n);
    db.exec(`INSERT INTO person_emails (email, person_id) SELECT 'p' || id || '@example.com', id FROM people`);
    for (let k = 0; k < 3; k++) {
      db.exec(`INSERT OR IGNORE INTO person_skills (person_id, skill, known, raw, origin) SELECT id, ${pick(SKILLS, `id * ${3 + k * 5} + ${k * 7}`)}, 1, ${pick(SKILLS, `id * ${3 + k * 5} + ${k * 7}`)}, 'skills_cell' FROM people`);
    }
    db.exec(`INSERT INTO employments (person_id, employee_id, team, title, hire_date, exit_date, exit_type, rehire, rehire_source)
      SELECT id, 'E' || id, 'Team ' || (id % 40), title, '2018-03-01', date('2024-01-01', '+' || (id % 600) || ' days'), 'layoff', CASE id % 4 WHEN 0 THEN 'ineligible' WHEN 1 THEN 'review' ELSE 'eligible' END, 'explicit'
      FROM people WHERE id % 5 = 0`);
  })();
  for (const ix of indexes) db.exec(ix.sql);
  db.exec('ANALYZE');
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return performance.now() - t0;
}

async function timed<T>(rows: LoadTiming[], step: string, fn: () => Promise<T> | T, note: (v: T) => string): Promise<T> {
  const t = performance.now();
  const v = await fn();
  rows.push({ step, ms: performance.now() - t, note: note(v) });
  return v;
}

/** Seeds (unless the workspace exists) and times opening and the first grid calls. */
export async function runLoadBench(opts: { people: number; dbPath?: string }): Promise<LoadTiming[]> {
  const dbPath = opts.dbPath ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bh-load-')), 'workspace.sqlite');
  const rows: LoadTiming[] = [];
  if (!fs.existsSync(dbPath)) rows.push({ step: `seed ${opts.people.toLocaleString('en-US')} people (SQL)`, ms: seedWorkspace(dbPath, opts.people), note: `${(fs.statSync(dbPath).size / 1024 / 1024).toFixed(0)} MB on disk` });
  const core = await timed(rows, 'open workspace (createCore)', () => createCore({ dbPath, shell: 'test', log: (e) => console.error(e) }), () => 'migrations checked, no backup');
  try {
    await timed(rows, 'app.stats', () => core.invoke('app.stats', {}), (s) => `${s.people} people, ${s.alumni} alumni`);
    await timed(rows, 'people.list first page (by name)', () => core.invoke('people.list', { limit: 100 }), (p) => `${p.total} total, ${p.rows.length} rows`);
    await timed(rows, 'people.list middle page (by name)', () => core.invoke('people.list', { offset: Math.floor(opts.people / 2), limit: 100 }), (p) => `${p.rows.length} rows`);
    await timed(rows, 'people.list sorted by updatedAt desc', () => core.invoke('people.list', { limit: 100, sort: [{ colId: 'updatedAt', sort: 'desc' }] }), (p) => `${p.rows.length} rows`);
    await timed(
      rows,
      'people.list filter track=platform, level=senior',
      () => core.invoke('people.list', { limit: 100, filter: { track: { filterType: 'in', values: ['platform'] }, level: { filterType: 'in', values: ['senior'] } } }),
      (p) => `${p.total} match`,
    );
    await timed(rows, 'people.list filter company contains "goo"', () => core.invoke('people.list', { limit: 100, filter: { company: { filterType: 'text', type: 'contains', filter: 'goo' } } }), (p) => `${p.total} match`);
    await timed(rows, 'people.list quick search "hopper"', () => core.invoke('people.list', { limit: 100, quick: 'hopper' }), (p) => `${p.total} match`);
    await timed(rows, 'people.list quick search "p123456@"', () => core.invoke('people.list', { limit: 100, quick: 'p123456@' }), (p) => `${p.total} match`);
    await timed(rows, 'alumni.list first page', () => core.invoke('alumni.list', { limit: 100 }), (p) => `${p.total} alumni`);
    await timed(rows, 'alumni.list filter rehire=eligible', () => core.invoke('alumni.list', { limit: 100, filter: { rehire: { filterType: 'in', values: ['eligible'] } } }), (p) => `${p.total} match`);
    await timed(rows, 'people.get', () => core.invoke('people.get', { id: 424242 % opts.people || 1 }), (p) => p.name);
    await timed(rows, 'audit.list', () => core.invoke('audit.list', {}), (p) => `${p.total} entries`);
  } finally {
    await core.close();
  }
  return rows;
}

export function printTable(rows: LoadTiming[]): string {
  const w = Math.max(...rows.map((r) => r.step.length));
  return [`${'step'.padEnd(w)}  ${'ms'.padStart(9)}  note`, `${'-'.repeat(w)}  ${'-'.repeat(9)}  ----`, ...rows.map((r) => `${r.step.padEnd(w)}  ${r.ms.toFixed(1).padStart(9)}  ${r.note}`)].join('\n');
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const i = argv.indexOf('--people');
  const people = i >= 0 ? Number(argv[i + 1]) : 1_000_000;
  const dbIx = argv.indexOf('--db');
  runLoadBench({ people, dbPath: dbIx >= 0 ? path.resolve(argv[dbIx + 1]!) : undefined }).then(
    (rows) => process.stdout.write(`${printTable(rows)}\n`),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
