import { afterEach, describe, expect, it } from 'vitest';
import { tempCore } from '../helpers/tempCore';
import { all, counts, put, runText, type TestCore } from '../helpers/importGate';

// The column layouts real exports use (a talent-list sheet, Greenhouse's candidate import, an HRIS
// termination export), re-created here with a few rows: what the hiring manager sees after import.

let core: TestCore;
afterEach(async () => core?.dispose());

const TALENT =
  'full_name,first_name,last_name,email,phone,linkedin_url,github_url,former_company,former_title,team,seniority,years_experience,last_day,layoff_date,location_city,location_region,location_country,open_to_remote,skills,notes\n' +
  'Ada Lovelace,Ada,Lovelace,ada@example.com,+1 512 555 0100,linkedin.com/in/ada-l,https://github.com/ada,Meta,Senior ML Engineer,Ranking,Senior,9,2025-03-14,2025-03-01,Austin,TX,US,Yes,"Python, PyTorch, k8s",Great\n' +
  ',Grace,Hopper,GRACE@Example.com,,,,Google,Staff SRE,,Staff,15,,"Jan 20, 2025",Seattle,WA,USA,no,Go; Kubernetes,\n';

const GREENHOUSE =
  'First Name,Last Name,Company,Title,Email,Phone,Social Media,Website,Address,Notes,Source,Who gets credit,Job,Department,Office,Milestone,Candidate Tags,Education\n' +
  'Linus,Torvalds,Intel,Platform Engineer,linus@example.com,555-0101,"https://twitter.com/l, https://www.linkedin.com/in/Linus-T",https://linus.dev,"Portland, OR",,Referral,Sam,Platform Engineer,Infra,Remote,Application,"laid-off, boomerang",BSc\n';

// Dates written day first; the hire-date column alone (01/02/2019) could be read either way.
const HRIS =
  'employee_id,full_name,work_email,personal_email,job_title,job_level,department,manager_name,location,hire_date,termination_date,termination_type,termination_reason,eligible_for_rehire,performance_score\n' +
  'E100,"Doe, Jane",jane.doe@ourco.com,jane@gmail.com,Senior MLOps Engineer,L5,ML Platform,Ann Boss,Berlin,01/02/2019,14/03/2025,Involuntary,Reduction in force,Y,Exceeds\n' +
  'E101,"Roe, Rick",rick@ourco.com,,DevOps Engineer,L3,Infra,,,,28/02/2025,Voluntary,Performance,,2\n';

// A Greenhouse "Jobs" report: the ATS's Job ID beside the company's Requisition ID, no skills columns.
const JOBS =
  'Job Name,Job ID,Requisition ID,Status,Departments,Offices,Hiring Managers,Opened,Openings,Job Description\n' +
  'Senior ML Engineer - LLM Platform,4012345,REQ-2001,Open,AI Platform,San Francisco HQ; Remote - US,Priya Shah,2026-09-01,2,"We need strong Python and PyTorch, serving models with Triton on Kubernetes. Nice: Ray, Terraform."\n' +
  'Platform Engineer II,4012347,REQ-2003,On Hold,Developer Platform,"Austin, TX",Alex Kim,2026-07-01,1,CI/CD with GitHub Actions and Argo CD.\n';

// A BambooHR termination report: "Employee #" is the ID (not a name), the name is "Last name, First name".
const BAMBOO =
  'Employee #,"Last name, First name",Job Title,Department,Termination Date,Termination Type,Termination Reason,Eligible For Re-hire,Work Email\n' +
  '1042,"Ritchie, Dennis",Sr. Systems Engineer,Platform,01/15/2025,Involuntary,Position Eliminated,Yes,dmr@corp.com\n' +
  '1043,"Allen, Frances",Staff Compiler Engineer,Compilers,02/28/2025,Voluntary,Other Opportunity,No,fran@corp.com\n';

// A LinkedIn Recruiter project export: "Profile URL" is the profile; a Recruiter-only link is not a public one.
const RECRUITER =
  '"First Name","Last Name","Headline","Location","Current Title","Current Company","Email Address","Phone Number","Profile URL","Active Project"\n' +
  '"Priya","Shah","ML Platform @ Stripe","San Francisco Bay Area","Staff Machine Learning Engineer","Stripe","priya@example.com","(415) 555-0134","https://www.linkedin.com/in/priyashah","Q4 AI hiring"\n' +
  '"Tomás","García","SRE | Go","Madrid, Spain","Senior Site Reliability Engineer","Glovo","","","https://www.linkedin.com/talent/profile/AEMAABxyz123","Q4 AI hiring"\n';

// A Workday requisition report: an HTML description, openings and start date under their own names.
const WORKDAY_REQS =
  'Job Requisition ID,Job Posting Title,Primary Location,Recruiting Start Date,Job Description,Number of Openings Available,Job Requisition Status\n' +
  'JR-10234,"Senior Machine Learning Engineer, Ranking","USA, CA, Sunnyvale",2026-09-15,"<p>We are hiring!</p><ul><li>5+ years with <b>Python</b> and PyTorch</li><li>Serving models on Kubernetes</li><li>Nice to have: Ray, Spark&nbsp;Streaming</li></ul>",2,Open\n' +
  'JR-10235,Staff Platform Engineer,Remote - US,09/01/2026,"Requirements:\n- Terraform\n- AWS\nNice to have:\n- Istio",1,Frozen\n';

// A Personio export from a German office: German headings, day-first dates, Ja/Nein, German reasons.
const PERSONIO =
  'Personalnummer;Vorname;Nachname;E-Mail;Position;Abteilung;Standort;Eintrittsdatum;Austrittsdatum;Austrittsgrund;Wiedereinstellung möglich;Geschlecht\r\n' +
  '4711;Jürgen;Schmidt;j.schmidt@firma.de;Senior Backend Engineer;Plattform;Berlin;01.04.2019;31.03.2025;Betriebsbedingte Kündigung;Ja;männlich\r\n' +
  '4712;Anna;Müller;a.mueller@firma.de;ML Engineer;KI;München;15.09.2020;28.02.2025;Eigenkündigung;Nein;weiblich\r\n';

const people = () =>
  all<{ name: string; available: string | null; linkedin: string | null }>(core, 'SELECT full_name AS name, available_on AS available, linkedin FROM people ORDER BY id');

describe('layouts of real exports', () => {
  it('a talent list: either of two date columns says when someone is available', async () => {
    core = tempCore();
    const r = await runText(core, 'talent.csv', TALENT, 'candidates');
    expect(counts(r)).toEqual({ rows: 2, created: 2, merged: 0, rejected: 0, warnings: 0 });
    expect(people()).toEqual([
      { name: 'Ada Lovelace', available: '2025-03-14', linkedin: 'https://www.linkedin.com/in/ada-l' },
      { name: 'Grace Hopper', available: '2025-01-20', linkedin: null },
    ]);
  });

  it("Greenhouse's template: the LinkedIn profile is found in the Social Media cell", async () => {
    core = tempCore();
    const r = await runText(core, 'greenhouse.csv', GREENHOUSE, 'candidates');
    expect(counts(r)).toEqual({ rows: 1, created: 1, merged: 0, rejected: 0, warnings: 0 });
    expect(people()).toEqual([{ name: 'Linus Torvalds', available: null, linkedin: 'https://www.linkedin.com/in/linus-t' }]);
  });

  it('an HRIS export: an ambiguous date column follows the file’s day-first dates; "Involuntary" for a reduction in force is a layoff', async () => {
    core = tempCore();
    const r = await runText(core, 'hris.csv', HRIS, 'alumni');
    expect(counts(r)).toEqual({ rows: 2, created: 2, merged: 0, rejected: 0, warnings: 0 });
    expect(
      all(core, 'SELECT p.full_name AS name, e.hire_date AS hired, e.exit_date AS left, e.exit_type AS type, e.rehire, e.rehire_source AS basis, p.available_on AS available FROM employments e JOIN people p ON p.id = e.person_id ORDER BY e.employee_id'),
    ).toEqual([
      { name: 'Jane Doe', hired: '2019-02-01', left: '2025-03-14', type: 'layoff', rehire: 'eligible', basis: 'explicit', available: '2025-03-14' },
      { name: 'Rick Roe', hired: null, left: '2025-02-28', type: 'voluntary', rehire: 'review', basis: 'derived', available: null },
    ]);
  });

  it('a Greenhouse jobs report: the Requisition ID is the req; skills and remote policy read from the description and office', async () => {
    core = tempCore();
    const r = await runText(core, 'jobs.csv', JOBS, 'roles');
    expect(counts(r)).toEqual({ rows: 2, created: 2, merged: 0, rejected: 0, warnings: 0 });
    expect(r.issues.map((i) => [i.row, i.column, i.severity])).toEqual([
      [1, 'Job Description', 'info'],
      [2, 'Job Description', 'info'],
    ]);
    const roles = (await core.invoke('roles.list', { offset: 0, limit: 10, sort: [{ colId: 'reqId', sort: 'asc' }], filter: {}, quick: '' })).rows;
    expect(roles.map((x) => [x.reqId, x.status, x.remotePolicy, x.headcount, [...x.must].sort(), [...x.nice].sort()])).toEqual([
      ['REQ-2001', 'open', 'remote', 2, ['Kubernetes', 'PyTorch', 'Python', 'Triton Inference Server'], ['Ray', 'Terraform']],
      ['REQ-2003', 'on_hold', null, 1, ['Argo CD', 'CI/CD', 'GitHub Actions'], []],
    ]);
  });

  it('an HRIS export with government identifiers: SSN and passport columns are left out like protected attributes', async () => {
    core = tempCore();
    const file = 'Employee ID,Name,SSN,Passport Number,Social Security #,Department\nE7,Kim Lee,123-45-6789,X1234567,987-65-4321,Infra\n';
    const p = await core.invoke('import.preview', { fileId: core.files.register(put(core, 'ids.csv', file)).id, kind: 'alumni' });
    expect(p.columns.map((c) => [c.header, c.target, c.protectedAttribute])).toEqual([
      ['Employee ID', 'employeeId', null],
      ['Name', 'fullName', null],
      ['SSN', 'ignore', 'social security number'],
      ['Passport Number', 'ignore', 'passport number'],
      ['Social Security #', 'ignore', 'social security number'],
      ['Department', 'team', null],
    ]);
    await runText(core, 'ids.csv', file, 'alumni');
    const stored = JSON.stringify(all(core, 'SELECT * FROM import_rows')) + JSON.stringify(all(core, 'SELECT * FROM people'));
    expect(stored).not.toMatch(/123-45-6789|X1234567|987-65-4321/);
  });
  it('a BambooHR termination report: "Employee #" is the employee ID and "Last name, First name" the name', async () => {
    core = tempCore();
    const r = await runText(core, 'bamboo.csv', BAMBOO, 'alumni');
    expect(counts(r)).toEqual({ rows: 2, created: 2, merged: 0, rejected: 0, warnings: 0 });
    expect(all(core, 'SELECT p.full_name, e.employee_id, e.team, e.exit_date, e.exit_type, e.rehire FROM people p JOIN employments e ON e.person_id = p.id ORDER BY p.id')).toEqual([
      { full_name: 'Dennis Ritchie', employee_id: '1042', team: 'Platform', exit_date: '2025-01-15', exit_type: 'layoff', rehire: 'eligible' },
      { full_name: 'Frances Allen', employee_id: '1043', team: 'Compilers', exit_date: '2025-02-28', exit_type: 'voluntary', rehire: 'ineligible' },
    ]);
  });
  it('a LinkedIn Recruiter export: "Profile URL" is the LinkedIn profile; a Recruiter-only link is kept with the row and said so', async () => {
    core = tempCore();
    const r = await runText(core, 'recruiter.csv', RECRUITER, 'candidates');
    expect(counts(r)).toEqual({ rows: 2, created: 2, merged: 0, rejected: 0, warnings: 1 });
    expect(people().map((p) => [p.name, p.linkedin])).toEqual([['Priya Shah', 'https://www.linkedin.com/in/priyashah'], ['Tomás García', null]]);
    expect(r.issues[0]!.message).toBe('"https://www.linkedin.com/talent/profile/AEMAABxyz123" is a LinkedIn address but not a person\'s profile; the LinkedIn URL was left empty (the value is kept with the row).');
  });
  it('a Workday requisition report: the HTML description is read as text, its "Nice to have" list as nice-to-haves', async () => {
    core = tempCore();
    const r = await runText(core, 'reqs.csv', WORKDAY_REQS, 'roles');
    expect(counts(r)).toEqual({ rows: 2, created: 2, merged: 0, rejected: 0, warnings: 0 });
    expect(all(core, 'SELECT req_id, status, headcount, opened_on, remote_policy, description FROM roles ORDER BY req_id')).toEqual([
      { req_id: 'JR-10234', status: 'open', headcount: 2, opened_on: '2026-09-15', remote_policy: null, description: 'We are hiring!\n• 5+ years with Python and PyTorch\n• Serving models on Kubernetes\n• Nice to have: Ray, Spark Streaming' },
      { req_id: 'JR-10235', status: 'on_hold', headcount: 1, opened_on: '2026-09-01', remote_policy: 'remote', description: 'Requirements:\n- Terraform\n- AWS\nNice to have:\n- Istio' },
    ]);
    const skills = all<{ req_id: string; s: string }>(core, "SELECT r.req_id, group_concat(rs.skill || ':' || rs.kind, ', ') AS s FROM role_skills rs JOIN roles r ON r.id = rs.role_id GROUP BY r.req_id ORDER BY r.req_id");
    expect(skills.map((x) => x.s)).toEqual(['Kubernetes:must, PyTorch:must, Python:must, Apache Spark:nice, Ray:nice', 'Amazon Web Services:must, Terraform:must, Istio:nice']);
  });
  it('an ATS export with the résumé as HTML: it is read as text, and its skills found', async () => {
    core = tempCore();
    const csv = 'Name,Email,Resume Text\nHedy Lamarr,hedy@example.com,"<h2>Experience</h2><ul><li>Distributed training with <b>PyTorch</b> on Kubernetes</li><li>R&amp;D in Python</li></ul>"\n';
    const r = await runText(core, 'ashby.csv', csv, 'candidates');
    expect(counts(r)).toEqual({ rows: 1, created: 1, merged: 0, rejected: 0, warnings: 0 });
    expect(all(core, 'SELECT summary, skill_names FROM people')).toEqual([
      { summary: 'Experience\n• Distributed training with PyTorch on Kubernetes\n• R&D in Python', skill_names: 'Distributed training, Kubernetes, PyTorch, Python' },
    ]);
  });
  it('a Personio export from a German office: its headings, dates, Ja/Nein and reasons read; gender left out', async () => {
    core = tempCore();
    const r = await runText(core, 'personio.csv', PERSONIO, 'alumni');
    expect(counts(r)).toEqual({ rows: 2, created: 2, merged: 0, rejected: 0, warnings: 0 });
    expect(all(core, 'SELECT p.full_name, p.location, e.employee_id, e.team, e.hire_date, e.exit_date, e.exit_type, e.rehire FROM people p JOIN employments e ON e.person_id = p.id ORDER BY p.id')).toEqual([
      { full_name: 'Jürgen Schmidt', location: 'Berlin', employee_id: '4711', team: 'Plattform', hire_date: '2019-04-01', exit_date: '2025-03-31', exit_type: 'layoff', rehire: 'eligible' },
      { full_name: 'Anna Müller', location: 'München', employee_id: '4712', team: 'KI', hire_date: '2020-09-15', exit_date: '2025-02-28', exit_type: 'voluntary', rehire: 'ineligible' },
    ]);
    expect(all(core, "SELECT count(*) AS n FROM people WHERE extra LIKE '%männlich%' OR extra LIKE '%weiblich%'")[0]!.n).toBe(0);
  });
});
