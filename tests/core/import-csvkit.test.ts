import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempCore } from '../helpers/tempCore';
import { counts, failure, FIXTURES, runFile, storedRows, tableCounts, type TestCore } from '../helpers/importGate';

// csvkit's example files (tests/fixtures/csv/csvkit) through the gate: the first column is mapped
// to the name (they have no real headers), every row is stored as read, counts are exact.

let core: TestCore;
afterEach(async () => core?.dispose());

const K = (f: string) => path.join(FIXTURES, 'csv/csvkit', f);

interface Case {
  file: string;
  encoding: string;
  delimiter: string;
  counts: { rows: number; created: number; merged: number; rejected: number; warnings: number };
  cells: string[][];
  outcomes: string[];
  notes?: string[];
}

const ok = (n: number) => ({ rows: n, created: n, merged: 0, rejected: 0, warnings: 0 });
const CASES: Case[] = [
  {
    file: 'bad.csv',
    encoding: 'UTF-8',
    delimiter: 'comma',
    counts: { rows: 3, created: 2, merged: 0, rejected: 1, warnings: 2 },
    cells: [['1', '27', '', "I'm too long!"], ['', "I'm too short!"], ['0', 'mixed types.... uh oh', '17']],
    outcomes: ['created', 'rejected', 'created'],
  },
  { file: 'blanks.csv', encoding: 'UTF-8', delimiter: 'comma', counts: { rows: 1, created: 0, merged: 0, rejected: 1, warnings: 0 }, cells: [['', 'NA', 'N/A', 'NONE', 'NULL', '.']], outcomes: ['rejected'] },
  { file: 'date_like_number.csv', encoding: 'UTF-8', delimiter: 'comma', counts: ok(1), cells: [['4.5']], outcomes: ['created'] },
  { file: 'dummy.tsv', encoding: 'UTF-8', delimiter: 'tab', counts: ok(1), cells: [['1', '2', '3']], outcomes: ['created'] },
  { file: 'mac_newlines.csv', encoding: 'UTF-8', delimiter: 'comma', counts: ok(2), cells: [['1', '2', '3'], ['Once upon\ra time', '5', '6']], outcomes: ['created', 'created'] },
  {
    file: 'null_byte.csv',
    encoding: 'UTF-8',
    delimiter: 'comma',
    counts: { rows: 1, created: 0, merged: 0, rejected: 1, warnings: 0 },
    cells: [['', '2', '3']],
    outcomes: ['rejected'],
    notes: ['1 NUL character was removed from the file.'],
  },
  { file: 'test_header_newline.csv', encoding: 'UTF-8', delimiter: 'comma', counts: ok(1), cells: [['d', 'e', 'f']], outcomes: ['created'] },
  { file: 'test_latin1.csv', encoding: 'Windows-1252 (Latin-1)', delimiter: 'comma', counts: ok(2), cells: [['1', '2', '3'], ['4', '5', '©']], outcomes: ['created', 'created'] },
  { file: 'test_locale.csv', encoding: 'UTF-8', delimiter: 'comma', counts: ok(1), cells: [['1,7', '200.000.000', '']], outcomes: ['created'] },
  { file: 'test_no_leading_zeroes.csv', encoding: 'UTF-8', delimiter: 'comma', counts: ok(1), cells: [['01', '00.11', '0.1']], outcomes: ['created'] },
  { file: 'test_skip_lines.csv', encoding: 'UTF-8', delimiter: 'comma', counts: ok(1), cells: [['1', '2', '3']], outcomes: ['created'] },
  { file: 'test_utf16_big.csv', encoding: 'UTF-16 BE', delimiter: 'comma', counts: ok(2), cells: [['1', '2', '3'], ['4', '5', 'ʤ']], outcomes: ['created', 'created'] },
  { file: 'test_utf16_little.csv', encoding: 'UTF-16 LE', delimiter: 'comma', counts: ok(2), cells: [['1', '2', '3'], ['4', '5', 'ʤ']], outcomes: ['created', 'created'] },
  { file: 'test_utf8.csv', encoding: 'UTF-8', delimiter: 'comma', counts: ok(2), cells: [['1', '2', '3'], ['4', '5', 'ʤ']], outcomes: ['created', 'created'] },
  { file: 'test_utf8_bom.csv', encoding: 'UTF-8 with BOM', delimiter: 'comma', counts: ok(2), cells: [['1', '2', '3'], ['4', '5', 'ʤ']], outcomes: ['created', 'created'] },
];

describe('csvkit examples', () => {
  it.each(CASES)('$file', async (c) => {
    core = tempCore();
    const preview = await core.invoke('import.preview', { fileId: core.files.register(K(c.file)).id, kind: 'candidates' });
    const r = await runFile(core, K(c.file), 'candidates', { mapping: { [preview.headers[0]!]: 'fullName' } });
    expect([r.encoding, r.delimiter]).toEqual([c.encoding, c.delimiter]);
    expect(counts(r)).toEqual(c.counts);
    expect(r.created + r.merged + r.rejected).toBe(r.rows);
    const stored = storedRows(core, r.batchId!);
    expect(stored.map((x) => x.cells)).toEqual(c.cells);
    expect(stored.map((x) => x.outcome)).toEqual(c.outcomes);
    expect(r.issues.filter((i) => i.row === 0).map((i) => i.message)).toEqual(c.notes ?? []);
  });

  it('reads the header of test_header_newline.csv (a cell of whitespace and line breaks) as "start end"', async () => {
    core = tempCore();
    const preview = await core.invoke('import.preview', { fileId: core.files.register(K('test_header_newline.csv')).id, kind: 'candidates' });
    expect(preview.headers).toEqual(['start end', 'b', 'c']);
  });

  it.each(['test_empty_columns_long_row.csv', 'test_empty_columns_short_row.csv'])('refuses %s (a header over empty rows) and writes nothing', async (file) => {
    core = tempCore();
    const before = tableCounts(core);
    expect(await failure(core, K(file), 'candidates', { mapping: { a: 'fullName' } })).toEqual({ code: 'IMPORT_REFUSED', message: `${file} has column headings but no rows under them.` });
    expect(tableCounts(core)).toEqual(before);
  });

  it('gives a short or long row a warning naming the row, and keeps it', async () => {
    core = tempCore();
    const r = await runFile(core, K('bad.csv'), 'candidates', { mapping: { column_a: 'fullName' } });
    expect(r.issues.map((i) => [i.row, i.severity, i.message])).toEqual([
      [1, 'warning', 'This row has 4 cells where the header has 3; the extra value was kept with the row.'],
      [2, 'warning', 'This row has 2 cells where the header has 3; the missing ones were left empty.'],
      [2, 'error', 'This row has no name, email, LinkedIn URL or employee ID, so it cannot be tied to a person; it was not imported.'],
    ]);
    expect(core.db.prepare('SELECT full_name, extra FROM people ORDER BY id').all()).toEqual([
      { full_name: '1', extra: '{"column_b":"27","Column 4":"I\'m too long!"}' },
      { full_name: '0', extra: '{"column_b":"mixed types.... uh oh","column_c":"17"}' },
    ]);
  });
});
