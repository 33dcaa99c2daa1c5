import crypto from 'node:crypto';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { generateDemo, type DemoData, type DemoFile } from '../../src/core/demo/generate';
import { regionOfName } from '../../src/core/demo/generate/data/regions';
import { autoMap } from '../../src/core/import/mapping/auto';

const TODAY = '2026-11-25';
const demo = generateDemo({ seed: 42, today: TODAY });
const sha = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

const tables = new WeakMap<DemoFile, Record<string, string>[]>();
function table(f: DemoFile): Record<string, string>[] {
  let t = tables.get(f);
  if (!t) {
    const [head, ...rows] = Papa.parse<string[]>(f.text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    t = rows.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i] ?? ''])));
    tables.set(f, t);
  }
  return t;
}
const file = (d: DemoData, kind: DemoFile['kind'], source?: DemoFile['source']) => d.files.find((f) => f.kind === kind && f.source === source)!;

describe('demo generator', () => {
  it('gives byte-identical files for the same seed and day, and different ones for another seed', () => {
    const again = generateDemo({ seed: 42, today: TODAY });
    expect(again.files.map((f) => [f.name, sha(f.text)])).toEqual(demo.files.map((f) => [f.name, sha(f.text)]));
    const other = generateDemo({ seed: 7, today: TODAY, scale: 0.1 });
    expect(sha(file(other, 'roles').text)).not.toBe(sha(file(demo, 'roles').text));
  });

  it('writes five files in import order: layoffs, roles, alumni, laid-off list, ATS export', () => {
    expect(demo.files.map((f) => [f.kind, f.source ?? null])).toEqual([
      ['layoffs', null], ['roles', null], ['alumni', null], ['candidates', 'layoff_list'], ['candidates', 'ats'],
    ]);
    for (const f of demo.files) expect(table(f)).toHaveLength(f.rows);
  });

  it('has about 5,000 alumni, 20,000 external candidates, 60 roles and 150 layoff events', () => {
    const p = demo.plan;
    expect(p.alumni).toBeGreaterThanOrEqual(4750);
    expect(p.alumni).toBeLessThanOrEqual(5250);
    const external = p.listRows - p.alumniOnList + p.atsRows - p.alumniInAts - p.listInAts;
    expect(external).toBeGreaterThanOrEqual(19000);
    expect(external).toBeLessThanOrEqual(21000);
    expect(p.roles).toBe(60);
    expect(p.layoffEvents).toBeGreaterThanOrEqual(140);
    expect(p.layoffEvents).toBeLessThanOrEqual(180);
    expect(p.alumniOnList).toBeGreaterThan(100);
    expect(p.alumniInAts).toBeGreaterThan(50);
    expect(p.listInAts).toBeGreaterThan(100);
  });

  it('maps every file automatically to the fields it was written for', () => {
    const mapped = (f: DemoFile) => Object.fromEntries(autoMap(table(f).length ? Object.keys(table(f)[0]!) : [], f.kind).map((c) => [c.header, c.target]));
    expect(mapped(file(demo, 'alumni'))).toMatchObject({
      employee_id: 'employeeId', full_name: 'fullName', work_email: 'workEmail', personal_email: 'personalEmail', job_title: 'title', job_level: 'level',
      department: 'team', manager_name: 'manager', location: 'location', company: 'company', hire_date: 'hireDate', termination_date: 'exitDate',
      termination_type: 'exitType', termination_reason: 'exitReason', regrettable: 'regrettable', eligible_for_rehire: 'rehire',
      performance_score: 'lastPerformance', layoff_wave: 'layoffWave', skills: 'skills',
    });
    expect(mapped(file(demo, 'candidates', 'layoff_list'))).toMatchObject({
      full_name: 'fullName', email: 'email', linkedin_url: 'linkedin', former_company: 'company', former_title: 'title', seniority: 'level',
      years_experience: 'yearsExp', last_day: 'availableOn', location_city: 'city', location_country: 'country', open_to_remote: 'remotePref', skills: 'skills',
    });
    expect(mapped(file(demo, 'candidates', 'ats'))).toMatchObject({
      'First Name': 'firstName', 'Last Name': 'lastName', Company: 'company', Title: 'title', Email: 'email', 'LinkedIn Profile': 'linkedin',
      Address: 'location', 'Candidate Tags': 'tags', 'Key Skills': 'skills', 'Resume Text': 'summary', 'Years of Experience': 'yearsExp',
    });
    expect(mapped(file(demo, 'roles'))).toMatchObject({
      'Req ID': 'reqId', 'Job Title': 'title', 'Job Family': 'track', Level: 'level', Department: 'team', Location: 'location', 'Workplace Type': 'remotePolicy',
      'Must-have Skills': 'mustSkills', 'Nice-to-have Skills': 'niceSkills', 'Date Opened': 'openedOn', Status: 'status', Headcount: 'headcount', 'Hiring Manager': 'hiringManager',
    });
    expect(mapped(file(demo, 'layoffs'))).toMatchObject({ company: 'company', total_laid_off: 'laidOff', date: 'date', percentage_laid_off: 'percentage', country: 'country' });
  });

  it('draws names from at least 8 world regions, none of them a majority', () => {
    const counts = new Map<string, number>();
    for (const r of table(file(demo, 'candidates', 'ats'))) {
      const region = regionOfName(r['First Name']!.trim(), r['Last Name']!.trim());
      if (region) counts.set(region, (counts.get(region) ?? 0) + 1);
    }
    expect(counts.size).toBeGreaterThanOrEqual(8);
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(8000);
    expect(Math.max(...counts.values()) / total).toBeLessThan(0.4);
  });

  it('keeps every date on or before today and every alumni exit after the hire', () => {
    const iso = (us: string) => `${us.slice(6, 10)}-${us.slice(0, 2)}-${us.slice(3, 5)}`;
    const messy = new Set(demo.messes.filter((m) => m.file === 'alumni').map((m) => m.row));
    table(file(demo, 'alumni')).forEach((r, i) => {
      if (messy.has(i + 1)) return;
      expect(iso(r.hire_date!) < iso(r.last_day_of_work!)).toBe(true);
      expect(iso(r.termination_date!) <= TODAY).toBe(true);
    });
    for (const r of table(file(demo, 'roles'))) expect(r['Date Opened']! <= TODAY).toBe(true);
    for (const r of table(file(demo, 'candidates', 'layoff_list'))) if (/^\d{4}-\d\d-\d\d$/.test(r.last_day!)) expect(r.last_day! <= TODAY).toBe(true);
  });

  it('has layoff waves, voluntary and involuntary exits, and explicit rehire answers on about 60% of alumni', () => {
    const rows = table(file(demo, 'alumni'));
    const share = (f: (r: Record<string, string>) => boolean) => rows.filter(f).length / rows.length;
    expect(share((r) => r.layoff_wave !== '')).toBeGreaterThan(0.25);
    expect(share((r) => r.termination_type === 'Voluntary')).toBeGreaterThan(0.35);
    expect(share((r) => r.termination_type === 'Involuntary')).toBeGreaterThan(0.05);
    expect(share((r) => r.eligible_for_rehire !== '')).toBeCloseTo(0.6, 1);
    expect(new Set(rows.map((r) => r.layoff_wave).filter(Boolean)).size).toBe(4);
    const layoffs = table(file(demo, 'layoffs'));
    expect(layoffs.filter((r) => r.company === 'Northwind Labs')).toHaveLength(4);
    expect(new Set(layoffs.map((r) => r.company)).size).toBeGreaterThan(80);
  });

  it('gives specialists short focused skill lists and framework tourists long ones', () => {
    const lengths = table(file(demo, 'candidates', 'layoff_list')).map((r) => r.skills!.split(', ').length);
    expect(lengths.filter((n) => n <= 9).length).toBeGreaterThan(1500);
    expect(lengths.filter((n) => n >= 18).length).toBeGreaterThan(1500);
    const raw = file(demo, 'candidates', 'layoff_list').text;
    for (const alias of ['k8s', 'Golang', 'PyTorch/TF', 'LLMs', 'Postgres']) expect(raw).toContain(alias);
  });

  it('plants a handful of messy values that the importer should warn about or read', () => {
    expect(demo.messes.length).toBeGreaterThanOrEqual(15);
    for (const m of demo.messes) {
      const f = demo.files.find((x) => (m.file === 'alumni' ? x.kind === 'alumni' : x.source === (m.file === 'list' ? 'layoff_list' : 'ats')))!;
      expect(table(f)[m.row - 1]![m.column]).toBe(m.value);
    }
    expect(demo.messes.filter((m) => m.expect === 'warning').length).toBeGreaterThanOrEqual(10);
    expect(demo.messes.some((m) => m.expect === 'flipped-name')).toBe(true);
  });

  it('moves its own layoff waves with the day it is made', () => {
    const earlier = generateDemo({ seed: 42, today: '2025-03-01', scale: 0.05 });
    const waves = table(file(earlier, 'layoffs')).filter((r) => r.company === 'Northwind Labs');
    expect(waves).toHaveLength(4);
    const latest = table(file(earlier, 'layoffs'))[0]!;
    expect(new Date(latest.date!).getTime()).toBeLessThanOrEqual(Date.parse('2025-03-01'));
  });
});
