// Matching benchmark (issue #5, item 7): 100,000 people × 200 open roles, the top 50 per role kept
// with full explanations, against the obvious alternative measured in the same run on the same
// data — one SQLite FTS5 bm25() query per role over people's skills and text, top 50 each — and
// an incremental re-score after 1,000 new people. Each system runs in its own process, so peak
// memory is its own. Run: npx tsx bench/match.ts [--people N] [--roles N] [--runs N]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const TODAY = '2026-11-25';

export interface MatchChild {
  /** Bridgehire: reading everyone into the compact store. Baseline: building the FTS5 index. */
  prepare: number;
  /** Bridgehire: ranking every role and explaining the kept rows. Baseline: the 200 queries. */
  score: number;
  /** Bridgehire only: writing match_results and state. */
  write: number;
  /** Bridgehire only: each former employee's best open role (match_best), worked out and written. */
  best: number;
  pairs: number;
  kept: number;
  peakRssMb: number;
  heapMb: number;
  storeMb?: number;
  mismatches?: number;
  threads?: number;
}

function rssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** Bridgehire in this process: a full run (cold), then a forced full run again (warm). */
async function bridgehireChild(dbPath: string, top: number): Promise<MatchChild[]> {
  const { openDatabase } = await import('../src/core/db/open');
  const { refresh, fullStore } = await import('../src/core/match/run');
  const { storeBytes } = await import('../src/core/match/compact');
  const { graphFor } = await import('../src/core/match/graphSource');
  const db = openDatabase({ dbPath });
  const out: MatchChild[] = [];
  for (let i = 0; i < 2; i++) {
    const r = refresh(db, null, { today: TODAY, force: true, top, nearMisses: 0 });
    const people = (db.prepare('SELECT count(*) AS n FROM people').get() as { n: number }).n;
    const store = fullStore(db, graphFor(db), TODAY);
    out.push({
      prepare: r.timings.load,
      score: r.timings.rank + r.timings.explain,
      write: r.timings.write,
      best: r.timings.best,
      pairs: r.roles * people,
      kept: r.explained,
      peakRssMb: rssMb(),
      heapMb: Math.round(process.memoryUsage().heapUsed / 1e6),
      storeMb: Math.round(storeBytes(store) / 1e5) / 10,
      mismatches: r.mismatches,
      threads: r.threads,
    });
  }
  db.close();
  return out;
}

/** The baseline in this process: build the FTS5 index, then one bm25() query per role (twice). */
async function baselineChild(dbPath: string, top: number): Promise<MatchChild[]> {
  const { openDatabase } = await import('../src/core/db/open');
  const { buildFts, bm25Rank } = await import('../tests/eval/bm25');
  const db = openDatabase({ dbPath });
  const roles = db.prepare(`SELECT r.id, group_concat(s.skill, char(31)) AS skills FROM roles r JOIN role_skills s ON s.role_id = r.id WHERE r.status = 'open' GROUP BY r.id ORDER BY r.id`).all() as { id: number; skills: string }[];
  const people = (db.prepare('SELECT count(*) AS n FROM people').get() as { n: number }).n;
  let t = performance.now();
  buildFts(db);
  const prepare = (performance.now() - t) / 1000;
  const out: MatchChild[] = [];
  for (let i = 0; i < 2; i++) {
    t = performance.now();
    let kept = 0;
    for (const r of roles) kept += bm25Rank(db, r.skills.split('\u001f'), top).length;
    out.push({ prepare: i === 0 ? prepare : 0, score: (performance.now() - t) / 1000, write: 0, best: 0, pairs: roles.length * people, kept, peakRssMb: rssMb(), heapMb: Math.round(process.memoryUsage().heapUsed / 1e6) });
  }
  db.exec('DROP TABLE people_fts');
  db.close();
  return out;
}

/** Adds people, then brings scores up to date incrementally (after a full run in the same process). */
async function incrementalChild(dbPath: string, add: number, firstId: number, top: number): Promise<{ full: number; incremental: number; mode: string; people: number; mismatches: number }> {
  const { openDatabase } = await import('../src/core/db/open');
  const { refresh } = await import('../src/core/match/run');
  const { generate } = await import('./matchData');
  const db = openDatabase({ dbPath });
  const full = refresh(db, null, { today: TODAY, force: true, top, nearMisses: 0 });
  generate(db, { people: add, roles: 0, seed: 7, today: TODAY, firstId });
  const inc = refresh(db, null, { today: TODAY, top, nearMisses: 0 });
  db.close();
  return { full: full.seconds, incremental: inc.seconds, mode: inc.mode, people: inc.people, mismatches: inc.mismatches };
}

function child<T>(args: string[]): T {
  const r = spawnSync(process.execPath, [...process.execArgv, __filename, '--child', ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0) throw new Error(`benchmark child failed: ${r.stderr || line}`);
  return JSON.parse(line) as T;
}

export interface MatchBench {
  /** One-minute load average when the run started (other work on the machine slows both systems). */
  load: number;
  people: number;
  roles: number;
  top: number;
  runs: number;
  bridgehire: MatchChild;
  baseline: MatchChild;
  bridgehireCold: MatchChild;
  baselineCold: MatchChild;
  /** Baseline queries ÷ Bridgehire scoring (warm, medians). */
  ratio: number;
  /** (FTS build + queries) ÷ (store load + scoring), cold. */
  ratioEndToEnd: number;
  incremental: { added: number; seconds: number; fullSeconds: number; share: number; mode: string };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function med(rows: MatchChild[]): MatchChild {
  const pick = (k: keyof MatchChild) => median(rows.map((r) => Number(r[k] ?? 0)));
  return { ...rows[0]!, prepare: pick('prepare'), score: pick('score'), write: pick('write'), best: pick('best'), peakRssMb: Math.max(...rows.map((r) => r.peakRssMb)), heapMb: Math.max(...rows.map((r) => r.heapMb)) };
}

export async function benchMatch(opts: { people?: number; roles?: number; top?: number; runs?: number; add?: number } = {}): Promise<MatchBench> {
  const people = opts.people ?? 100_000;
  const roles = opts.roles ?? 200;
  const top = opts.top ?? 50;
  const runs = opts.runs ?? 3;
  const add = opts.add ?? 1000;
  const load = os.loadavg()[0] ?? 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bridgehire-match-bench-'));
  const dbPath = path.join(dir, 'bench.sqlite');
  try {
    const { openDatabase } = await import('../src/core/db/open');
    const { generate } = await import('./matchData');
    const db = openDatabase({ dbPath });
    generate(db, { people, roles, seed: 42, today: TODAY });
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const bh: MatchChild[][] = [];
    const bm: MatchChild[][] = [];
    // Interleaved, so both systems see the same machine.
    for (let i = 0; i < runs; i++) {
      bh.push(child<MatchChild[]>(['bridgehire', dbPath, String(top)]));
      bm.push(child<MatchChild[]>(['baseline', dbPath, String(top)]));
    }
    const inc = child<{ full: number; incremental: number; mode: string; people: number; mismatches: number }>(['incremental', dbPath, String(add), String(people + 1), String(top)]);
    if (bh.some((r) => r.some((x) => x.mismatches))) throw new Error('an explanation disagreed with the ranking');
    if (inc.mode !== 'incremental') throw new Error(`expected an incremental re-score, got ${inc.mode}`);
    const warmBh = med(bh.map((r) => r[1]!));
    const warmBm = med(bm.map((r) => r[1]!));
    const coldBh = med(bh.map((r) => r[0]!));
    const coldBm = med(bm.map((r) => r[0]!));
    return {
      load,
      people,
      roles,
      top,
      runs,
      bridgehire: warmBh,
      baseline: warmBm,
      bridgehireCold: coldBh,
      baselineCold: coldBm,
      ratio: warmBm.score / warmBh.score,
      ratioEndToEnd: (coldBm.prepare + coldBm.score) / (coldBh.prepare + coldBh.score),
      incremental: { added: add, seconds: inc.incremental, fullSeconds: inc.full, share: inc.incremental / inc.full, mode: inc.mode },
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function printMatchTable(b: MatchBench): string {
  const s = (x: number) => x.toFixed(3).padStart(8);
  const line = (name: string, m: MatchChild, prep: string) =>
    `${name.padEnd(26)} ${s(m.prepare)} ${prep.padEnd(18)} ${s(m.score)} ${String(m.kept).padStart(7)} ${String(m.peakRssMb).padStart(8)} ${String(m.heapMb).padStart(6)}`;
  return [
    `Matching benchmark: ${b.people.toLocaleString('en-US')} people × ${b.roles} open roles = ${(b.people * b.roles).toLocaleString('en-US')} pairs, top ${b.top} per role (${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load average ${b.load.toFixed(1)} at start, Node ${process.version}, median of ${b.runs})`,
    `${'system'.padEnd(26)} ${'prep s'.padStart(8)} ${'(what)'.padEnd(18)} ${'score s'.padStart(8)} ${'kept'.padStart(7)} ${'peak RSS'.padStart(8)} ${'heap'.padStart(6)}`,
    line('Bridgehire, warm', b.bridgehire, 'store in memory'),
    line('Bridgehire, cold', b.bridgehireCold, 'load compact store'),
    line('FTS5 bm25, warm', b.baseline, 'index built'),
    line('FTS5 bm25, cold', b.baselineCold, 'build FTS5 index'),
    `Bridgehire scores every pair with 8 explained parts, keeps the top ${b.top} per role with full explanations, ranks and each person's best role;`,
    `the baseline returns ${b.top} row ids per role from a text match. Not counted above: Bridgehire also worked out every former`,
    `employee's best open role in ${b.bridgehire.best.toFixed(3)} s and wrote its results in ${b.bridgehire.write.toFixed(3)} s.`,
    `Speed-up, scoring (warm): ${b.ratio.toFixed(1)}×   end to end from SQLite (cold: load + score vs FTS build + queries): ${b.ratioEndToEnd.toFixed(1)}×`,
    `Bridgehire ranked on ${b.bridgehire.threads ?? 1} thread(s) (BRIDGEHIRE_MATCH_THREADS=1 for one); compact store: ${b.bridgehire.storeMb} MB of typed arrays.`,
    `Incremental re-score after ${b.incremental.added.toLocaleString('en-US')} new people: ${b.incremental.seconds.toFixed(3)} s vs a full run's ${b.incremental.fullSeconds.toFixed(3)} s (${(b.incremental.share * 100).toFixed(1)}%).`,
  ].join('\n');
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') {
    const [kind, dbPath, ...rest] = argv.slice(1);
    const run =
      kind === 'bridgehire' ? bridgehireChild(dbPath!, Number(rest[0])) : kind === 'baseline' ? baselineChild(dbPath!, Number(rest[0])) : incrementalChild(dbPath!, Number(rest[0]), Number(rest[1]), Number(rest[2]));
    run.then((r) => console.log(JSON.stringify(r)));
  } else {
    const num = (flag: string) => {
      const i = argv.indexOf(flag);
      return i >= 0 ? Number(argv[i + 1]) : undefined;
    };
    benchMatch({ people: num('--people'), roles: num('--roles'), runs: num('--runs') }).then((b) => console.log(printMatchTable(b)));
  }
}
