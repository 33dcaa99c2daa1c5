import { describe, expect, it } from 'vitest';
import { CsvWriter, field, safeText, toCsv } from '../../src/core/export/csv';
import { safeFileName } from '../../src/core/export/fileName';
import { cellFor } from '../../src/core/export/values';

const bytes = (s: string) => [...Buffer.from(s, 'utf8')];

describe('CSV cells', () => {
  it('neutralises every cell a spreadsheet would run as a formula', () => {
    expect(safeText('=HYPERLINK("http://evil.example","x")')).toBe('\'=HYPERLINK("http://evil.example","x")');
    expect(safeText('+cmd|calc')).toBe("'+cmd|calc");
    expect(safeText('-2+3')).toBe("'-2+3");
    expect(safeText('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
    expect(safeText('\t=1')).toBe("'\t=1");
    expect(safeText('\r=1')).toBe("'\r=1");
    expect(safeText('Ana = Anna')).toBe('Ana = Anna');
    expect(safeText('')).toBe('');
  });

  it('keeps real numbers as numbers, quotes only what RFC 4180 needs', () => {
    expect(field(-3.5)).toBe('-3.5');
    expect(field(0)).toBe('0');
    expect(field(NaN)).toBe('');
    expect(field(null)).toBe('');
    expect(field(true)).toBe('yes');
    expect(field('-3.5')).toBe("'-3.5");
    expect(field('a,b')).toBe('"a,b"');
    expect(field('say "hi"')).toBe('"say ""hi"""');
    expect(field('two\nlines')).toBe('"two\nlines"');
    expect(field('=1,2')).toBe('"\'=1,2"');
    expect(field('plain text')).toBe('plain text');
  });
});

describe('a small CSV file, byte for byte', () => {
  it('starts with the UTF-8 BOM, ends every line with CRLF, keeps accents and newlines inside cells', () => {
    const csv = toCsv(
      ['Name', 'Note', 'Score'],
      [
        ['Zoë Ångström', 'line one\nline two', -3.5],
        ['=HYPERLINK("http://x","y")', 'a,b', 82.4],
        ['Chen', '', null],
      ],
    );
    expect(csv).toBe(
      '\uFEFFName,Note,Score\r\n' +
        'Zoë Ångström,"line one\nline two",-3.5\r\n' +
        '"\'=HYPERLINK(""http://x"",""y"")","a,b",82.4\r\n' +
        'Chen,,\r\n',
    );
    const b = bytes(csv);
    expect(b.slice(0, 3)).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes('ë')).toEqual([0xc3, 0xab]);
    expect(b.slice(3, 19)).toEqual(bytes('Name,Note,Score\r'));
    expect(b[19]).toBe(0x0a);
    expect(b.slice(-2)).toEqual([0x0d, 0x0a]);
  });

  it('counts rows without the header', () => {
    const w = new CsvWriter(['A']);
    w.row(['x']);
    w.row(['y']);
    expect(w.rows).toBe(2);
    expect(w.toString()).toBe('\uFEFFA\r\nx\r\ny\r\n');
  });
});

describe('file names', () => {
  it('are safe for every file system and for the save dialog', () => {
    expect(safeFileName('ML: "Q3" shortlist / boomerangs', 'csv', '2025-06-01')).toBe('ML - Q3 shortlist - boomerangs 2025-06-01.csv');
    expect(safeFileName('   ', 'csv', '2025-06-01')).toBe('Bridgehire export 2025-06-01.csv');
    expect(safeFileName('a'.repeat(400), 'pdf', '2025-06-01')).toHaveLength(150 + 15);
    expect(/^[^/\\:*?"<>|]+$/.test(safeFileName('x\u0000y|z', 'csv', '2025-06-01'))).toBe(true);
  });
});

describe('grid values in a file', () => {
  it('read as the grid shows them: labels, dates Excel knows, lists, numbers as numbers', () => {
    expect(cellFor('track', 'mlops')).toBe('MLOps');
    expect(cellFor('level', 'staff')).toBe('Staff');
    expect(cellFor('stage', 'screening')).toBe('Screening');
    expect(cellFor('status', 'on_hold')).toBe('On hold');
    expect(cellFor('eligibility', 'not_alumni')).toBe('Not an alumnus');
    expect(cellFor('sources', ['alumni', 'layoff_list'])).toBe('Alumnus, Laid-off list');
    expect(cellFor('skills', ['Go', 'Kubernetes'])).toBe('Go, Kubernetes');
    expect(cellFor('updatedAt', '2025-06-01T09:30:12.345Z')).toBe('2025-06-01 09:30');
    expect(cellFor('availableOn', '2025-03-14')).toBe('2025-03-14');
    expect(cellFor('yearsExp', -3.5)).toBe(-3.5);
    expect(cellFor('bestRole', { roleId: 1, reqId: 'ML-1', title: 'MLOps Engineer', score: 82.44 })).toBe('ML-1 — MLOps Engineer (82.4)');
    expect(cellFor('layoff', { company: 'Intel', date: '2025-08-01', laidOff: 15000 })).toBe('Intel — cut 15,000, 2025-08-01');
    expect(cellFor('points', { mustHave: 40.44, depth: 3 })).toBe('Must-haves 40.4 · Depth 3');
    expect(cellFor('name', null)).toBe(null);
  });
});
