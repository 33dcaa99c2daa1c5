import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { openTable, streamRows } from '../../src/core/import/read/table';
import { tempDir } from '../helpers/tempCore';

const FIX = path.join(__dirname, '../fixtures/csv');
const dir = tempDir('bridgehire-read-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
}

/** Header and every row (cells as read) of a file, as the importer streams it. */
function read(file: string, kind: 'candidates' | 'layoffs' = 'layoffs') {
  const info = openTable(file, path.basename(file), kind);
  const s = streamRows(info);
  const rows: string[][] = [];
  const rowNos: number[] = [];
  for (const b of s.batches) for (const r of b) {
    rows.push(r.cells);
    rowNos.push(r.rowNo);
  }
  return { info, headers: info.headers, rows, rowNos, nul: s.nulCount() };
}

function refusal(file: string): string {
  try {
    openTable(file, path.basename(file), 'candidates');
  } catch (e) {
    return (e as Error).message;
  }
  return 'not refused';
}

describe('csv-spectrum', () => {
  const names = fs.readdirSync(path.join(FIX, 'spectrum')).filter((f) => f.endsWith('.csv'));
  it.each(names)('%s reads as its expected JSON', (name) => {
    const { headers, rows } = read(path.join(FIX, 'spectrum', name));
    const want = JSON.parse(fs.readFileSync(path.join(FIX, 'spectrum', name.replace('.csv', '.json')), 'utf8')) as Record<string, string>[];
    expect(rows.map((r) => Object.fromEntries(headers.map((h, i) => [h, r[i] ?? ''])))).toEqual(want);
  });
  it('has all eleven cases', () => expect(names.length).toBe(11));
});

describe('csvkit examples', () => {
  const k = (f: string) => path.join(FIX, 'csvkit', f);
  it('keeps ragged rows as they are', () => {
    const r = read(k('bad.csv'));
    expect(r.headers).toEqual(['column_a', 'column_b', 'column_c']);
    expect(r.rows).toEqual([['1', '27', '', "I'm too long!"], ['', "I'm too short!"], ['0', 'mixed types.... uh oh', '17']]);
  });
  it('reads CR-only line endings with a quoted line break', () => {
    expect(read(k('mac_newlines.csv')).rows).toEqual([['1', '2', '3'], ['Once upon\ra time', '5', '6']]);
  });
  it('removes NUL bytes and counts them', () => {
    const r = read(k('null_byte.csv'));
    expect(r.rows).toEqual([['', '2', '3']]);
    expect(r.nul).toBe(1);
  });
  it('skips blank lines before the header', () => {
    const r = read(k('test_skip_lines.csv'));
    expect([r.headers, r.rows, r.info.skip, r.info.notes]).toEqual([['a', 'b', 'c'], [['1', '2', '3']], 3, []]);
  });
  it('reads UTF-16 BE, UTF-16 LE, UTF-8 with and without BOM, and Latin-1', () => {
    expect(read(k('test_utf16_big.csv')).rows).toEqual([['1', '2', '3'], ['4', '5', 'ʤ']]);
    expect(read(k('test_utf16_big.csv')).info.encoding.label).toBe('UTF-16 BE');
    expect(read(k('test_utf16_little.csv')).rows).toEqual([['1', '2', '3'], ['4', '5', 'ʤ']]);
    expect(read(k('test_utf16_little.csv')).info.encoding.label).toBe('UTF-16 LE');
    expect(read(k('test_utf8.csv')).rows).toEqual([['1', '2', '3'], ['4', '5', 'ʤ']]);
    const bom = read(k('test_utf8_bom.csv'));
    expect([bom.headers, bom.rows, bom.info.encoding.label]).toEqual([['foo', 'bar', 'baz'], [['1', '2', '3'], ['4', '5', 'ʤ']], 'UTF-8 with BOM']);
    const l1 = read(k('test_latin1.csv'));
    expect(l1.rows).toEqual([['1', '2', '3'], ['4', '5', '©']]);
  });
  it('reads tabs, locale numbers as text, a header cell full of whitespace', () => {
    expect(read(k('dummy.tsv')).rows).toEqual([['1', '2', '3']]);
    expect(read(k('test_locale.csv')).rows).toEqual([['1,7', '200.000.000', '']]);
    expect(read(k('test_no_leading_zeroes.csv')).rows).toEqual([['01', '00.11', '0.1']]);
    const h = read(k('test_header_newline.csv'));
    expect([h.headers, h.rows]).toEqual([['start end', 'b', 'c'], [['d', 'e', 'f']]]);
    expect(read(k('blanks.csv')).rows).toEqual([['', 'NA', 'N/A', 'NONE', 'NULL', '.']]);
    expect(read(k('date_like_number.csv')).rows).toEqual([['4.5']]);
  });
  it('refuses a header with only empty rows under it', () => {
    expect(refusal(k('test_empty_columns_long_row.csv'))).toBe('test_empty_columns_long_row.csv has column headings but no rows under them.');
    expect(refusal(k('test_empty_columns_short_row.csv'))).toBe('test_empty_columns_short_row.csv has column headings but no rows under them.');
  });
});

describe('bytes and shapes', () => {
  it('refuses empty and binary files with one sentence', () => {
    expect(refusal(write('empty.csv', ''))).toBe('empty.csv is empty: there is nothing to import.');
    expect(refusal(write('blank.csv', '\n\r\n  \n'))).toBe('blank.csv is empty: there is nothing to import.');
    expect(refusal(write('bom-only.csv', Buffer.from([0xef, 0xbb, 0xbf])))).toBe('bom-only.csv is empty: there is nothing to import.');
    expect(refusal(write('book.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])))).toBe('book.csv is an Excel workbook or another zipped file; save it from Excel as "CSV UTF-8" and import that.');
    expect(refusal(write('photo.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])))).toBe('photo.csv is a PNG image, not a spreadsheet.');
    const noise = Buffer.alloc(4096);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919) % 256;
    expect(refusal(write('noise.txt', noise))).toBe('noise.txt is not a spreadsheet: it holds binary data rather than text rows.');
  });

  it('reads Windows-1252 with smart quotes and accents (chardet decides)', () => {
    const text = 'Name;City;Note\r\nJosé Müller;Köln;\u201cgreat\u201d hire\r\nFrançoise Dupré;Besançon;déjà vu\r\n';
    const r = read(write('w1252.txt', iconv.encode(text, 'windows-1252')), 'candidates');
    expect(r.info.encoding.label).toBe('Windows-1252 (Latin-1)');
    expect(r.info.delimiter).toBe(';');
    expect(r.rows).toEqual([['José Müller', 'Köln', '\u201cgreat\u201d hire'], ['Françoise Dupré', 'Besançon', 'déjà vu']]);
  });

  it('finds a Latin-1 byte far into an otherwise ASCII file', () => {
    const lines = ['name,city'];
    for (let i = 0; i < 40000; i++) lines.push(`Person ${i},Austin`);
    lines.push('Zoë Ångström,Malmö');
    const r = read(write('late.csv', iconv.encode(lines.join('\n') + '\n', 'latin1')), 'candidates');
    expect(r.info.encoding.name).toBe('windows-1252');
    expect(r.rows.length).toBe(40001);
    expect(r.rows[40000]).toEqual(['Zoë Ångström', 'Malmö']);
  });

  it('reads Excel "Unicode text" (UTF-16 LE with BOM, tab-separated)', () => {
    const text = 'Full Name\tEmail\r\nŁukasz Żółć\tlukasz@example.pl\r\n';
    const r = read(write('unicode.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')])), 'candidates');
    expect([r.info.encoding.label, r.info.delimiter, r.headers, r.rows]).toEqual(['UTF-16 LE', '\t', ['Full Name', 'Email'], [['Łukasz Żółć', 'lukasz@example.pl']]]);
  });

  it('sniffs semicolon, pipe and tab', () => {
    expect(read(write('semi.csv', 'a;b;c\n1;2,5;3\n')).rows).toEqual([['1', '2,5', '3']]);
    expect(read(write('pipe.txt', 'a|b|c\n1|2|3\n')).rows).toEqual([['1', '2', '3']]);
    expect(read(write('tabs.txt', 'a\tb, c\td\n1\t2, 3\t4\n')).rows).toEqual([['1', '2, 3', '4']]);
  });

  it('skips a preamble, blank lines, trailing delimiters; names duplicate and empty headers', () => {
    const text = 'Alumni export\nGenerated by Workday on 2025-03-01,,,\n\nName,Email,Email,,\nAda,a@x.io,ada@y.io,,\n\n\nBob,b@x.io,,,\n';
    const r = read(write('pre.csv', text), 'candidates');
    expect(r.headers).toEqual(['Name', 'Email', 'Email (2)']);
    expect(r.rows).toEqual([['Ada', 'a@x.io', 'ada@y.io', '', ''], ['Bob', 'b@x.io', '', '', '']]);
    expect(r.rowNos).toEqual([1, 4]);
    expect(r.info.notes).toEqual(['The first 3 lines before the column headings were skipped.', 'Repeated column names were told apart: "Email (2)".']);
  });

  it('keeps a quoted line break that straddles two read chunks', () => {
    const lines = ['name,note'];
    let size = 10;
    let i = 0;
    while (size < 1024 * 1024 - 20) {
      const l = `Person ${i++},${'x'.repeat(50)}`;
      lines.push(l);
      size += l.length + 1;
    }
    lines.push('Straddle,"line one\nline two\nline three ' + 'y'.repeat(100) + '"');
    lines.push('Last,done');
    const r = read(write('big.csv', lines.join('\n') + '\n'), 'candidates');
    expect(r.rows.length).toBe(i + 2);
    expect(r.rows[i]![1]).toBe('line one\nline two\nline three ' + 'y'.repeat(100));
    expect(r.rows[i + 1]).toEqual(['Last', 'done']);
    expect(r.info.exact).toBe(false);
  });
});
