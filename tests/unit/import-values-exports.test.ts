import { describe, expect, it } from 'vitest';
import { readDate } from '../../src/core/import/values/dates';
import { readExitType } from '../../src/core/import/values/rehire';
import { readBool, readInt, readNumber } from '../../src/core/import/values/scalars';
import { readName } from '../../src/core/import/values/text';
import { readStatus } from '../../src/core/import/write/roles';

// Values as real exports write them (payroll names, WARN date spans, trackers' rough counts, ATS
// job statuses): each read the way the person who wrote it meant it.

const val = <T>(r: { ok: true; value: T } | { ok: false; reason: string }) => (r.ok ? r.value : `!${r.reason}`);

describe('values from real exports', () => {
  it('a payroll name in capitals is written as a name, its suffix last', () => {
    expect(readName('SMITH, ROBERT A JR')).toBe('Robert A Smith Jr');
    expect(readName("O'NEILL-GARCÍA, MARCUS")).toBe("Marcus O'Neill-García");
    expect(readName('HENRY FORD III')).toBe('Henry Ford III');
    // Not shouting: one word, or any small letter.
    expect(readName('IBM')).toBe('IBM');
    expect(readName('Ada McDonald-SMITH')).toBe('Ada McDonald-SMITH');
  });

  it('dates with dots are day first, a span is read as its start, a quarter as its first day', () => {
    expect(val(readDate('30.09.2024', 'mdy'))).toBe('2024-09-30');
    expect(val(readDate('03.04.2024', 'mdy'))).toBe('2024-04-03');
    expect(val(readDate('December 20, 2024 - January 3, 2025', 'mdy'))).toBe('2024-12-20');
    expect(val(readDate('12/20/2024 to 1/3/2025', 'mdy'))).toBe('2024-12-20');
    expect(val(readDate('Q4 2024', 'mdy'))).toBe('2024-10-01');
    expect(val(readDate('2025 Q1', 'mdy'))).toBe('2025-01-01');
    // A span whose end is not a date is no span.
    expect(val(readDate('12/20/2024 - soon', 'mdy'))).toBe('!is not a date Bridgehire can read');
    expect(val(readDate('02/30/2025', 'mdy'))).toBe('!is not a valid date (February 2025 has no day 30)');
  });

  it("a tracker's rough count is the count", () => {
    expect(val(readInt('~1000'))).toBe(1000);
    expect(val(readInt('1,000+'))).toBe(1000);
    expect(val(readInt('approx. 1,200'))).toBe(1200);
    expect(val(readNumber('10+ years'))).toBe(10);
    expect(val(readNumber('a lot'))).toBe('!is not a number');
    // "Fewer than 5" is no count of 5.
    expect(val(readInt('<5'))).toBe('!is not a number');
  });

  it('a phone keeps its number, not the label an ATS writes before it', async () => {
    const { readPhone } = await import('../../src/core/import/values/text');
    expect(['Cell: (415) 555-0134', 'Mobile - +44 20 7946 0958', 'Tel. 030 1234567', '+1 512 555 0100'].map((v) => val(readPhone(v)))).toEqual(['(415) 555-0134', '+44 20 7946 0958', '030 1234567', '+1 512 555 0100']);
  });

  it('HiBob regret answers are yes and no', () => {
    expect(['Regretted', 'Non-regretted', 'Not regretted', 'Non regrettable'].map((v) => val(readBool(v)))).toEqual([true, false, false, false]);
  });

  it('a budget cut or a closed office is a layoff', () => {
    expect(['Budget cuts', 'Cost reduction', 'Office closure', 'Reorganization'].map(readExitType)).toEqual(['layoff', 'layoff', 'layoff', 'layoff']);
  });

  it('the job statuses of SmartRecruiters, Lever and iCIMS', () => {
    expect(['INTERVIEW', 'OFFER', 'SOURCING', 'internal', 'Open - Posted', 'CREATED', 'Pending Approval', 'FILLED', 'CANCELLED'].map(readStatus)).toEqual(['open', 'open', 'open', 'open', 'open', 'on_hold', 'on_hold', 'filled', 'closed']);
  });
});

describe("Excel's shortened numbers", () => {
  it('are refused where the digits matter; an ID that merely has an E in it is not one', async () => {
    const { refuseShortened } = await import('../../src/core/import/values/excel');
    const id = refuseShortened((raw: string) => ({ ok: true as const, value: raw.trim() }));
    expect(val(id('1.23457E+11'))).toMatch(/^!is a number Excel shortened/);
    expect(val(id('1E0452'))).toBe('1E0452');
    expect(val(id('004417'))).toBe('004417');
  });
});
