import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { DemoResult } from '../../shared/api/contract/app';
import { ApiError } from '../../shared/api/errors';
import { runImport } from '../import/job';
import { registerJob } from '../jobs/registry';
import { throwIfCancelled, type JobIO } from '../jobs/types';
import { refresh } from '../match/run';
import { readStats } from '../repos/stats';
import { generateDemo, type DemoFile } from './generate';

// The 'demo' job: generates the demo company's spreadsheets and imports them through the
// importer's own code path (so they pass its validation and show up as five batches in the
// Imports view), then scores every open role. One transaction: a cancel leaves the store empty.

export interface DemoJobInput {
  seed: number;
  /** YYYY-MM-DD. */
  today: string;
  /** 1 for the full demo; tests use less. */
  scale?: number;
}

export interface DemoRun extends DemoResult {
  /** Seconds spent generating, importing and scoring. */
  timings: { generate: number; import: number; score: number };
}

const LABEL: Record<DemoFile['kind'], string> = { layoffs: 'layoff events', roles: 'open roles', alumni: 'alumni', candidates: 'candidates' };

/** Progress of one import, reported as part of the whole demo's rows. */
function importIO(io: JobIO, file: DemoFile, before: number, total: number): JobIO {
  return {
    cancelled: io.cancelled,
    now: io.now,
    progress: (_phase, done) => io.progress(`Importing ${LABEL[file.kind]}`, before + Math.min(done, file.rows), total),
  };
}

export function runDemo(db: Database.Database, input: DemoJobInput, io: JobIO): DemoRun {
  const stats = readStats(db);
  if (stats.people > 0 || stats.roles > 0) throw new ApiError('CONFLICT', 'The demo workspace can only be loaded into an empty workspace.');
  const since = (from: number) => Math.round((performance.now() - from) / 100) / 10;
  let t = performance.now();
  io.progress('Writing the demo spreadsheets', 0, null);
  const demo = generateDemo({ seed: input.seed, today: input.today, scale: input.scale });
  const timings = { generate: since(t), import: 0, score: 0 };
  throwIfCancelled(io);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bridgehire-demo-'));
  try {
    for (const f of demo.files) fs.writeFileSync(path.join(dir, f.name), f.text, 'utf8');
    const total = demo.files.reduce((n, f) => n + f.rows, 0);
    const batches: number[] = [];
    db.transaction(() => {
      t = performance.now();
      let done = 0;
      for (const f of demo.files) {
        throwIfCancelled(io);
        const r = runImport(db, { filePath: path.join(dir, f.name), fileName: f.name, kind: f.kind, source: f.source }, importIO(io, f, done, total));
        if (r.batchId === null) throw new Error(`the demo import of ${f.name} wrote nothing`);
        batches.push(r.batchId);
        done += f.rows;
      }
      timings.import = since(t);
      t = performance.now();
      refresh(db, { ...io, progress: (_p, d, n) => io.progress('Scoring candidates against open roles', d, n) }, { today: input.today, force: true });
      timings.score = since(t);
    })();
    const s = readStats(db);
    return { people: s.people, alumni: s.alumni, roles: s.roles, layoffEvents: s.layoffEvents, batches, timings };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

registerJob('demo', runDemo);
