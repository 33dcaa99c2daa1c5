import { afterEach, describe, expect, it } from 'vitest';
import { tempCore } from '../helpers/tempCore';
import { all, counts, failure, one, previewFile, put, runFile, runText, storedRows, tableCounts, type TestCore } from '../helpers/importGate';
import { SKILL_ROWS } from '../helpers/skillRows';

// Issue #4, item 3: mapping headers to fields, remembering mappings, presets, refusals, and
// protected attributes, through the gate.

let core: TestCore;
afterEach(async () => core?.dispose());

const MESSY =
  'Full Name,Emial,Linkedin Profile,Curent Titel,Skils,Employer,Favourite Colour,Gender,Age,Date of Birth\n' +
  'Ada Lovelace,ada@x.io,linkedin.com/in/ada,Staff Engineer,"Python, SQL",Analytical Engines Ltd,teal,F,36,1815-12-10\n';

describe('automatic mapping', () => {
  it('maps headers by synonyms and by fuzzy matching of typos, with a confidence; protected columns are left out', async () => {
    core = tempCore();
    const p = await previewFile(core, put(core, 'messy.csv', MESSY), 'candidates');
    expect(p.columns.map((c) => [c.header, c.target, c.confidence, c.protectedAttribute])).toEqual([
      ['Full Name', 'fullName', 1, null],
      ['Emial', 'email', 0.8, null],
      ['Linkedin Profile', 'linkedin', 1, null],
      ['Curent Titel', 'title', 0.79, null],
      ['Skils', 'skills', 0.8, null],
      ['Employer', 'company', 1, null],
      ['Favourite Colour', 'extra', 0, null],
      ['Gender', 'ignore', 0, 'gender'],
      ['Age', 'ignore', 0, 'age'],
      ['Date of Birth', 'ignore', 0, 'date of birth'],
    ]);
    // Protected values are not even shown as samples.
    expect(p.columns.map((c) => c.samples)).toEqual([['Ada Lovelace'], ['ada@x.io'], ['linkedin.com/in/ada'], ['Staff Engineer'], ['Python, SQL'], ['Analytical Engines Ltd'], ['teal'], [], [], []]);
    expect(p.notes).toEqual(['"Gender", "Age", "Date of Birth" look like protected information (gender, age, date of birth) and will be left out.']);
    expect([p.mappingSource, p.refusal, p.estimatedRows, p.exact]).toEqual(['auto', null, 1, true]);
  });

  it('keeps unmapped columns with the person and the raw row; protected ones are stored nowhere', async () => {
    core = tempCore();
    const r = await runText(core, 'messy.csv', MESSY, 'candidates');
    expect(counts(r)).toEqual({ rows: 1, created: 1, merged: 0, rejected: 0, warnings: 0 });
    expect(all(core, 'SELECT full_name, title, company, linkedin, extra FROM people')).toEqual([
      { full_name: 'Ada Lovelace', title: 'Staff Engineer', company: 'Analytical Engines Ltd', linkedin: 'https://www.linkedin.com/in/ada', extra: '{"Favourite Colour":"teal"}' },
    ]);
    expect(all(core, `SELECT skill FROM ${SKILL_ROWS} ORDER BY skill`).map((x) => x.skill)).toEqual(['Python', 'SQL']);
    expect(storedRows(core, r.batchId!)[0]!.cells).toEqual(['Ada Lovelace', 'ada@x.io', 'linkedin.com/in/ada', 'Staff Engineer', 'Python, SQL', 'Analytical Engines Ltd', 'teal', '', '', '']);
    expect(one(core, 'SELECT count(*) FROM person_protected')).toBe(0);
  });

  it('keeps a protected column apart, never with the person, only when the user insists', async () => {
    core = tempCore();
    const r = await runText(core, 'messy.csv', MESSY, 'candidates', { mapping: { Gender: 'protected' } });
    expect(r.mapping).toMatchObject({ Gender: 'protected', Age: 'ignore', 'Date of Birth': 'ignore' });
    expect(all(core, 'SELECT person_id, attribute, value FROM person_protected')).toEqual([{ person_id: 1, attribute: 'Gender', value: 'F' }]);
    expect(one(core, 'SELECT extra FROM people')).toBe('{"Favourite Colour":"teal"}');
    expect(storedRows(core, r.batchId!)[0]!.cells.slice(7)).toEqual(['', '', '']);
  });
});

describe('remembered mappings and presets', () => {
  it('remembers a confirmed mapping for the same set of headers, whatever their order and case', async () => {
    core = tempCore();
    const first = await runText(core, 'a.csv', 'Name,Email,Colour\nAda Lovelace,ada@x.io,teal\n', 'candidates', { mapping: { Colour: 'tags' } });
    expect(first.mappingSource).toBe('explicit');
    const second = await runText(core, 'b.csv', 'colour,EMAIL,name\nred,alan@x.io,Alan Turing\n', 'candidates');
    expect(second.mappingSource).toBe('remembered');
    expect(second.mapping).toEqual({ colour: 'tags', EMAIL: 'email', name: 'fullName' });
    expect(all(core, 'SELECT full_name, tags FROM people ORDER BY id')).toEqual([
      { full_name: 'Ada Lovelace', tags: '["teal"]' },
      { full_name: 'Alan Turing', tags: '["red"]' },
    ]);
    // Another header set is mapped automatically again.
    const third = await runText(core, 'c.csv', 'Name,Email,Colour,City\nGrace Hopper,grace@x.io,blue,Arlington\n', 'candidates');
    expect([third.mappingSource, third.mapping.Colour]).toEqual(['auto', 'extra']);
  });

  it('saves, lists, uses and deletes named presets', async () => {
    core = tempCore();
    const mapping = { 'Worker ID': 'employeeId', 'Legal Name': 'fullName', 'Why Left': 'exitReason', 'Left On': 'exitDate' };
    const saved = await core.invoke('import.presets.save', { name: 'Workday alumni', kind: 'alumni', mapping });
    expect(saved).toMatchObject({ name: 'Workday alumni', kind: 'alumni', mapping });
    expect((await core.invoke('import.presets.list', { kind: 'alumni' })).map((p) => p.name)).toEqual(['Workday alumni']);
    expect(await core.invoke('import.presets.list', { kind: 'roles' })).toEqual([]);
    const file = put(core, 'wd.csv', 'Worker ID,Legal Name,Why Left,Left On\nW-1,Ada Lovelace,Reduction in force,2024-11-15\n');
    const preview = await previewFile(core, file, 'alumni', { mapping: 'Workday alumni' });
    expect([preview.mappingSource, preview.presets]).toEqual(['preset', [{ id: saved.id, name: 'Workday alumni' }]]);
    const r = await runFile(core, file, 'alumni', { mapping: 'Workday alumni' });
    expect([r.mappingSource, r.created]).toEqual(['preset', 1]);
    expect(all(core, 'SELECT employee_id, exit_reason, exit_date, exit_type, rehire, rehire_source FROM employments')).toEqual([
      { employee_id: 'W-1', exit_reason: 'Reduction in force', exit_date: '2024-11-15', exit_type: 'layoff', rehire: 'eligible', rehire_source: 'derived' },
    ]);
    expect(await core.invoke('import.presets.delete', { id: saved.id })).toEqual({ deleted: true });
    expect(await core.invoke('import.presets.list', {})).toEqual([]);
    expect(await failure(core, file, 'alumni', { mapping: 'Workday alumni' })).toEqual({ code: 'NOT_FOUND', message: 'There is no saved alumni mapping called "Workday alumni".' });
  });

  it('refuses a mapping to a field the kind does not have, or to a column the file does not have', async () => {
    core = tempCore();
    const file = put(core, 'a.csv', 'Name,Email\nAda Lovelace,ada@x.io\n');
    expect(await failure(core, file, 'candidates', { mapping: { Name: 'reqId' } })).toEqual({ code: 'BAD_ARGS', message: '"reqId" is not a field of a candidates import (column "Name").' });
    expect(await failure(core, file, 'candidates', { mapping: { Phone: 'phone' } })).toEqual({ code: 'BAD_ARGS', message: 'The file has no column called "Phone".' });
    expect(tableCounts(core).import_batches).toBe(0);
  });
});

describe('a file nothing can be tied to is refused, naming the columns found', () => {
  it.each([
    ['candidates', 'Title,Company,Skills\nEngineer,Intel,Go\n', 'people.csv has no column that identifies a person (a name, email, LinkedIn URL or employee ID); the columns found were "Title", "Company", "Skills".'],
    ['alumni', 'Team,Exit Reason\nWeb,Layoff\n', 'people.csv has no column that identifies a person (a name, email, LinkedIn URL or employee ID); the columns found were "Team", "Exit Reason".'],
    ['roles', 'Team,Location\nPlatform,Berlin\n', 'people.csv has no column with a role\'s title or req ID; the columns found were "Team", "Location".'],
    ['layoffs', 'Date,Laid Off\n2024-08-01,15000\n', 'people.csv has no company column; the columns found were "Date", "Laid Off".'],
  ] as const)('%s', async (kind, csv, sentence) => {
    core = tempCore();
    const before = tableCounts(core);
    expect(await failure(core, put(core, 'people.csv', csv), kind)).toEqual({ code: 'IMPORT_REFUSED', message: sentence });
    expect(tableCounts(core)).toEqual(before);
  });
});

describe('headings in other languages, and columns known by their values', () => {
  it('maps a French HRIS sheet (Windows-1252, semicolons) and leaves its protected columns out', async () => {
    core = tempCore();
    const csv =
      'Nom complet;Courriel;Poste actuel;Entreprise;Compétences;Date de départ;Années d\'expérience;Sexe;Date de naissance\r\n' +
      'Zoë Lefèvre;zoe.lefevre@exemple.fr;Ingénieure ML senior;Société Générale;Python, PyTorch;14.03.2025;7,5;F;1990-01-01\r\n' +
      'Jürgen Müller;juergen@beispiel.de;Plattform-Ingenieur;Siemens AG;Go, Terraform;01.12.2024;12;M;1980-02-02\r\n';
    const file = put(core, 'depart.csv', Buffer.from(csv, 'latin1'));
    const p = await previewFile(core, file, 'candidates');
    expect(p.columns.map((c) => [c.header, c.target, c.protectedAttribute])).toEqual([
      ['Nom complet', 'fullName', null],
      ['Courriel', 'email', null],
      ['Poste actuel', 'title', null],
      ['Entreprise', 'company', null],
      ['Compétences', 'skills', null],
      ['Date de départ', 'availableOn', null],
      ["Années d'expérience", 'yearsExp', null],
      ['Sexe', 'ignore', 'gender'],
      ['Date de naissance', 'ignore', 'date of birth'],
    ]);
    const r = await runFile(core, file, 'candidates');
    expect(counts(r)).toEqual({ rows: 2, created: 2, merged: 0, rejected: 0, warnings: 0 });
    expect(all(core, 'SELECT full_name, title, company, available_on, years_exp, skill_names, extra FROM people ORDER BY id')).toEqual([
      { full_name: 'Zoë Lefèvre', title: 'Ingénieure ML senior', company: 'Société Générale', available_on: '2025-03-14', years_exp: 7.5, skill_names: 'PyTorch, Python', extra: '{}' },
      { full_name: 'Jürgen Müller', title: 'Plattform-Ingenieur', company: 'Siemens AG', available_on: '2024-12-01', years_exp: 12, skill_names: 'Go, Terraform', extra: '{}' },
    ]);
    expect(storedRows(core, r.batchId!)[0]!.cells.slice(7)).toEqual(['', '']);
  });

  it('finds the email and LinkedIn columns by their values when no heading names them ("Profil" reads as a summary), below an exact heading\'s confidence', async () => {
    core = tempCore();
    const csv = 'Kontakt,Profil,Notiz\nada@x.io,https://www.linkedin.com/in/ada,hi\ngrace@y.io; g@h.io,linkedin.com/in/grace/,\nlinus@z.io,,ok\n';
    const file = put(core, 'kontakte.csv', csv);
    const p = await previewFile(core, file, 'candidates');
    expect(p.columns.map((c) => [c.header, c.target, c.confidence])).toEqual([
      ['Kontakt', 'email', 0.8],
      ['Profil', 'linkedin', 0.8],
      ['Notiz', 'extra', 0],
    ]);
    const r = await runFile(core, file, 'candidates');
    expect(counts(r)).toEqual({ rows: 3, created: 3, merged: 0, rejected: 0, warnings: 0 });
    expect(all(core, 'SELECT email, person_id FROM person_emails ORDER BY email').map((e) => e.email)).toEqual(['ada@x.io', 'g@h.io', 'grace@y.io', 'linus@z.io']);
  });

  it('reads a sheet saved without its heading row: the first row is a person, the columns are named and found by their values', async () => {
    core = tempCore();
    const csv = 'Ada Lovelace,ada@x.io,Staff Engineer,https://linkedin.com/in/ada\nGrace Hopper,grace@y.io,SRE,\nLinus Torvalds,linus@z.io,Kernel,linkedin.com/in/linus\n';
    const file = put(core, 'noheader.csv', csv);
    const p = await previewFile(core, file, 'candidates');
    expect(p.columns.map((c) => [c.header, c.target])).toEqual([['Column 1', 'fullName'], ['Column 2', 'email'], ['Column 3', 'extra'], ['Column 4', 'linkedin']]);
    expect(p.estimatedRows).toBe(3);
    const note = 'The file has no row of column headings ("ada@x.io" is a value, not a heading), so every row was read as data and the columns are called Column 1 to Column 4: check what each one holds.';
    expect(p.notes).toContain(note);
    const r = await runFile(core, file, 'candidates');
    expect(counts(r)).toEqual({ rows: 3, created: 3, merged: 0, rejected: 0, warnings: 0 });
    expect(all(core, 'SELECT full_name, linkedin, extra FROM people ORDER BY id')).toEqual([
      { full_name: 'Ada Lovelace', linkedin: 'https://www.linkedin.com/in/ada', extra: '{"Column 3":"Staff Engineer"}' },
      { full_name: 'Grace Hopper', linkedin: null, extra: '{"Column 3":"SRE"}' },
      { full_name: 'Linus Torvalds', linkedin: 'https://www.linkedin.com/in/linus', extra: '{"Column 3":"Kernel"}' },
    ]);
    expect(storedRows(core, r.batchId!).map((x) => [x.row, x.cells[0]])).toEqual([[1, 'Ada Lovelace'], [2, 'Grace Hopper'], [3, 'Linus Torvalds']]);
    // A mapping confirmed for one file without headings is not offered for the next.
    await runFile(core, file, 'candidates', { mapping: { 'Column 1': 'fullName', 'Column 2': 'email', 'Column 3': 'title', 'Column 4': 'linkedin' } });
    const again = await previewFile(core, file, 'candidates');
    expect(again.mappingSource).toBe('auto');
  });

  it('looks for a name by its values only in a sheet without headings, in its first columns', async () => {
    core = tempCore();
    const mapped = async (name: string, csv: string) => {
      const p = await previewFile(core, put(core, name, csv), 'candidates');
      return p.columns.map((c) => c.target);
    };
    // With headings, capitalised words are a school or a city as often as a name.
    expect(await mapped('school.csv', 'Email,School,Hometown\nada@x.io,Stanford University,New York\ngrace@y.io,Georgia Tech,San Francisco\nalan@z.io,Boston College,Los Angeles\n')).toEqual(['email', 'extra', 'extra']);
    // Without: first and last name side by side, after an ID; the manager's name further right is not theirs.
    expect(await mapped('ids.csv', '1001,Ada,Lovelace,ada@x.io,Platform,Grace Hopper\n1002,Alan,Turing,alan@x.io,Research,Grace Hopper\n1003,Linus,Torvalds,linus@x.io,Kernel,Ken Thompson\n')).toEqual(['extra', 'firstName', 'lastName', 'email', 'extra', 'extra']);
    expect(await mapped('city.csv', 'Ada,Lovelace,ada@x.io,San Francisco\nAlan,Turing,alan@x.io,New York\nLinus,Torvalds,linus@x.io,Los Angeles\n')).toEqual(['firstName', 'lastName', 'email', 'extra']);
  });

  it('reads every row of a sheet without headings even when a later row looks more like headings than the first', async () => {
    core = tempCore();
    const csv = 'Ada Lovelace,ada@x.io,Recruiter,Referral,Job board,Hybrid\nGrace Hopper,grace@y.io,Engineer,Referral,Job board,Onsite\nAlan Turing,alan@z.io,Engineer,Inbound,LinkedIn,Remote\nEdsger Dijkstra,ed@z.io,Engineer,Inbound,Job board,Onsite\n';
    const file = put(core, 'list.csv', csv);
    const p = await previewFile(core, file, 'candidates');
    expect(p.notes.join(' ')).not.toContain('skipped');
    const r = await runFile(core, file, 'candidates');
    expect(counts(r)).toEqual({ rows: 4, created: 4, merged: 0, rejected: 0, warnings: 0 });
    expect(all(core, 'SELECT full_name FROM people ORDER BY id').map((x) => x.full_name)).toEqual(['Ada Lovelace', 'Grace Hopper', 'Alan Turing', 'Edsger Dijkstra']);
  });

  it('keeps a heading row with one odd cell as headings', async () => {
    core = tempCore();
    const p = await previewFile(core, put(core, 'odd.csv', 'Name,Email,www.linkedin.com\nAda Lovelace,ada@x.io,https://www.linkedin.com/in/ada\nAlan Turing,alan@x.io,linkedin.com/in/alan\n'), 'candidates');
    expect(p.columns.map((c) => [c.header, c.target])).toEqual([['Name', 'fullName'], ['Email', 'email'], ['www.linkedin.com', 'linkedin']]);
  });

  it('never takes a column about someone else, or one address shared by many, as the person\'s email', async () => {
    core = tempCore();
    const csv = 'Employee #,Full Name,Manager Email,Contact\n1,Ada Lovelace,bob@corp.com,boss@corp.com\n2,Grace Hopper,bob@corp.com,boss@corp.com\n3,Alan Turing,bob@corp.com,boss@corp.com\n';
    const file = put(core, 'alumni.csv', csv);
    const p = await previewFile(core, file, 'alumni');
    expect(p.columns.map((c) => [c.header, c.target])).toEqual([['Employee #', 'employeeId'], ['Full Name', 'fullName'], ['Manager Email', 'extra'], ['Contact', 'extra']]);
    const r = await runFile(core, file, 'alumni');
    expect(counts(r)).toEqual({ rows: 3, created: 3, merged: 0, rejected: 0, warnings: 0 });
    expect(one(core, 'SELECT count(*) FROM person_emails')).toBe(0);
  });

  it('reads "#" as a number: IDs and phone numbers, never a name; European headings only as written', async () => {
    core = tempCore();
    const target = async (kind: 'candidates' | 'alumni' | 'roles', header: string) => {
      const p = await previewFile(core, put(core, 'h.csv', `${header},Name,Title\nx,Ada Lovelace,SRE\n`), kind);
      return p.columns[0]!.target;
    };
    expect(await target('alumni', 'Employee #')).toBe('employeeId');
    expect(await target('alumni', 'Employee ID #')).toBe('employeeId');
    expect(await target('alumni', 'Worker #')).toBe('employeeId');
    expect(await target('candidates', 'Cell #')).toBe('phone');
    expect(await target('candidates', 'Contact #')).toBe('phone');
    expect(await target('candidates', 'Candidate #')).toBe('extra');
    expect(await target('roles', 'Headcount #')).toBe('headcount');
    // English headers that a typo-tolerant reading took for French or Spanish ones.
    expect(await target('candidates', 'Posted')).toBe('extra');
    expect(await target('candidates', 'Society')).toBe('extra');
    // Not a company: an ID in a candidates file, which has no field for one.
    expect(await target('candidates', 'Employee #')).toBe('extra');
  });

  it('does not take a column by its values when a heading already names the field, or when too few values look right', async () => {
    core = tempCore();
    const csv = 'Email,Backup contact,Misc\nada@x.io,ada@home.io,a@b.io\ngrace@y.io,grace@home.io,not an email\nlinus@z.io,linus@home.io,nope\n';
    const p = await previewFile(core, put(core, 'c.csv', csv), 'candidates');
    expect(p.columns.map((c) => [c.header, c.target])).toEqual([['Email', 'email'], ['Backup contact', 'extra'], ['Misc', 'extra']]);
  });
});

describe('very wide files', () => {
  it('answers 100,000 header columns quickly, refusing them in one short sentence', async () => {
    core = tempCore();
    const n = 100_000;
    const file = put(core, 'wide.csv', `${Array.from({ length: n }, (_, i) => `col${i}`).join(',')}\n${Array.from({ length: n }, (_, i) => i).join(',')}\n`);
    const started = performance.now();
    const f = await failure(core, file, 'candidates');
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(f).toEqual({
      code: 'IMPORT_REFUSED',
      message: 'wide.csv has no column that identifies a person (a name, email, LinkedIn URL or employee ID); the columns found were "col0", "col1", "col2", "col3", "col4", "col5", "col6", "col7", "col8", "col9", "col10", "col11" and 99,988 more.',
    });
  });

  it('maps the known columns of a sheet wider than the fuzzy-matching limit', async () => {
    core = tempCore();
    const headers = [...Array.from({ length: 600 }, (_, i) => `Field ${i}`), 'Candidate Email', 'Full Name'];
    const r = await runText(core, 'wide.csv', `${headers.join(',')}\n${[...headers.slice(0, 600).map(() => 'x'), 'ada@x.io', 'Ada Lovelace'].join(',')}\n`, 'candidates');
    expect([r.mapping['Candidate Email'], r.mapping['Full Name'], r.created]).toEqual(['email', 'fullName', 1]);
  });
});
