// npm run eval: precision@5, precision@10 and nDCG@10 for Bridgehire and the FTS5 bm25 baseline
// on the hand-labelled set (tests/eval/dataset.ts), overall and per role.
import { baselineRank, bridgehireRank, buildWorkspace, metricsFor, RELEVANT, type Metrics } from './run';
import { judgements, PEOPLE, ROLES, validate } from './dataset';

/** The judges' own order: what a perfect ranker would score (precision is capped where few are relevant). */
function ideal(): Map<string, string[]> {
  const j = judgements();
  return new Map(ROLES.map((r) => [r.reqId, [...j.get(r.reqId)!.entries()].sort((a, b) => b[1].grade - a[1].grade || a[0].localeCompare(b[0])).map(([k]) => k)]));
}

const f = (x: number) => x.toFixed(3);
const row = (name: string, m: Metrics) => `${name.padEnd(22)} ${f(m.p5).padStart(6)} ${f(m.p10).padStart(6)} ${f(m.ndcg10).padStart(8)}`;

async function main() {
  validate();
  const ws = await buildWorkspace();
  try {
    const bh = metricsFor(bridgehireRank(ws, 50));
    const bm = metricsFor(baselineRank(ws, 50));
    console.log(`Evaluation set: ${ROLES.length} roles, ${PEOPLE.length} people, ${ROLES.length * PEOPLE.length} graded pairs (relevant = grade ≥ ${RELEVANT}).\n`);
    console.log(`${'system'.padEnd(22)} ${'P@5'.padStart(6)} ${'P@10'.padStart(6)} ${'nDCG@10'.padStart(8)}`);
    console.log(row('Bridgehire', bh.mean));
    console.log(row('FTS5 bm25 baseline', bm.mean));
    console.log(row('(best possible)', metricsFor(ideal()).mean));
    console.log('\nper role (Bridgehire | baseline):');
    for (const r of ROLES) console.log(`  ${row(r.reqId, bh.byRole.get(r.reqId)!).trimEnd()}   | ${row('', bm.byRole.get(r.reqId)!).trim()}`);
    const wins = (['p5', 'p10', 'ndcg10'] as const).every((k) => bh.mean[k] > bm.mean[k]);
    console.log(`\nBridgehire beats the baseline on every metric: ${wins ? 'yes' : 'NO'}`);
    if (!wins) process.exitCode = 1;
  } finally {
    await ws.dispose();
  }
}

void main();
