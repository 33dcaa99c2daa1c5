// `npm run bench`: every benchmark, each printed as a table with the machine it ran on.
// `npm run bench -- --only import,match` runs some; `--million` adds the 1,000,000-row import
// (peak memory) and the 1,000,000-person load test (otherwise 200,000 people).
import os from 'node:os';
import { benchImport, printImportTable } from './import';
import { benchMatch, printMatchTable } from './match';
import { benchExport, printExportTable } from './export';
import { runLoadBench, printTable as printLoadTable } from './load';
import { benchUi, printUiTable } from './ui';

const argv = process.argv.slice(2);
const onlyIx = argv.indexOf('--only');
const only = onlyIx >= 0 ? new Set(argv[onlyIx + 1]!.split(',')) : null;
const million = argv.includes('--million') || process.env.BENCH_MILLION === '1';

const BENCHES: { name: string; title: string; run: () => Promise<string> }[] = [
  { name: 'import', title: 'Import: 100,000-row candidate CSV vs sqlite3 .import', run: async () => printImportTable(benchImport({ million })) },
  { name: 'match', title: 'Matching: 100,000 people × 200 open roles, top 50 each, vs FTS5 bm25', run: async () => printMatchTable(await benchMatch({})) },
  { name: 'export', title: 'Export: 10,000-row shortlist and grid exports', run: async () => printExportTable(await benchExport({ runs: 5 }), 5) },
  { name: 'load', title: `Under load: ${million ? '1,000,000' : '200,000'} people in the store`, run: async () => printLoadTable(await runLoadBench({ people: million ? 1_000_000 : 200_000 })) },
  { name: 'ui', title: 'Browser: grids at 100,000 people (time to first rows, to apply a filter)', run: async () => printUiTable(await benchUi({ runs: 3 }), 3) },
];

async function main(): Promise<void> {
  console.log(`Bridgehire benchmarks — ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString()}\n`);
  let failed = 0;
  for (const b of BENCHES) {
    if (only && !only.has(b.name)) continue;
    console.log(`## ${b.title}`);
    const t = Date.now();
    try {
      console.log(await b.run());
    } catch (e) {
      failed++;
      console.log(`FAILED: ${(e as Error).message}`);
    }
    console.log(`(${((Date.now() - t) / 1000).toFixed(1)} s)\n`);
  }
  process.exitCode = failed ? 1 : 0;
}

void main();
