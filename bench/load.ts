// Load benchmark (issue #8, item 6): with 1,000,000 people in the store, does the app start, open
// its grids and answer filters without freezing? Seeds a temp workspace with SQL, then times what
// the first screen does, the way the shells run it (grid reads on the read worker), with how long
// the calling thread's event loop was blocked meanwhile (what freezes a window or the web server).
// Run: npx tsx bench/load.ts [--people N] [--db path] [--inline]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../src/core';
import { openDatabase } from '../src/core/db/open';
import { packFromRowsSql, SKILL_ROWS_TABLE_SQL } from '../src/core/repos/personSkills';

export interface LoadTiming {
  step: string;
  ms: number;
  /** Longest stretch the calling thread's event loop could not run anything else, in ms. */
  blockedMs?: number;
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
  const indexes = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('people', 'person_emails', 'employments')").all() as { name: string; sql: string }[];
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
    db.exec(SKILL_ROWS_TABLE_SQL('seed_skills'));
    for (let k = 0; k < 3; k++) {
      db.exec(`INSERT OR IGNORE INTO temp.seed_skills (person_id, skill, known, raw, origin) SELECT id, ${pick(SKILLS, `id * ${3 + k * 5} + ${k * 7}`)}, 1, ${pick(SKILLS, `id * ${3 + k * 5} + ${k * 7}`)}, 'skills_cell' FROM people`);
    }
    db.exec(packFromRowsSql('temp.seed_skills'));
    db.exec('DROP TABLE temp.seed_skills');
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

/** Samples the event loop every millisecond; the longest gap is how long it was held. */
function loopBlockSampler(): () => Promise<number> {
  let last = performance.now();
  let max = 0;
  let timer: NodeJS.Timeout;
  const tick = () => {
    const t = performance.now();
    max = Math.max(max, t - last);
    last = t;
    timer = setTimeout(tick, 1);
  };
  timer = setTimeout(tick, 1);
  return async () => {
    await new Promise((r) => setTimeout(r, 5)); // due after the sampler's overdue tick, so that one is counted
    clearTimeout(timer);
    return Math.max(0, max - 1);
  };
}

async function timed<T>(rows: LoadTiming[], step: string, fn: () => Promise<T> | T, note: (v: T) => string): Promise<T> {
  const stop = loopBlockSampler();
  const t = performance.now();
  const v = await fn();
  const ms = performance.now() - t;
  rows.push({ step, ms, blockedMs: await stop(), note: note(v) });
  return v;
}

/** Seeds (unless the workspace exists) and times opening and the first grid calls. */
export async function runLoadBench(opts: { people: number; dbPath?: string; inline?: boolean }): Promise<LoadTiming[]> {
  const dbPath = opts.dbPath ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bh-load-')), 'workspace.sqlite');
  const rows: LoadTiming[] = [];
  if (!fs.existsSync(dbPath)) rows.push({ step: `seed ${opts.people.toLocaleString('en-US')} people (SQL)`, ms: seedWorkspace(dbPath, opts.people), note: `${(fs.statSync(dbPath).size / 1024 / 1024).toFixed(0)} MB on disk` });
  // As the web and Electron shells do: jobs and grid reads in worker threads (--inline: as the CLI).
  const workerScript = opts.inline ? undefined : path.join(__dirname, '..', 'src', 'core', 'jobs', 'worker-from-source.cjs');
  const core = await timed(rows, 'open workspace (createCore)', () => createCore({ dbPath, shell: 'test', workerScript, log: (e) => console.error(e) }), () => `migrations checked, no backup; reads ${workerScript ? 'on a worker' : 'inline'}`);
  try {
    await timed(rows, 'app.stats', () => core.invoke('app.stats', {}), (s) => `${s.people} people, ${s.alumni} alumni`);
    if (workerScript) {
      // The shells start the read thread with the core; from TypeScript source it compiles first.
      await timed(rows, 'first read (read thread starting)', () => core.invoke('people.list', { limit: 1, filter: { id: { filterType: 'number', type: 'equals', filter: 1 } } }), () => 'paid once, while a window or browser loads');
    }
    await timed(rows, 'people.list first page (by name)', () => core.invoke('people.list', { limit: 100 }), (p) => `${p.total} total, ${p.rows.length} rows`);
    await timed(rows, 'people.list middle page (by name)', () => core.invoke('people.list', { offset: Math.floor(opts.people / 2), limit: 100 }), (p) => `${p.rows.length} rows`);
    await timed(rows, 'people.list sorted by updatedAt desc', () => core.invoke('people.list', { limit: 100, sort: [{ colId: 'updatedAt', sort: 'desc' }] }), (p) => `${p.rows.length} rows`);
    await timed(
      rows,
      'people.list filter track=platform, level=senior',
      () => core.invoke('people.list', { limit: 100, filter: { track: { filterType: 'in', values: ['platform'] }, level: { filterType: 'in', values: ['senior'] } } }),
      (p) => `${p.total} match`,
    );
    // Each text search twice: the first scan after opening pays for reading the file in.
    for (const again of ['', ' (again)']) {
      await timed(rows, `people.list filter company contains "goo"${again}`, () => core.invoke('people.list', { limit: 100, filter: { company: { filterType: 'text', type: 'contains', filter: 'goo' } } }), (p) => `${p.total} match`);
      await timed(rows, `people.list quick search "hopper"${again}`, () => core.invoke('people.list', { limit: 100, quick: 'hopper' }), (p) => `${p.total} match`);
      await timed(rows, `people.list quick search "p123456@"${again}`, () => core.invoke('people.list', { limit: 100, quick: 'p123456@' }), (p) => `${p.total} match`);
    }
    await timed(rows, 'app.stats during a quick search', async () => {
      const t = performance.now();
      const search = core.invoke('people.list', { limit: 100, quick: 'p654321@' });
      await core.invoke('app.stats', {});
      const statsMs = performance.now() - t;
      await search;
      return statsMs;
    }, (ms) => `app.stats, asked right after the search, answered in ${ms.toFixed(0)} ms`);
    await timed(rows, 'alumni.list first page', () => core.invoke('alumni.list', { limit: 100 }), (p) => `${p.total} alumni`);
    await timed(rows, 'alumni.list filter rehire=eligible', () => core.invoke('alumni.list', { limit: 100, filter: { rehire: { filterType: 'in', values: ['eligible'] } } }), (p) => `${p.total} match`);
    await timed(rows, 'insights.summary (first)', () => core.invoke('insights.summary', {}), (s) => `${s.totals.people} people, ${s.skillSupply.length} skills`);
    await timed(rows, 'insights.summary (again, unchanged)', () => core.invoke('insights.summary', {}), () => 'cached on the connection that computed it');
    await timed(rows, 'people.get', () => core.invoke('people.get', { id: 424242 % opts.people || 1 }), (p) => p.name);
    await timed(rows, 'audit.list', () => core.invoke('audit.list', {}), (p) => `${p.total} entries`);
  } finally {
    await core.close();
    // A seeded million is 570 MB: keep it only when asked for by --db.
    if (!opts.dbPath) fs.rmSync(path.dirname(dbPath), { recursive: true, force: true });
  }
  return rows;
}

export function printTable(rows: LoadTiming[]): string {
  const w = Math.max(...rows.map((r) => r.step.length));
  const blocked = (r: LoadTiming) => (r.blockedMs === undefined ? '' : r.blockedMs.toFixed(0)).padStart(12);
  return [
    `${'step'.padEnd(w)}  ${'ms'.padStart(9)}  ${'loop blocked'.padStart(12)}  note`,
    `${'-'.repeat(w)}  ${'-'.repeat(9)}  ${'-'.repeat(12)}  ----`,
    ...rows.map((r) => `${r.step.padEnd(w)}  ${r.ms.toFixed(1).padStart(9)}  ${blocked(r)}  ${r.note}`),
    `(loop blocked: the longest the calling thread's event loop was held, ms; load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')})`,
  ].join('\n');
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const i = argv.indexOf('--people');
  const people = i >= 0 ? Number(argv[i + 1]) : 1_000_000;
  const dbIx = argv.indexOf('--db');
  runLoadBench({ people, dbPath: dbIx >= 0 ? path.resolve(argv[dbIx + 1]!) : undefined, inline: argv.includes('--inline') }).then(
    (rows) => process.stdout.write(`${printTable(rows)}\n`),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
