import { afterEach, describe, expect, it } from 'vitest';
import { tempCore } from '../helpers/tempCore';
import { all, counts, one, runText, storedRows, type TestCore } from '../helpers/importGate';
import { SKILL_ROWS } from '../helpers/skillRows';

// Issue #4, item 4: values read, normalised or reported, through the gate. A bad value is a
// warning naming row, column and value; the row is still imported with that field empty and the
// raw row kept. Only a row with no identity at all is rejected.

let core: TestCore;
afterEach(async () => core?.dispose());

const CANDIDATES = [
  'Name,Email,LinkedIn,Phone,Laid off,Open to relocation,Remote,Title,Skills,Years of experience',
  '"  Doe,   Jane  ", JANE.DOE@Example.COM ,linkedin.com/in/Jane-Doe/,+1 (512) 555-0100,03/14/2025,Y,Remote,Senior ML Engineer,"Python, PyTorch, k8s, Vibe coding",7',
  'John Smith,john@smith.dev; j.smith@gmail.com,https://uk.linkedin.com/in/johnsmith?trk=x,n/a,12/31/2024,✓,Hybrid,Staff Platform Engineer,Terraform; Go; Kubernetes,"12,5"',
  'Ada Lovelace,ada(at)example.com,https://www.linkedin.com/pub/ada/1/2/3,020 7946 0000,02/30/2025,maybe,On-site,Principal Data Scientist,SQL,lots',
  '"Grace Hopper, PhD",grace@navy.mil,in/grace-hopper,,"Mar 14, 2025",0,,SRE II,,',
  ',not an email,,+1 512 555 0199,,,,,,',
  'Alan Turing,alan@x.io,alanturing,+44 20 7946 0001,45730,1,yes,Engineering Manager AI,"AWS/GCP | Docker • Golang and Rust",',
].join('\n');

const kept = (what: string) => `; the ${what} was left empty (the value is kept with the row).`;

describe('candidate values', () => {
  it('normalises names, emails, LinkedIn URLs, phones, dates, yes/no, numbers, levels, tracks and skills; reports what it cannot read', async () => {
    core = tempCore();
    const r = await runText(core, 'values.csv', CANDIDATES, 'candidates');
    expect(counts(r)).toEqual({ rows: 6, created: 5, merged: 0, rejected: 1, warnings: 7 });
    expect(r.issues.map((i) => [i.row, i.column, i.value, i.severity, i.message])).toEqual([
      [2, 'Phone', 'n/a', 'warning', `"n/a" does not look like a phone number${kept('phone')}`],
      [3, 'Email', 'ada(at)example.com', 'warning', `"ada(at)example.com" is not an email address${kept('email')}`],
      [3, 'LinkedIn', 'https://www.linkedin.com/pub/ada/1/2/3', 'warning', `"https://www.linkedin.com/pub/ada/1/2/3" is an old-style LinkedIn address (/pub/) that cannot be turned into a profile link${kept('LinkedIn URL')}`],
      [3, 'Laid off', '02/30/2025', 'warning', `"02/30/2025" is not a valid date (February 2025 has no day 30) (dates in this column read as month/day/year)${kept('available on (laid off / last day)')}`],
      [3, 'Open to relocation', 'maybe', 'warning', `"maybe" is not yes or no${kept('open to relocation')}`],
      [3, 'Years of experience', 'lots', 'warning', `"lots" is not a number${kept('years of experience')}`],
      [5, 'Email', 'not an email', 'warning', `"not an email" is not an email address${kept('email')}`],
      [5, '', '', 'error', 'This row has no name, email, LinkedIn URL or employee ID, so it cannot be tied to a person; it was not imported.'],
    ]);
    expect(all(core, 'SELECT id, full_name, linkedin, phone, available_on, relocate, remote_pref, title, level, track, years_exp, sources FROM people ORDER BY id')).toEqual([
      { id: 1, full_name: 'Jane Doe', linkedin: 'https://www.linkedin.com/in/jane-doe', phone: '+1 (512) 555-0100', available_on: '2025-03-14', relocate: 1, remote_pref: 'remote', title: 'Senior ML Engineer', level: 'senior', track: 'ai_ml', years_exp: 7, sources: '["layoff_list"]' },
      { id: 2, full_name: 'John Smith', linkedin: 'https://www.linkedin.com/in/johnsmith', phone: null, available_on: '2024-12-31', relocate: 1, remote_pref: 'hybrid', title: 'Staff Platform Engineer', level: 'staff', track: 'platform', years_exp: 12.5, sources: '["layoff_list"]' },
      { id: 3, full_name: 'Ada Lovelace', linkedin: null, phone: '020 7946 0000', available_on: null, relocate: null, remote_pref: 'onsite', title: 'Principal Data Scientist', level: 'principal', track: 'ai_ml', years_exp: null, sources: '["layoff_list"]' },
      { id: 4, full_name: 'Grace Hopper, PhD', linkedin: 'https://www.linkedin.com/in/grace-hopper', phone: null, available_on: '2025-03-14', relocate: 0, remote_pref: null, title: 'SRE II', level: null, track: 'sre', years_exp: null, sources: '["layoff_list"]' },
      { id: 5, full_name: 'Alan Turing', linkedin: 'https://www.linkedin.com/in/alanturing', phone: '+44 20 7946 0001', available_on: '2025-03-14', relocate: 1, remote_pref: 'remote', title: 'Engineering Manager AI', level: 'manager', track: 'ai_ml', years_exp: null, sources: '["layoff_list"]' },
    ]);
    expect(all(core, 'SELECT email, person_id FROM person_emails ORDER BY person_id, email')).toEqual([
      { email: 'jane.doe@example.com', person_id: 1 },
      { email: 'j.smith@gmail.com', person_id: 2 },
      { email: 'john@smith.dev', person_id: 2 },
      { email: 'grace@navy.mil', person_id: 4 },
      { email: 'alan@x.io', person_id: 5 },
    ]);
    // Skills through the taxonomy: aliases resolved with the text they came from, unknown terms kept and counted.
    expect(all(core, `SELECT person_id, skill, known, raw FROM ${SKILL_ROWS} WHERE person_id IN (1, 5) ORDER BY person_id, skill`)).toEqual([
      { person_id: 1, skill: 'Kubernetes', known: 1, raw: 'k8s' },
      { person_id: 1, skill: 'PyTorch', known: 1, raw: 'PyTorch' },
      { person_id: 1, skill: 'Python', known: 1, raw: 'Python' },
      { person_id: 1, skill: 'Vibe coding', known: 0, raw: 'Vibe coding' },
      { person_id: 5, skill: 'Amazon Web Services', known: 1, raw: 'AWS' },
      { person_id: 5, skill: 'Docker', known: 1, raw: 'Docker' },
      { person_id: 5, skill: 'Go', known: 1, raw: 'Golang' },
      { person_id: 5, skill: 'Google Cloud', known: 1, raw: 'GCP' },
      { person_id: 5, skill: 'Rust', known: 1, raw: 'Rust' },
    ]);
    expect(r.unknownSkills).toBe(1);
    expect(all(core, 'SELECT term, display, count FROM unknown_skills')).toEqual([{ term: 'vibecoding', display: 'Vibe coding', count: 1 }]);
    // The row with bad values keeps them in its raw row; the rejected row is stored too.
    expect(storedRows(core, r.batchId!).filter((x) => x.row === 3 || x.row === 5)).toEqual([
      { row: 3, outcome: 'created', cells: ['Ada Lovelace', 'ada(at)example.com', 'https://www.linkedin.com/pub/ada/1/2/3', '020 7946 0000', '02/30/2025', 'maybe', 'On-site', 'Principal Data Scientist', 'SQL', 'lots'] },
      { row: 5, outcome: 'rejected', cells: ['', 'not an email', '', '+1 512 555 0199', '', '', '', '', '', ''] },
    ]);
  });

  it('reads the day/month order of each date column from its own values; a column with no clue reads month first, or day first for dots', async () => {
    core = tempCore();
    const csv = 'Name,Email,Available\nA,a@x.io,04/05/2025\nB,b@x.io,25/12/2024\nC,c@x.io,2025-01-31\n';
    await runText(core, 'eu.csv', csv, 'candidates');
    await runText(core, 'us.csv', 'Name,Email,Available\nD,d@x.io,04/05/2025\n', 'candidates');
    await runText(core, 'dots.csv', 'Name,Email,Available\nE,e@x.io,04.05.2025\n', 'candidates');
    expect(all(core, 'SELECT full_name, available_on FROM people ORDER BY id').map((x) => Object.values(x))).toEqual([
      ['A', '2025-05-04'],
      ['B', '2024-12-25'],
      ['C', '2025-01-31'],
      ['D', '2025-04-05'],
      ['E', '2025-05-04'],
    ]);
  });
});

const ALUMNI = [
  'Employee ID,Name,Work Email,Job Title,Hire Date,Termination Date,Termination Reason,Eligible for Rehire,Regrettable',
  'E1,Chidi Okafor,chidi@ourco.com,Senior MLOps Engineer,14/03/2019,03/14/2025,Reduction in force,,Y',
  'E2,Mei Tanaka,mei@ourco.com,Staff SRE,01/02/2020,11/30/2024,Relocation,No,no',
  'E3,Sam Rivera,sam@ourco.com,Software Engineer,2021-06-30,2023-02-28,Misconduct,,N',
  'E4,Priya Natarajan,priya@ourco.com,Data Scientist,31/12/2018,"Jan 31, 2024",Performance,,0',
  'E5,Tom Becker,tom@ourco.com,Platform Engineer,05/05/2018,45611,Resigned - better opportunity,Review,1',
  'E6,Lee Park,lee@ourco.com,Junior Frontend Developer,30/02/2021,02/29/2024,Personal reasons,ask HR,✓',
].join('\n');

describe('alumni values', () => {
  it('reads dates per column (day-first hire dates, month-first exit dates, Excel serials), yes/no marks, and rehire eligibility explicit or derived', async () => {
    core = tempCore();
    const r = await runText(core, 'hris.csv', ALUMNI, 'alumni');
    expect(counts(r)).toEqual({ rows: 6, created: 6, merged: 0, rejected: 0, warnings: 2 });
    expect(r.issues.map((i) => [i.row, i.column, i.value, i.message])).toEqual([
      [6, 'Hire Date', '30/02/2021', `"30/02/2021" is not a valid date (February 2021 has no day 30) (dates in this column read as day/month/year)${kept('hire date')}`],
      [6, 'Eligible for Rehire', 'ask HR', '"ask HR" is not a rehire answer Bridgehire knows (yes, no, review); eligibility was derived from the exit reason instead.'],
    ]);
    expect(all(core, 'SELECT employee_id, hire_date, exit_date, exit_type, rehire, rehire_source, regrettable, level FROM employments ORDER BY id').map((x) => Object.values(x))).toEqual([
      ['E1', '2019-03-14', '2025-03-14', 'layoff', 'eligible', 'derived', 1, 'senior'],
      ['E2', '2020-02-01', '2024-11-30', 'voluntary', 'ineligible', 'explicit', 0, null],
      ['E3', '2021-06-30', '2023-02-28', 'involuntary', 'ineligible', 'derived', 0, null],
      ['E4', '2018-12-31', '2024-01-31', 'involuntary', 'review', 'derived', 0, null],
      ['E5', '2018-05-05', '2024-11-15', 'voluntary', 'review', 'explicit', 1, null],
      ['E6', null, '2024-02-29', 'voluntary', 'eligible', 'derived', 1, 'junior'],
    ]);
    // Someone laid off is available from their last day; work emails are kept as work emails.
    expect(all(core, 'SELECT full_name, available_on, track, sources FROM people WHERE id IN (1, 6) ORDER BY id')).toEqual([
      { full_name: 'Chidi Okafor', available_on: '2025-03-14', track: 'mlops', sources: '["alumni"]' },
      { full_name: 'Lee Park', available_on: null, track: 'fullstack', sources: '["alumni"]' },
    ]);
    expect(one(core, "SELECT kind FROM person_emails WHERE email = 'chidi@ourco.com'")).toBe('work');
  });

  it('derives eligibility with the mapping the user edited, for later imports', async () => {
    core = tempCore();
    expect((await core.invoke('settings.rehireMapping.get', {})).isDefault).toBe(true);
    const rules = [
      { match: 'misconduct', rehire: 'review' as const },
      { match: 'relocation', rehire: 'ineligible' as const },
    ];
    expect(await core.invoke('settings.rehireMapping.set', { rules })).toEqual({ rules, isDefault: false });
    await runText(core, 'hris.csv', 'Employee ID,Name,Termination Reason\nE1,Sam Rivera,Misconduct\nE2,Mei Tanaka,Relocation\nE3,Chidi Okafor,Reduction in force\n', 'alumni');
    expect(all(core, 'SELECT employee_id, rehire, rehire_source FROM employments ORDER BY id').map((x) => Object.values(x))).toEqual([
      ['E1', 'review', 'derived'],
      ['E2', 'ineligible', 'derived'],
      ['E3', 'unknown', 'unknown'],
    ]);
    expect((await core.invoke('settings.rehireMapping.set', { rules: null })).isDefault).toBe(true);
  });
});
