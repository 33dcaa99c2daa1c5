import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baselineRank, bridgehireRank, buildWorkspace, metricsFor, type Workspace } from '../eval/run';
import { judgements, PEOPLE, ROLES, validate } from '../eval/dataset';

let ws: Workspace;
beforeAll(async () => {
  ws = await buildWorkspace();
}, 60_000);
afterAll(async () => ws?.dispose());

describe('ranking quality on the hand-labelled set', () => {
  it('holds at least 12 roles across the tracks, 150 people and a judgement with a reason for every pair', () => {
    validate();
    expect(ROLES.length).toBeGreaterThanOrEqual(12);
    expect(PEOPLE.length).toBeGreaterThanOrEqual(150);
    expect(new Set(ROLES.map((r) => r.track))).toEqual(new Set(['ai_ml', 'mlops', 'platform', 'sre', 'cloud_infra', 'fullstack', 'data']));
    const j = judgements();
    expect([...j.values()].reduce((n, m) => n + [...m.values()].filter((x) => x.reason.length > 0).length, 0)).toBe(ROLES.length * PEOPLE.length);
  });

  it('beats one FTS5 bm25 query per role on precision@5, precision@10 and nDCG@10', () => {
    const bh = metricsFor(bridgehireRank(ws, 50)).mean;
    const bm = metricsFor(baselineRank(ws, 50)).mean;
    expect(bh.p5).toBeGreaterThan(bm.p5);
    expect(bh.p10).toBeGreaterThan(bm.p10);
    expect(bh.ndcg10).toBeGreaterThan(bm.ndcg10);
  });
});
