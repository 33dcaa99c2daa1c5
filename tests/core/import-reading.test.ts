import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { tempCore } from '../helpers/tempCore';
import { all, counts, failure, FIXTURES, issueTuples, put, runFile, runText, storedRows, tableCounts, type TestCore } from '../helpers/importGate';
import { SKILL_ROWS } from '../helpers/skillRows';

// Issue #4, item 2: reading the bytes, through the gate (import.run on a registered file).

let core: TestCore;
afterEach(async () => core?.dispose());

const names = () => all<{ full_name: string }>(core, 'SELECT full_name FROM people ORDER BY id').map((r) => r.full_name);
const TABLE = [
  ['Name', 'Email', 'City'],
  ['José Müller', 'jose@example.com', 'Köln'],
  ['Zoë \u201cZ\u201d Ångström', 'zoe@example.com', 'Malmö'],
];
const text = (sep: string, eol = '\r\n') => TABLE.map((r) => r.join(sep)).join(eol) + eol;

describe('encodings', () => {
  const cases: { name: string; bytes: Buffer; encoding: string; delimiter: string }[] = [
    { name: 'utf8.csv', bytes: Buffer.from(text(',')), encoding: 'UTF-8', delimiter: 'comma' },
    { name: 'utf8-bom.csv', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text(','))]), encoding: 'UTF-8 with BOM', delimiter: 'comma' },
    // Excel's "Unicode text": UTF-16 LE with a BOM, tab-separated.
    { name: 'unicode.txt', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text('\t'), 'utf-16le')]), encoding: 'UTF-16 LE', delimiter: 'tab' },
    { name: 'unicode-be.txt', bytes: Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text('\t'), 'utf-16be')]), encoding: 'UTF-16 BE', delimiter: 'tab' },
    { name: 'windows.csv', bytes: iconv.encode(text(';'), 'windows-1252'), encoding: 'Windows-1252 (Latin-1)', delimiter: 'semicolon' },
  ];
  it.each(cases)('reads $name as $encoding', async ({ name, bytes, encoding, delimiter }) => {
    core = tempCore();
    const r = await runText(core, name, bytes, 'candidates');
    expect([r.encoding, r.delimiter]).toEqual([encoding, delimiter]);
    expect(counts(r)).toEqual({ rows: 2, created: 2, merged: 0, rejected: 0, warnings: 0 });
    expect(all(core, 'SELECT full_name, location FROM people ORDER BY id')).toEqual([
      { full_name: 'José Müller', location: 'Köln' },
      { full_name: 'Zoë \u201cZ\u201d Ångström', location: 'Malmö' },
    ]);
    expect(storedRows(core, r.batchId!).map((x) => x.cells)).toEqual(TABLE.slice(1));
  });

  it('reads ISO-8859-1 bytes far down an otherwise ASCII file', async () => {
    core = tempCore();
    const lines = ['name,email'];
    for (let i = 0; i < 30000; i++) lines.push(`Person ${i},p${i}@x.io`);
    lines.push('Zoë Ångström,zoe@x.io');
    const r = await runText(core, 'late.csv', iconv.encode(lines.join('\n') + '\n', 'latin1'), 'candidates');
    expect([r.encoding, r.rows, r.created]).toEqual(['Windows-1252 (Latin-1)', 30001, 30001]);
    expect(all(core, 'SELECT full_name FROM people WHERE id = 30001')).toEqual([{ full_name: 'Zoë Ångström' }]);
  });
});

describe('delimiters and line endings', () => {
  it.each([
    [',', 'comma'],
    [';', 'semicolon'],
    ['\t', 'tab'],
    ['|', 'pipe'],
  ])('sniffs %j as %s', async (sep, label) => {
    core = tempCore();
    const r = await runText(core, 'people.csv', `Name${sep}Email${sep}Skills\nAda Lovelace${sep}ada@x.io${sep}"Python, SQL"\nAlan Turing${sep}alan@x.io${sep}Go\n`, 'candidates');
    expect([r.delimiter, r.rows, r.created]).toEqual([label, 2, 2]);
    expect(all(core, `SELECT person_id, skill FROM ${SKILL_ROWS} ORDER BY person_id, skill`)).toEqual([
      { person_id: 1, skill: 'Python' },
      { person_id: 1, skill: 'SQL' },
      { person_id: 2, skill: 'Go' },
    ]);
  });

  it.each([
    ['CRLF', '\r\n'],
    ['CR only (old Mac)', '\r'],
    ['LF', '\n'],
  ])('reads %s line endings, counting blank lines in row numbers', async (_label, eol) => {
    core = tempCore();
    const r = await runText(core, 'eol.csv', ['Name,Email', 'Ada Lovelace,ada@x.io', '', 'Alan Turing,alan@x.io', '', ''].join(eol), 'candidates');
    expect(counts(r)).toEqual({ rows: 2, created: 2, merged: 0, rejected: 0, warnings: 0 });
    expect(storedRows(core, r.batchId!)).toEqual([
      { row: 1, outcome: 'created', cells: ['Ada Lovelace', 'ada@x.io'] },
      { row: 3, outcome: 'created', cells: ['Alan Turing', 'alan@x.io'] },
    ]);
  });

  it('reads mixed line endings, quoted line breaks and doubled quotes inside cells', async () => {
    core = tempCore();
    const csv = 'Name,Email,Notes\r\nAda Lovelace,ada@x.io,"First line\nsecond ""quoted"" line"\nAlan Turing,alan@x.io,"a, b and c"\r';
    const r = await runText(core, 'quotes.csv', csv, 'candidates');
    expect(counts(r)).toEqual({ rows: 2, created: 2, merged: 0, rejected: 0, warnings: 0 });
    expect(all(core, 'SELECT notes FROM people ORDER BY id')).toEqual([{ notes: 'First line\nsecond "quoted" line' }, { notes: 'a, b and c' }]);
  });
});

describe('shapes', () => {
  it('ignores trailing delimiters; keeps ragged rows with a warning', async () => {
    core = tempCore();
    const csv = 'Name,Email,City,\nAda Lovelace,ada@x.io,London,\nAlan Turing,alan@x.io\nGrace Hopper,grace@x.io,Arlington,Navy,\n';
    const r = await runText(core, 'ragged.csv', csv, 'candidates');
    expect(counts(r)).toEqual({ rows: 3, created: 3, merged: 0, rejected: 0, warnings: 2 });
    expect(r.issues.map((i) => [i.row, i.severity, i.message])).toEqual([
      [2, 'warning', 'This row has 2 cells where the header has 3; the missing ones were left empty.'],
      [3, 'warning', 'This row has 5 cells where the header has 3; the extra value was kept with the row.'],
    ]);
    expect(all(core, 'SELECT full_name, location, extra FROM people ORDER BY id')).toEqual([
      { full_name: 'Ada Lovelace', location: 'London', extra: '{}' },
      { full_name: 'Alan Turing', location: null, extra: '{}' },
      { full_name: 'Grace Hopper', location: 'Arlington', extra: '{"Column 4":"Navy"}' },
    ]);
    expect(storedRows(core, r.batchId!).map((x) => x.cells)).toEqual([
      ['Ada Lovelace', 'ada@x.io', 'London', ''],
      ['Alan Turing', 'alan@x.io'],
      ['Grace Hopper', 'grace@x.io', 'Arlington', 'Navy', ''],
    ]);
  });

  it('tells duplicate header names apart and reads both columns', async () => {
    core = tempCore();
    const r = await runText(core, 'dup.csv', 'Name,Email,Email\nAda Lovelace,ada@x.io,ada@home.net\n', 'candidates');
    expect(r.mapping).toEqual({ Name: 'fullName', Email: 'email', 'Email (2)': 'email' });
    expect(issueTuples(r)).toEqual([[0, '', '', 'info']]);
    expect(r.issues[0]!.message).toBe('Repeated column names were told apart: "Email (2)".');
    expect(all(core, 'SELECT email, person_id FROM person_emails ORDER BY email')).toEqual([
      { email: 'ada@home.net', person_id: 1 },
      { email: 'ada@x.io', person_id: 1 },
    ]);
  });

  it('skips a preamble before the header and says so', async () => {
    core = tempCore();
    const r = await runText(core, 'workday.csv', 'Exported from Workday on 2025-03-01,,\nConfidential,,\n,,\nName,Email,Title\nAda Lovelace,ada@x.io,Staff Engineer\n', 'candidates');
    expect(r.mapping).toEqual({ Name: 'fullName', Email: 'email', Title: 'title' });
    expect(r.issues.map((i) => i.message)).toEqual(['The first 3 lines before the column headings were skipped.']);
    expect(storedRows(core, r.batchId!)).toEqual([{ row: 1, outcome: 'created', cells: ['Ada Lovelace', 'ada@x.io', 'Staff Engineer'] }]);
  });

  it('removes NUL bytes and says how many', async () => {
    core = tempCore();
    const r = await runText(core, 'nul.csv', Buffer.from('Name,Email\nJa\0ne Doe,jane@x.io\0\n'), 'candidates');
    expect(r.issues.map((i) => [i.row, i.severity, i.message])).toEqual([[0, 'info', '2 NUL characters were removed from the file.']]);
    expect(names()).toEqual(['Jane Doe']);
    expect(all(core, 'SELECT email FROM person_emails')).toEqual([{ email: 'jane@x.io' }]);
  });
});

describe('files that are not spreadsheets are refused with one sentence, and nothing is written', () => {
  const noise = Buffer.alloc(4096);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919) % 256;
  it.each<[string, Buffer, string]>([
    ['empty.csv', Buffer.alloc(0), 'empty.csv is empty: there is nothing to import.'],
    ['blank.csv', Buffer.from('\r\n  \n\n'), 'blank.csv is empty: there is nothing to import.'],
    ['book.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), 'book.csv is an Excel workbook or another zipped file; save it from Excel as "CSV UTF-8" and import that.'],
    ['old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'old.xls is an old Excel (.xls) workbook; save it from Excel as "CSV UTF-8" and import that.'],
    ['cv.pdf', Buffer.from('%PDF-1.7\n%âãÏÓ\n'), 'cv.pdf is a PDF document, not a spreadsheet.'],
    ['noise.bin', noise, 'noise.bin is not a spreadsheet: it holds binary data rather than text rows.'],
    ['header-only.csv', Buffer.from('Name,Email\n\n'), 'header-only.csv has column headings but no rows under them.'],
  ])('%s', async (name, bytes, sentence) => {
    core = tempCore();
    const before = tableCounts(core);
    expect(await failure(core, put(core, name, bytes), 'candidates')).toEqual({ code: 'IMPORT_REFUSED', message: sentence });
    expect(tableCounts(core)).toEqual(before);
    const preview = await core.invoke('import.preview', { fileId: core.files.register(path.join(core.dir, name)).id, kind: 'candidates' });
    expect(preview.refusal).toBe(sentence);
  });
});

describe('csv-spectrum: every case stored exactly as its expected parse', () => {
  const dir = path.join(FIXTURES, 'csv/spectrum');
  const cases = fs.readdirSync(dir).filter((f) => f.endsWith('.csv'));
  it.each(cases)('%s', async (file) => {
    core = tempCore();
    const expected = JSON.parse(fs.readFileSync(path.join(dir, file.replace(/\.csv$/, '.json')), 'utf8')) as Record<string, string>[];
    const first = Object.keys(expected[0]!)[0]!;
    const r = await runFile(core, path.join(dir, file), 'candidates', { mapping: { [first]: 'fullName' } });
    expect(counts(r)).toEqual({ rows: expected.length, created: expected.length, merged: 0, rejected: 0, warnings: 0 });
    expect(storedRows(core, r.batchId!).map((x) => x.cells)).toEqual(expected.map((o) => Object.values(o)));
    expect(names()).toEqual(expected.map((o) => o[first]!.replace(/\s+/g, ' ').trim()));
  });
});
