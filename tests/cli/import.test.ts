import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { createCore } from '../../src/core';
import { tempDir } from '../helpers/tempCore';

// `import FILE --kind K [--mapping auto|NAME] [--dry-run]` and `undo-import BATCH_ID` (DESIGN.md).

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const FIX = path.join(__dirname, '../fixtures/import');

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let n = 0;
const freshDb = () => path.join(dir, `ws-${++n}.sqlite`);
const write = (name: string, text: string) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, text);
  return p;
};

describe('bridgehire import', () => {
  it('prints the batch, the counts and every issue as one JSON document', async () => {
    const db = freshDb();
    const r = await run(['import', path.join(FIX, 'candidates.csv'), '--kind', 'candidates', '--db', db, '--json']);
    expect([r.code, r.err]).toEqual([0, '']);
    expect(JSON.parse(r.out)).toEqual({
      batchId: 1,
      rows: 5,
      created: 4,
      merged: 1,
      rejected: 0,
      warnings: 3,
      issues: [
        { row: 0, column: '', value: '', severity: 'info', message: 'The first 2 lines before the column headings were skipped.' },
        { row: 2, column: 'Laid off date', value: '13/03/2025', severity: 'warning', message: '"13/03/2025" is not a valid date (there is no month 13) (dates in this column read as month/day/year); the available on (laid off / last day) was left empty (the value is kept with the row).' },
        { row: 3, column: 'E-mail Address', value: 'not-an-email', severity: 'warning', message: '"not-an-email" is not an email address; the email was left empty (the value is kept with the row).' },
        { row: 3, column: 'Open to relocation', value: 'maybe', severity: 'warning', message: '"maybe" is not yes or no; the open to relocation was left empty (the value is kept with the row).' },
        { row: 6, column: '', value: 'Jane Doe', severity: 'info', message: 'Possibly the same person as #1 (same name at Intel); not merged, listed for review.' },
      ],
    });
    const again = await run(['import', path.join(FIX, 'roles.csv'), '--kind', 'roles', '--db', db, '--json']);
    expect(JSON.parse(again.out)).toMatchObject({ batchId: 2, rows: 4, created: 3, merged: 0, rejected: 1, warnings: 0 });
  });

  it('says what it did in words without --json', async () => {
    const r = await run(['import', path.join(FIX, 'layoffs.csv'), '--kind', 'layoffs', '--db', freshDb()]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      ['Imported layoffs.csv (UTF-8, comma-separated) as import #1:', '  4 rows: 2 created, 1 merged, 1 rejected; 0 warnings.', '  row 3: This row has no company; it was not imported.'].join('\n'),
    );
  });

  it('a dry run prints the same counts with no batch and writes nothing', async () => {
    const db = freshDb();
    const r = await run(['import', path.join(FIX, 'alumni.csv'), '--kind', 'alumni', '--dry-run', '--db', db, '--json']);
    expect(JSON.parse(r.out)).toEqual({ batchId: null, rows: 6, created: 5, merged: 1, rejected: 0, warnings: 0, issues: [] });
    expect(JSON.parse((await run(['stats', '--db', db, '--json'])).out)).toMatchObject({ people: 0, alumni: 0, importBatches: 0 });
  });

  it('uses a saved mapping by name, or the automatic one', async () => {
    const db = freshDb();
    const core = createCore({ dbPath: db, log: () => {} });
    await core.invoke('import.presets.save', { name: 'Sheet', kind: 'candidates', mapping: { Who: 'fullName', Mail: 'email' } });
    await core.close();
    const file = write('sheet.csv', 'Who,Mail,Colour\nAda Lovelace,ada@x.io,teal\n');
    expect(JSON.parse((await run(['import', file, '--kind', 'candidates', '--mapping', 'Sheet', '--db', db, '--json'])).out)).toMatchObject({ batchId: 1, created: 1 });
    expect(await run(['import', file, '--kind', 'candidates', '--mapping', 'Other', '--db', db, '--json'])).toEqual({ code: 2, out: '', err: 'There is no saved candidates mapping called "Other".' });
    // The mapping used is remembered for these headers, so "auto" finds it again.
    expect(JSON.parse((await run(['import', file, '--kind', 'candidates', '--mapping', 'auto', '--db', db, '--json'])).out)).toMatchObject({ batchId: 2, created: 0, merged: 1 });
  });

  it('refuses a file that cannot be imported with exit code 2 and one sentence on stderr', async () => {
    const db = freshDb();
    const png = path.join(dir, 'photo.csv');
    fs.writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(await run(['import', png, '--kind', 'candidates', '--db', db, '--json'])).toEqual({ code: 2, out: '', err: 'photo.csv is a PNG image, not a spreadsheet.' });
    expect(await run(['import', write('noid.csv', 'Title,Company\nEngineer,Intel\n'), '--kind', 'candidates', '--db', db, '--json'])).toEqual({
      code: 2,
      out: '',
      err: 'noid.csv has no column that identifies a person (a name, email, LinkedIn URL or employee ID); the columns found were "Title", "Company".',
    });
    expect(await run(['import', path.join(dir, 'missing.csv'), '--kind', 'candidates', '--db', db])).toMatchObject({ code: 2, err: `${path.join(dir, 'missing.csv')} could not be opened: check the path.` });
    expect(await run(['import', png, '--kind', 'people', '--db', db])).toMatchObject({ code: 2, err: '--kind must be one of candidates, alumni, roles, layoffs.' });
    expect(await run(['import', '--kind', 'candidates', '--db', db])).toMatchObject({ code: 2, err: 'Name one file to import, e.g. "import people.csv --kind candidates".' });
    expect(JSON.parse((await run(['stats', '--db', db, '--json'])).out)).toMatchObject({ people: 0, importBatches: 0 });
  });
});

describe('bridgehire undo-import', () => {
  it('takes an import back, and refuses a second time with exit code 2', async () => {
    const db = freshDb();
    await run(['import', path.join(FIX, 'candidates.csv'), '--kind', 'candidates', '--db', db]);
    const r = await run(['undo-import', '1', '--db', db, '--json']);
    expect([r.code, JSON.parse(r.out)]).toEqual([0, { batchId: 1, removed: 4, restored: 0 }]);
    expect(JSON.parse((await run(['stats', '--db', db, '--json'])).out)).toMatchObject({ people: 0, importBatches: 1 });
    expect(await run(['undo-import', '1', '--db', db])).toEqual({ code: 2, out: '', err: 'Import #1 (candidates.csv) was already undone.' });
    expect(await run(['undo-import', '7', '--db', db])).toEqual({ code: 2, out: '', err: 'There is no import #7.' });
    expect(await run(['undo-import', 'last', '--db', db])).toMatchObject({ code: 2, err: 'Name the import to undo by its number, e.g. "undo-import 3".' });
    expect((await run(['import', path.join(FIX, 'roles.csv'), '--kind', 'roles', '--db', db])).code).toBe(0);
    expect(await run(['undo-import', '2', '--db', db])).toEqual({ code: 0, out: 'Import #2 undone: 3 records removed, 0 values restored.', err: '' });
  });
});
