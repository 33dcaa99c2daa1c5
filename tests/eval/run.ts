import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../../src/core';
import { taxonomyFor } from '../../src/core/skills/taxonomy';
import { refresh } from '../../src/core/match/run';
import { AS_OF, PEOPLE, ROLES, judgements, type EvalPerson } from './dataset';
import { bm25Rank, buildFts } from './bm25';
import { addPersonSkills, type PackedSkill } from '../../src/core/repos/personSkills';

// Runs both systems on the evaluation set, in a fresh workspace, the way the product would:
// people written as the importer writes them (skills from the skills cell and from the summary),
// roles saved through the API, scores computed by the engine's own refresh.

export interface Workspace {
  core: Core;
  keyOf: Map<number, string>;
  dispose: () => Promise<void>;
}

function sourcesOf(p: EvalPerson): string[] {
  return [...(p.alumni ? ['alumni'] : []), p.availableOn ? 'layoff_list' : 'ats'];
}

export async function buildWorkspace(): Promise<Workspace> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bridgehire-eval-'));
  const core = createCore({ dbPath: path.join(dir, 'eval.sqlite'), shell: 'test', log: () => {}, now: () => new Date(`${AS_OF}T12:00:00Z`) });
  const db = core.db;
  const taxonomy = taxonomyFor(db);
  const keyOf = new Map<number, string>();
  const ins = db.prepare(`INSERT INTO people (full_name, title, track, level, years_exp, location, country, remote_pref, relocate, available_on, summary, sources)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const emp = db.prepare('INSERT INTO employments (person_id, title, hire_date, exit_date, exit_type, last_performance, regrettable, rehire, rehire_source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (const p of PEOPLE) {
      const id = Number(
        ins.run(p.name, p.title, p.track, p.level, p.years, p.location, p.country, p.remote ?? null, p.relocate == null ? null : p.relocate ? 1 : 0, p.availableOn ?? null, p.summary, JSON.stringify(sourcesOf(p))).lastInsertRowid,
      );
      keyOf.set(id, p.key);
      // The first reading of a skill wins, as in the importer.
      const skills: PackedSkill[] = p.skills.map((s) => {
        const name = taxonomy.canonical(s);
        return [name ?? s, name ? 1 : 0, s, 'skills_cell', null];
      });
      for (const hit of taxonomy.readText(p.summary).skills) skills.push([hit.name, 1, hit.raw, 'text', null]);
      addPersonSkills(db, id, skills);
      if (p.alumni) {
        const a = p.alumni;
        emp.run(id, p.title, a.hire, a.exit, a.exitType, a.perf ?? null, a.regrettable == null ? null : a.regrettable ? 1 : 0, a.rehire, 'explicit');
      }
    }
  })();
  for (const r of ROLES) {
    await core.invoke('roles.save', { reqId: r.reqId, title: r.title, track: r.track, level: r.level, location: r.location, remotePolicy: r.remotePolicy, must: r.must, nice: r.nice, description: r.description });
  }
  return { core, keyOf, dispose: async () => { await core.close(); fs.rmSync(dir, { recursive: true, force: true }); } };
}

/** Bridgehire's top `k` person keys per role. */
export function bridgehireRank(ws: Workspace, k: number): Map<string, string[]> {
  refresh(ws.core.db, null, { today: AS_OF, force: true, top: k, nearMisses: 0 });
  const out = new Map<string, string[]>();
  const rows = ws.core.db.prepare('SELECT r.req_id, m.person_id FROM match_results m JOIN roles r ON r.id = m.role_id ORDER BY r.req_id, m.rank').all() as { req_id: string; person_id: number }[];
  for (const row of rows) (out.get(row.req_id) ?? out.set(row.req_id, []).get(row.req_id)!).push(ws.keyOf.get(row.person_id)!);
  return out;
}

/** The baseline's top `k` person keys per role: one FTS5 bm25() query per role. */
export function baselineRank(ws: Workspace, k: number): Map<string, string[]> {
  buildFts(ws.core.db);
  const out = new Map<string, string[]>();
  for (const r of ROLES) out.set(r.reqId, bm25Rank(ws.core.db, [...r.must, ...r.nice], k).map((id) => ws.keyOf.get(id)!));
  return out;
}

export interface Metrics {
  p5: number;
  p10: number;
  ndcg10: number;
}

/** A result counts as relevant for precision at grade 2 or above (good or better). */
export const RELEVANT = 2;

export function metricsFor(ranked: Map<string, string[]>): { mean: Metrics; byRole: Map<string, Metrics> } {
  const judged = judgements();
  const byRole = new Map<string, Metrics>();
  for (const r of ROLES) {
    const grades = judged.get(r.reqId)!;
    const list = ranked.get(r.reqId) ?? [];
    const g = (i: number) => (list[i] ? grades.get(list[i]!)!.grade : 0);
    const prec = (k: number) => Array.from({ length: k }, (_, i) => g(i)).filter((x) => x >= RELEVANT).length / k;
    const dcg = (gs: number[]) => gs.slice(0, 10).reduce((s, x, i) => s + (2 ** x - 1) / Math.log2(i + 2), 0);
    const ideal = dcg([...grades.values()].map((j) => j.grade).sort((a, b) => b - a));
    byRole.set(r.reqId, { p5: prec(5), p10: prec(10), ndcg10: ideal ? dcg(Array.from({ length: 10 }, (_, i) => g(i))) / ideal : 0 });
  }
  const all = [...byRole.values()];
  const mean = (f: (m: Metrics) => number) => all.reduce((s, m) => s + f(m), 0) / all.length;
  return { mean: { p5: mean((m) => m.p5), p10: mean((m) => m.p10), ndcg10: mean((m) => m.ndcg10) }, byRole };
}
