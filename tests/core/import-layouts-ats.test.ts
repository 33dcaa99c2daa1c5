import { afterEach, describe, expect, it } from 'vitest';
import { tempCore } from '../helpers/tempCore';
import { all, counts, previewFile, put, runText, type TestCore } from '../helpers/importGate';

// More layouts of real exports (ATS, HRIS, requisition systems, US state WARN notices), each with
// the headings and value formats the system writes: what the hiring manager gets after import.

let core: TestCore;
afterEach(async () => core?.dispose());

const mappingOf = async (name: string, text: string, kind: 'candidates' | 'alumni' | 'roles' | 'layoffs') =>
  Object.fromEntries((await previewFile(core, put(core, name, text), kind)).columns.map((c) => [c.header, c.target]));

// California's WARN report: a heading written over two lines, city and county, the count as "No. Of Employees".
const CA_WARN =
  '"Notice\nDate","Effective \nDate","Received\nDate",Company,City,County,"No. Of\nEmployees",Layoff/ Closure\n' +
  '10/28/2024,12/27/2024,10/29/2024,"Meta Platforms, Inc.",Menlo Park,San Mateo County,175,Layoff Permanent\n' +
  '09/27/2024,11/26/2024,09/30/2024,Block Inc,Oakland,Alameda County,,Layoff Permanent\n';
// Texas: capitals and underscores, the site name is the employer.
const TX_WARN =
  'NOTICE_DATE,JOB_SITE_NAME,COUNTY_NAME,WDA_NAME,TOTAL_LAYOFF_NUMBER,LayOff_Date,WFDD_RECEIVED_DATE,CITY_NAME\n' +
  '2024-10-28,"Tesla, Inc.",Travis,Capital Area,693,2024-12-27,2024-10-29,Austin\n';
// New York: a region, no city, and a layoff date that is a span.
const NY_WARN =
  'Company Name,WARN Number,Notice Date,Layoff Date,Region,County,Number Affected,Total Employees\n' +
  'Paramount Global,2024-0412,10/28/2024,"December 20, 2024 - January 3, 2025",New York City,New York,115,"3,500"\n';
// TrueUp: "%" headings, a rough count, publications as sources.
const TRUEUP = 'Company,Date,# laid off,% of company,Headcount,Company HQ\nStripe,"Jan 20, 2025",~1000,4%,"7,500","San Francisco, CA"\nMeta,"Jan 14, 2025",Unknown,5%,"72,000","Menlo Park, CA"\n';

// iCIMS: headings written as paths; the job applied for is not the person's title.
const ICIMS =
  'Person : System ID,"Person Full Name: Last, First",Person : Email,Person : Address : City,Person : Address : State/Province,Person : Most Recent Job Title,Person : Current Employer,Job : Job Title and Job ID,Person : EEO : Gender\n' +
  '10234,"Raman, Priya",priya.raman@gmail.com,San Francisco,California,Machine Learning Engineer,Stripe,Senior ML Engineer (2024-1187),Female\n';
// SuccessFactors Recruiting: the current title beside the job applied for; EEO answers under their own names.
const SF_RECRUITING =
  'Candidate ID,First Name,Last Name,Email Address,Current Title,Current Company,Job Title,Minority,Challenged,Veteran\n' +
  '5501,Marcus,O\'Neill,marcus@example.com,Site Reliability Engineer,Indeed,Staff Platform Engineer,Yes,No,No\n';
// Workable: "Experience" is a work history, "Address" the only place.
const WORKABLE = 'Name,Email,Address,Headline,Experience\nAisha Bello,aisha@example.com,"Lagos, Nigeria",ML Engineer,"Machine Learning Engineer II at Stripe (2021 - Present)"\nWei Li,wei@example.com,London,Data Scientist,"Data Scientist at Monzo (2019 - 2024)"\n';
// JazzHR: a street address beside the city and state.
const JAZZHR = 'First Name,Last Name,Email,Address,City,State,Zip\nJamal,Washington,jamal@example.com,1 Market St,Chicago,IL,60601\n';

// ADP Workforce Now: the payroll name in capitals, legal names beside it, a preferred name, paths for contacts.
const ADP =
  'Associate ID,Payroll Name,Legal First Name,Legal Last Name,Preferred Name,Work Contact: Work Email,Personal Contact: Personal Email,Job Title Description,Termination Date\n' +
  'G3K7,"SMITH, ROBERT A JR",Robert,Smith,Rob,rob.smith@acme.io,rob@gmail.com,Cloud Architect,10/25/2024\n';
// Gusto: "Preferred First Name" must not become the name.
const GUSTO = 'Last Name,First Name,Preferred First Name,Work Email,Dismissal Type,Dismissal Reason\nRaman,Priya,Pri,priya@acme.io,Involuntary,Layoff\n';
// Oracle HCM: the job is "Job", the verdict a "Rehire Recommendation"; HiBob writes "Non-regretted".
const ORACLE =
  'Person Number,Display Name,Work Email,Job,Actual Termination Date,Action Reason,Rehire Recommendation,Regrettable\n' +
  '100234,Priya Raman,priya.raman@acme.io,Senior Machine Learning Engineer,25-Oct-2024,Reduction in Force,Y,Non-regretted\n';

// SmartRecruiters jobs: the Ref Number is the req; its job statuses; Remote as true/false.
const SR_JOBS =
  'Job ID,Ref Number,Job Title,Status,Experience Level,Remote,Created On\n' +
  '3f1c2a9e-0b7d-4c55-9a51-1e2f3a4b5c6d,REF2291S,Senior ML Engineer,INTERVIEW,Mid-Senior Level,false,2024-11-01\n' +
  '7a2b3c4d-1e2f-4a5b-8c9d-0e1f2a3b4c5d,REF2292P,Platform Engineer,CREATED,Entry Level,true,2024-11-04\n';

describe('WARN notices and layoff trackers', () => {
  it('California: the two-line headings are read; city is the location, the county is not a country', async () => {
    core = tempCore();
    expect(await mappingOf('ca.csv', CA_WARN, 'layoffs')).toMatchObject({ 'Notice Date': 'date', Company: 'company', City: 'location', County: 'extra', 'No. Of Employees': 'laidOff' });
    const r = await runText(core, 'ca.csv', CA_WARN, 'layoffs');
    expect(counts(r)).toEqual({ rows: 2, created: 2, merged: 0, rejected: 0, warnings: 0 });
    expect(all(core, 'SELECT company, location, laid_off, date, country FROM layoff_events ORDER BY id')).toEqual([
      { company: 'Meta Platforms, Inc.', location: 'Menlo Park', laid_off: 175, date: '2024-10-28', country: null },
      { company: 'Block Inc', location: 'Oakland', laid_off: null, date: '2024-09-27', country: null },
    ]);
  });

  it('Texas and New York: the job site is the employer, a span of dates is read as its start', async () => {
    core = tempCore();
    expect(counts(await runText(core, 'tx.csv', TX_WARN, 'layoffs'))).toEqual({ rows: 1, created: 1, merged: 0, rejected: 0, warnings: 0 });
    expect(counts(await runText(core, 'ny.csv', NY_WARN, 'layoffs'))).toEqual({ rows: 1, created: 1, merged: 0, rejected: 0, warnings: 0 });
    expect(all(core, 'SELECT company, location, laid_off, date FROM layoff_events ORDER BY id')).toEqual([
      { company: 'Tesla, Inc.', location: 'Austin', laid_off: 693, date: '2024-12-27' },
      { company: 'Paramount Global', location: 'New York City', laid_off: 115, date: '2024-12-20' },
    ]);
  });

  it('TrueUp: "%" headings are the percentage, "~1000" is a count, "Unknown" is empty without a warning', async () => {
    core = tempCore();
    const r = await runText(core, 'trueup.csv', TRUEUP, 'layoffs');
    expect(counts(r)).toEqual({ rows: 2, created: 2, merged: 0, rejected: 0, warnings: 0 });
    expect(all(core, 'SELECT company, location, laid_off, percentage FROM layoff_events ORDER BY id')).toEqual([
      { company: 'Stripe', location: 'San Francisco, CA', laid_off: 1000, percentage: 0.04 },
      { company: 'Meta', location: 'Menlo Park, CA', laid_off: null, percentage: 0.05 },
    ]);
  });
});

describe('ATS exports', () => {
  const person = () => all(core, 'SELECT full_name AS name, title, company, location, summary, extra FROM people ORDER BY id');

  it('iCIMS: path headings map by their last part; the job applied for and EEO answers stay out of the person', async () => {
    core = tempCore();
    const r = await runText(core, 'icims.csv', ICIMS, 'candidates');
    expect(counts(r)).toEqual({ rows: 1, created: 1, merged: 0, rejected: 0, warnings: 0 });
    expect(person()).toEqual([
      { name: 'Priya Raman', title: 'Machine Learning Engineer', company: 'Stripe', location: 'San Francisco, California', summary: null, extra: JSON.stringify({ 'Person : System ID': '10234', 'Job : Job Title and Job ID': 'Senior ML Engineer (2024-1187)' }) },
    ]);
  });

  it('SuccessFactors: the current title wins over the job applied for; "Minority" and "Challenged" are left out', async () => {
    core = tempCore();
    expect(await mappingOf('sf.csv', SF_RECRUITING, 'candidates')).toMatchObject({ 'Current Title': 'title', 'Job Title': 'extra', Minority: 'ignore', Challenged: 'ignore', Veteran: 'ignore' });
  });

  it('Workable and JazzHR: a work history is résumé text, not years; a street address gives way to city and state', async () => {
    core = tempCore();
    const w = await runText(core, 'workable.csv', WORKABLE, 'candidates');
    expect(counts(w)).toEqual({ rows: 2, created: 2, merged: 0, rejected: 0, warnings: 0 });
    const j = await runText(core, 'jazz.csv', JAZZHR, 'candidates');
    expect(counts(j)).toEqual({ rows: 1, created: 1, merged: 0, rejected: 0, warnings: 0 });
    expect(all(core, 'SELECT full_name AS name, location, years_exp AS years, summary FROM people ORDER BY id')).toEqual([
      { name: 'Aisha Bello', location: 'Lagos, Nigeria', years: null, summary: 'Machine Learning Engineer II at Stripe (2021 - Present)' },
      { name: 'Wei Li', location: 'London', years: null, summary: 'Data Scientist at Monzo (2019 - 2024)' },
      { name: 'Jamal Washington', location: 'Chicago, IL', years: null, summary: null },
    ]);
  });
});

describe('HRIS exports', () => {
  it('ADP without legal names: the payroll name in capitals reads as a name', async () => {
    core = tempCore();
    await runText(core, 'adp2.csv', 'Associate ID,Payroll Name,Personal Contact: Personal Mobile\nG3K7,"SMITH, ROBERT A JR",(470) 555-0122\n', 'alumni');
    expect(all(core, 'SELECT full_name AS name, phone FROM people')).toEqual([{ name: 'Robert A Smith Jr', phone: '(470) 555-0122' }]);
  });

  it('ADP: the legal names make the name (not the payroll name or a preferred one), contact paths keep their kind', async () => {
    core = tempCore();
    expect(await mappingOf('adp.csv', ADP, 'alumni')).toMatchObject({ 'Payroll Name': 'extra', 'Legal First Name': 'firstName', 'Preferred Name': 'extra', 'Work Contact: Work Email': 'workEmail', 'Personal Contact: Personal Email': 'personalEmail', 'Job Title Description': 'title' });
    await runText(core, 'adp.csv', ADP, 'alumni');
    expect(all(core, "SELECT p.full_name AS name, p.title, group_concat(m.email || ':' || m.kind, ' ') AS emails FROM people p JOIN person_emails m ON m.person_id = p.id GROUP BY p.id")).toEqual([
      { name: 'Robert Smith', title: 'Cloud Architect', emails: 'rob.smith@acme.io:work rob@gmail.com:personal' },
    ]);
  });

  it('an HRIS path heading about the position is the employee\'s own title', async () => {
    core = tempCore();
    expect(await mappingOf('hris.csv', 'Worker : Employee ID,Worker : Name,Position : Job Title\n7,Ana Souza,SRE\n', 'alumni')).toEqual({ 'Worker : Employee ID': 'employeeId', 'Worker : Name': 'fullName', 'Position : Job Title': 'title' });
  });

  it('Gusto: the legal names make the name, a preferred first name does not; the dismissal columns give the exit', async () => {
    core = tempCore();
    await runText(core, 'gusto.csv', GUSTO, 'alumni');
    expect(all(core, 'SELECT p.full_name AS name, e.exit_type AS type, e.exit_reason AS reason FROM people p JOIN employments e ON e.person_id = p.id')).toEqual([{ name: 'Priya Raman', type: 'layoff', reason: 'Layoff' }]);
  });

  it('Oracle HCM: "Job" is the title, a Y rehire recommendation is explicit, "Non-regretted" is no', async () => {
    core = tempCore();
    const r = await runText(core, 'oracle.csv', ORACLE, 'alumni');
    expect(counts(r)).toEqual({ rows: 1, created: 1, merged: 0, rejected: 0, warnings: 0 });
    expect(all(core, 'SELECT p.title, p.track, e.employee_id AS id, e.exit_date AS left, e.exit_type AS type, e.rehire, e.rehire_source AS basis, e.regrettable FROM people p JOIN employments e ON e.person_id = p.id')).toEqual([
      { title: 'Senior Machine Learning Engineer', track: 'ai_ml', id: '100234', left: '2024-10-25', type: 'layoff', rehire: 'eligible', basis: 'explicit', regrettable: 0 },
    ]);
  });
});

describe('requisition exports', () => {
  it("SmartRecruiters: the Ref Number is the req, its job statuses are known, Remote false is on site", async () => {
    core = tempCore();
    const r = await runText(core, 'sr.csv', SR_JOBS, 'roles');
    expect(counts(r)).toEqual({ rows: 2, created: 2, merged: 0, rejected: 0, warnings: 0 });
    expect(r.issues.map((i) => i.message)).toEqual([
      'Role REF2291S lists no skills, so no one earns the must-have points of its matches: add its must-haves in Roles.',
      'Role REF2292P lists no skills, so no one earns the must-have points of its matches: add its must-haves in Roles.',
    ]);
    expect(all(core, 'SELECT req_id, status, remote_policy AS remote, opened_on FROM roles ORDER BY req_id')).toEqual([
      { req_id: 'REF2291S', status: 'open', remote: 'onsite', opened_on: '2024-11-01' },
      { req_id: 'REF2292P', status: 'on_hold', remote: 'remote', opened_on: '2024-11-04' },
    ]);
  });
});
