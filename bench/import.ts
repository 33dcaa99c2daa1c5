// Import benchmark (issue #4, item 9): a 100,000-row, 15-column candidate CSV imported into a fresh
// workspace (read, validated, deduplicated, committed), against the `sqlite3` CLI's `.import --csv`
// of the same file into a database file in WAL mode, in the same run; with --million or
// BENCH_MILLION=1 also a 1,000,000-row file, streamed, for peak memory (target: under 500 MB).
// Run: npx tsx bench/import.ts [--million]   (the default run takes about a minute)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prepThreadHelps } from '../src/core/import/prep/thread';

const FIRST = ['Ada', 'Grace', 'Linus', 'Margaret', 'Alan', 'Barbara', 'Ken', 'Radia', 'Dennis', 'Frances', 'Jean', 'Guido', 'Anita', 'Bjarne', 'Hedy', 'José', 'Zoë', 'Priya', 'Wei', 'Olga'];
const LAST = ['Lovelace', 'Hopper', 'Torvalds', 'Hamilton', 'Turing', 'Liskov', 'Thompson', 'Perlman', 'Ritchie', 'Allen', 'Bartik', 'van Rossum', 'Borg', 'Stroustrup', 'Lamarr', 'García', 'Müller', 'Patel', 'Zhang', 'Ivanova'];
const TITLES = ['Senior ML Engineer', 'Staff Platform Engineer', 'Site Reliability Engineer', 'MLOps Engineer', 'Senior Software Engineer, Infrastructure', 'Full-stack Engineer', 'Principal Data Scientist', 'DevOps Engineer', 'Cloud Architect', 'Engineering Manager, AI'];
const COMPANIES = ['Intel', 'Meta', 'Amazon', 'Microsoft', 'Salesforce', 'Google', 'Cisco', 'IBM', 'Dell', 'Oracle', 'PayPal', 'Spotify'];
const SKILLS = ['Python', 'PyTorch', 'TensorFlow', 'Kubernetes', 'k8s', 'Terraform', 'Go', 'Golang', 'AWS', 'GCP', 'Docker', 'LangChain', 'MLflow', 'Kubeflow', 'Ray', 'SQL', 'Spark', 'React', 'TypeScript', 'Ansible', 'Prometheus', 'Grafana'];
const CITIES = ['Austin, TX', 'Seattle, WA', 'San Francisco, CA', 'New York, NY', 'London', 'Berlin', 'Toronto', 'Remote'];

export const HEADER = 'first_name,last_name,email,phone,linkedin_url,title,company,location,country,skills,years_experience,layoff_date,open_to_remote,open_to_relocation,notes';

/**
 * Deterministic rows (mulberry32), so runs compare. (Until 2026-11 this was an LCG whose product
 * overflowed doubles and whose low bits were taken: names repeated so often that 99% of rows
 * were flagged as possible duplicates instead of the intended 2%.)
 */
export function writeCandidateCsv(file: string, rows: number): number {
  let seed = 42;
  const rnd = (n: number) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
  const fd = fs.openSync(file, 'w');
  let buf = HEADER + '\n';
  for (let i = 0; i < rows; i++) {
    // A middle initial and double-barrelled surnames: about 2% of rows share a name and company.
    const f = `${FIRST[rnd(FIRST.length)]!} ${String.fromCharCode(65 + rnd(26))}.`;
    const l1 = LAST[rnd(LAST.length)]!;
    const l = rnd(20) ? `${l1}-${LAST[rnd(LAST.length)]!}` : l1;
    const slug = `${f}-${l}-${i}`.toLowerCase().replace(/[^a-z0-9-]/g, '');
    const skills = Array.from({ length: 4 + rnd(5) }, () => SKILLS[rnd(SKILLS.length)]).join(', ');
    const month = 1 + rnd(12);
    const day = 1 + rnd(28);
    const notes = `Laid off in the ${COMPANIES[rnd(COMPANIES.length)]} reduction; shipped ${SKILLS[rnd(SKILLS.length)]} services to production for ${2 + rnd(8)} years, led a team of ${1 + rnd(9)} and on-call rotations. Open to hybrid roles.`;
    buf += `${f},${l},${slug}@example.com,+1 512 555 ${String(1000 + rnd(9000))},https://www.linkedin.com/in/${slug},"${TITLES[rnd(TITLES.length)]}",${COMPANIES[rnd(COMPANIES.length)]},"${CITIES[rnd(CITIES.length)]}",US,"${skills}",${1 + rnd(25)},${month}/${day}/2025,${rnd(2) ? 'Yes' : 'No'},${rnd(2) ? 'Y' : 'N'},"${notes}"\n`;
    if (buf.length > 1 << 20) {
      fs.writeSync(fd, buf);
      buf = '';
    }
  }
  fs.writeSync(fd, buf);
  fs.closeSync(fd);
  return fs.statSync(file).size;
}

/** The floor: the sqlite3 CLI reading the same CSV into a table of a database file in WAL mode, as ours is. */
export function timeSqliteImport(file: string, dbPath: string): { seconds: number; cpuSeconds: number | null } | null {
  removeDb(dbPath);
  const ticks = childTicks();
  const t = process.hrtime.bigint();
  const r = spawnSync('sqlite3', [dbPath, 'PRAGMA journal_mode=WAL;', `.import --csv ${file} t`, 'SELECT count(*) FROM t;'], { encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  const after = childTicks();
  removeDb(dbPath);
  if (r.status !== 0 || r.error) return null;
  return { seconds, cpuSeconds: ticks !== null && after !== null ? (after - ticks) / 100 : null };
}

/** CPU clock ticks (1/100 s) of the child processes this one has waited for (Linux only). */
function childTicks(): number | null {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(f[13]) + Number(f[14]); // cutime + cstime
  } catch {
    return null;
  }
}

function removeDb(dbPath: string): void {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(dbPath + suffix, { force: true });
}

export interface ChildResult {
  seconds: number;
  /** CPU time of the import (user + system), which a busy machine inflates less than wall time. */
  cpuSeconds: number;
  rows: number;
  created: number;
  merged: number;
  rejected: number;
  peakRssMb: number;
  /** Closing the connection afterwards: the checkpoint the import leaves for after its answer. */
  checkpointSeconds: number;
}

/** The worker entry the web and desktop shells give jobs, so the import reads on its prep thread as there. */
const WORKER_SCRIPT = path.join(__dirname, '..', 'src', 'core', 'jobs', 'worker-from-source.cjs');

/** Imports a file into a fresh workspace; run in its own process so peak RSS is the import's own. */
export async function importOnce(file: string, dbPath: string): Promise<ChildResult> {
  const { openDatabase } = await import('../src/core/db/open');
  const { runImport } = await import('../src/core/import/job');
  const db = openDatabase({ dbPath });
  const t = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const r = runImport(db, { filePath: file, fileName: path.basename(file), kind: 'candidates' }, { progress: () => {}, cancelled: () => false, now: () => new Date(), workerScript: WORKER_SCRIPT });
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  const used = process.cpuUsage(cpu);
  const closing = process.hrtime.bigint();
  db.close();
  const checkpointSeconds = Number(process.hrtime.bigint() - closing) / 1e9;
  return { seconds, cpuSeconds: (used.user + used.system) / 1e6, rows: r.rows, created: r.created, merged: r.merged, rejected: r.rejected, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), checkpointSeconds };
}

/** SQLite alone writing what the import stored (bench/importFloor.ts), in its own process. */
function floorInChild(srcPath: string, dbPath: string): number {
  const r = spawnSync(process.execPath, [...process.execArgv, __filename, '--floor', srcPath, dbPath], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0) throw new Error(`floor child failed: ${r.stderr || line}`);
  removeDb(dbPath);
  return Number(line);
}

function importInChild(file: string, dbPath: string): ChildResult {
  const r = spawnSync(process.execPath, [...process.execArgv, __filename, '--child', file, dbPath], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0) throw new Error(`import child failed: ${r.stderr || line}`);
  return JSON.parse(line) as ChildResult;
}

export interface BenchRow {
  rows: number;
  mb: number;
  runs: number;
  /** Medians of the runs. */
  sqliteSeconds: number | null;
  sqliteCpuSeconds: number | null;
  bridgehireSeconds: number;
  bridgehireCpuSeconds: number;
  ratio: number | null;
  peakRssMb: number;
  /** Median seconds of the checkpoint after the answer (not in bridgehireSeconds; sqlite3's own is in its time). */
  checkpointSeconds: number;
  /** Median seconds SQLite alone takes to write the same rows (no JavaScript reading them), and its ratio to sqlite3. */
  floorSeconds: number | null;
  floorRatio: number | null;
  /** 1-minute load average before the runs (2 cores: above 2, the runs waited for CPU). */
  load: number;
}

const wantsMillion = () => process.argv.includes('--million') || process.env.BENCH_MILLION === '1';

/** Runs the benchmark (synchronously, each import in its own process) and returns one row per file size. */
export function benchImport(opts: { million?: boolean; rows?: number; runs?: number } = {}): BenchRow[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bridgehire-bench-'));
  const sizes = [opts.rows ?? 100_000, ...((opts.million ?? wantsMillion()) ? [1_000_000] : [])];
  const out: BenchRow[] = [];
  try {
    for (const n of sizes) {
      const file = path.join(dir, `candidates-${n}.csv`);
      const bytes = writeCandidateCsv(file, n);
      const runs = n >= 1_000_000 ? 1 : (opts.runs ?? 3);
      const load = Math.round(os.loadavg()[0]! * 100) / 100;
      const sq: { seconds: number; cpuSeconds: number | null }[] = [];
      const bh: ChildResult[] = [];
      const floor: number[] = [];
      for (let i = 0; i < runs; i++) {
        const s = timeSqliteImport(file, path.join(dir, `sqlite3-${n}-${i}.db`));
        if (s !== null) sq.push(s);
        const db = path.join(dir, `ws-${n}-${i}.sqlite`);
        bh.push(importInChild(file, db));
        // The floor only for the 100,000-row file: it holds the whole store in memory.
        if (n <= 200_000) floor.push(floorInChild(db, path.join(dir, `floor-${n}-${i}.sqlite`)));
        removeDb(db);
      }
      const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      const b = med(bh.map((x) => x.seconds));
      const s = sq.length ? med(sq.map((x) => x.seconds)) : null;
      if (bh[0]!.rows !== n || bh[0]!.created !== n) throw new Error(`expected ${n} people created, got ${JSON.stringify(bh[0])}`);
      out.push({
        rows: n,
        mb: Math.round(bytes / 1e5) / 10,
        runs,
        sqliteSeconds: s,
        sqliteCpuSeconds: sq.length && sq.every((x) => x.cpuSeconds !== null) ? med(sq.map((x) => x.cpuSeconds!)) : null,
        bridgehireSeconds: b,
        bridgehireCpuSeconds: med(bh.map((x) => x.cpuSeconds)),
        ratio: s ? Math.round((b / s) * 100) / 100 : null,
        peakRssMb: Math.max(...bh.map((x) => x.peakRssMb)),
        checkpointSeconds: med(bh.map((x) => x.checkpointSeconds)),
        floorSeconds: floor.length ? med(floor) : null,
        floorRatio: floor.length && s ? Math.round((med(floor) / s) * 100) / 100 : null,
        load,
      });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

export function printImportTable(rows: BenchRow[]): string {
  const f = (v: number | null, w: number) => (v === null ? 'n/a' : v.toFixed(2)).padEnd(w);
  const lines = [
    `Import benchmark (${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}); target: ≤ 3× sqlite3 .import (aim 2×), 1M rows under 500 MB peak RSS`,
    'rows       MB     runs  load   sqlite3 s (cpu)   bridgehire s (cpu)   ratio  peak RSS MB  checkpoint after s  SQLite floor s (ratio)',
    ...rows.map(
      (r) =>
        `${String(r.rows).padEnd(10)} ${String(r.mb).padEnd(6)} ${String(r.runs).padEnd(5)} ${r.load.toFixed(2).padEnd(6)} ${f(r.sqliteSeconds, 5)} (${f(r.sqliteCpuSeconds, 5).trim()})      ${f(r.bridgehireSeconds, 6)} (${r.bridgehireCpuSeconds.toFixed(2)})        ${f(r.ratio, 6)} ${String(r.peakRssMb).padEnd(12)} ${r.checkpointSeconds.toFixed(2).padEnd(19)} ${r.floorSeconds === null ? 'n/a' : `${r.floorSeconds.toFixed(2)} (${f(r.floorRatio, 0).trim()}×)`}`,
    ),
    'Seconds are medians of wall time, from the start of reading to the commit (sqlite3: the whole CLI run, its closing checkpoint included).',
    'SQLite floor: SQLite alone writing the rows the import stored (people, emails, raw rows, indexes rebuilt), as the importer writes them, with no JavaScript reading the file (bench/importFloor.ts).',
    `Bridgehire gets a worker entry as in the shells; its prep thread is ${prepThreadHelps() ? 'on' : 'off'} here (it needs 3+ cores; BRIDGEHIRE_PREP_THREAD=1 or 0 decides). It checkpoints after answering (the last column; not in its time).`,
  ];
  return lines.join('\n');
}

if (require.main === module) {
  if (process.argv[2] === '--child') {
    importOnce(process.argv[3]!, process.argv[4]!).then((r) => console.log(JSON.stringify(r)));
  } else if (process.argv[2] === '--floor') {
    import('./importFloor').then(({ floorOnce }) => console.log(floorOnce(process.argv[3]!, process.argv[4]!)));
  } else {
    console.log(printImportTable(benchImport()));
  }
}
