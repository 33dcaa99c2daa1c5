// Export benchmark (issue #7, item 5): exporting 10,000 rows must take well under a second.
// A fresh workspace with N people (accents, formula-looking names, several emails, skills), two
// roles scored by the engine, and a shortlist holding all N. Each export is timed end to end through
// the gate (query + CSV + audit), median of several runs. Run: npx tsx bench/export.ts [--rows N]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore, type Core } from '../src/core';
import { CsvWriter, type Cell } from '../src/core/export/csv';
import { refresh } from '../src/core/match/run';
import { addPersonSkills, type PackedSkill } from '../src/core/repos/personSkills';

const FIRST = ['Ada', 'Zoë', 'José', 'Bjørn', 'Priya', 'Wei', 'Olga', 'Amara', 'Łukasz', 'Siobhán', '=HYPERLINK("http://x","y")', 'Grace'];
const LAST = ['Lovelace', 'Ångström', 'García', 'Halvorsen', 'Patel', 'Zhang', 'Ivanova', 'Okafor', 'Wiśniewski', "O'Brien", 'Müller', 'Hopper'];
const TITLES = ['Senior ML Engineer', 'Staff Platform Engineer', 'Site Reliability Engineer', 'MLOps Engineer', 'Engineer, "LLM" apps', '+cmd|calc', 'Data Engineer'];
const SKILLS = ['Python', 'PyTorch', 'Kubernetes', 'Terraform', 'Go', 'AWS', 'Docker', 'LangChain', 'MLflow', 'Spark', 'SQL', 'React'];

export interface ExportBenchRow {
  what: string;
  rows: number;
  cols: number;
  /** Median wall-clock milliseconds, and the CPU milliseconds of that run (this process only). */
  ms: number;
  cpuMs: number;
  /** The first run on a fresh connection, before its caches (parsed explanations, live scores) hold anything: wall and CPU. */
  firstMs: number;
  firstCpuMs: number;
  mb: number;
}

export function seedExportWorkspace(core: Core, n: number): number[] {
  const db = core.db;
  const ins = db.prepare("INSERT INTO people (full_name, title, company, track, level, location, phone, linkedin, years_exp, tags, sources) VALUES (?, ?, ?, 'mlops', 'senior', ?, ?, ?, ?, ?, '[\"layoff_list\"]')");
  const email = db.prepare('INSERT INTO person_emails (email, person_id) VALUES (?, ?)');
  const ids = db.transaction(() =>
    Array.from({ length: n }, (_, i) => {
      const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`;
      const id = Number(ins.run(name, TITLES[i % TITLES.length], 'Intel', 'Berlin, Germany', `+49 30 ${1000000 + i}`, `https://www.linkedin.com/in/p-${i}`, (i % 30) - 2.5, JSON.stringify(['q3', 'boomerang'])).lastInsertRowid);
      email.run(`p${i}@example.com`, id);
      if (i % 3 === 0) email.run(`p${i}.home@example.org`, id);
      addPersonSkills(db, id, [0, 1, 2, 3].map((k): PackedSkill => [SKILLS[(i + k * 5) % SKILLS.length]!, 1, SKILLS[(i + k * 5) % SKILLS.length]!, 'skills_cell', null]));
      return id;
    }),
  )();
  const role = db.prepare("INSERT INTO roles (req_id, title, track, level) VALUES (?, ?, 'mlops', 'senior')");
  const rs = db.prepare('INSERT INTO role_skills (role_id, skill, kind, raw) VALUES (?, ?, ?, ?)');
  const r1 = Number(role.run('ML-1', 'Senior MLOps Engineer').lastInsertRowid);
  for (const s of ['Kubernetes', 'Python', 'MLflow']) rs.run(r1, s, 'must', s);
  rs.run(r1, 'Terraform', 'nice', 'Terraform');
  return ids;
}

interface Timed {
  ms: number;
  cpuMs: number;
  firstMs: number;
  firstCpuMs: number;
  rows: number;
  bytes: number;
}

async function time(runs: number, fn: () => Promise<{ content: string; rows: number }>): Promise<Timed> {
  const runsMs: { ms: number; cpu: number }[] = [];
  let last = { content: '', rows: 0 };
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    last = await fn();
    const d = process.cpuUsage(c);
    runsMs.push({ ms: performance.now() - t, cpu: (d.user + d.system) / 1000 });
  }
  const mid = [...runsMs].sort((a, b) => a.ms - b.ms)[Math.floor(runs / 2)]!;
  return { ms: mid.ms, cpuMs: mid.cpu, firstMs: runsMs[0]!.ms, firstCpuMs: runsMs[0]!.cpu, rows: last.rows, bytes: Buffer.byteLength(last.content, 'utf8') };
}

export async function benchExport(opts: { rows?: number; runs?: number } = {}): Promise<ExportBenchRow[]> {
  const n = opts.rows ?? 10_000;
  const runs = opts.runs ?? 5;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bridgehire-bench-export-'));
  const dbPath = path.join(dir, 'bench.sqlite');
  const setup = createCore({ dbPath, shell: 'cli', log: () => {} });
  const ids = seedExportWorkspace(setup, n);
  refresh(setup.db, null, { today: new Date().toISOString().slice(0, 10), force: true });
  await setup.invoke('shortlists.create', { name: 'Bench', reqId: 'ML-1' });
  for (let i = 0; i < ids.length; i += 1000) await setup.invoke('shortlists.addPeople', { shortlist: 'Bench', personIds: ids.slice(i, i + 1000) });
  await setup.close();
  // A new connection, as after starting the app: the first export of each kind runs with cold caches.
  const core = createCore({ dbPath, shell: 'cli', log: () => {} });
  try {

    const out: ExportBenchRow[] = [];
    const add = (what: string, cols: number, r: Timed) => out.push({ what, rows: r.rows, cols, ms: r.ms, cpuMs: r.cpuMs, firstMs: r.firstMs, firstCpuMs: r.firstCpuMs, mb: r.bytes / 1e6 });
    const peopleCols = ['name', 'title', 'company', 'track', 'level', 'yearsExp', 'skills', 'location', 'sources', 'availableOn', 'stage', 'emails'].map((c) => ({ colId: c, header: c }));
    add('people grid, 12 visible columns', 12, await time(runs, () => core.invoke('export.grid', { grid: 'people', columns: peopleCols, sort: [{ colId: 'name', sort: 'asc' }] })));
    add('people grid, filtered + searched', 12, await time(runs, () => core.invoke('export.grid', { grid: 'people', columns: peopleCols, filter: { yearsExp: { filterType: 'number', type: 'greaterThan', filter: 0 } }, quick: 'python' })));
    add('shortlist, CSV with explanations', 32, await time(runs, () => core.invoke('export.shortlist', { shortlist: 'Bench', format: 'csv' })));
    add('shortlist, Greenhouse layout', 12, await time(runs, () => core.invoke('export.shortlist', { shortlist: 'Bench', format: 'greenhouse' })));
    add('shortlist, Lever layout', 12, await time(runs, () => core.invoke('export.shortlist', { shortlist: 'Bench', format: 'lever' })));
    // The CSV writer alone: the same 32 cells a row, text that needs quoting and neutralising.
    const cells: Cell[] = ['=SUM(A1)', 'Zoë "Z" Ångström', 'a,b', -3.5, 82.4, null, 'line\none', '+49 30', 'plain', true, 'x'.repeat(40), '@home', 1, 2, 3, 4, 5, 6, 7, 8, 'Kubernetes, Python', '', '', '', 'match-1', 'w', 'ML-1', 'Role', 'Bench', '2025-06-01 10:00', 'a', 'b'];
    add('CSV writer alone', cells.length, await time(runs, async () => {
      const w = new CsvWriter(cells.map((_, i) => `c${i}`));
      for (let i = 0; i < n; i++) w.row(cells);
      return { content: w.toString(), rows: w.rows };
    }));
    return out;
  } finally {
    await core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function printExportTable(rows: ExportBenchRow[], runs = 5): string {
  const load = os.loadavg()[0]!.toFixed(1);
  const head = `Export benchmark (${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average ${load}; median of ${runs} through the gate: query + CSV + audit)`;
  const w = Math.max(...rows.map((r) => r.what.length));
  const n = (x: number, d = 1) => x.toFixed(d);
  const lines = rows.map(
    (r) =>
      `${r.what.padEnd(w)} ${r.rows.toLocaleString('en-US').padStart(8)} ${String(r.cols).padStart(5)} ${n(r.ms).padStart(9)} ${n(r.cpuMs).padStart(8)} ${n(r.firstMs).padStart(9)} ${n(r.firstCpuMs).padStart(9)} ${n(r.mb, 2).padStart(7)} ${Math.round(r.rows / (r.ms / 1000)).toLocaleString('en-US').padStart(10)}`,
  );
  return [head, `${'export'.padEnd(w)} ${'rows'.padStart(8)} ${'cols'.padStart(5)} ${'wall ms'.padStart(9)} ${'CPU ms'.padStart(8)} ${'first ms'.padStart(9)} ${'first CPU'.padStart(9)} ${'MB'.padStart(7)} ${'rows/s'.padStart(10)}`, ...lines].join('\n');
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const num = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? Number(argv[i + 1]) : undefined;
  };
  const runs = num('--runs') ?? 5;
  benchExport({ rows: num('--rows'), runs }).then((rows) => console.log(printExportTable(rows, runs)));
}
