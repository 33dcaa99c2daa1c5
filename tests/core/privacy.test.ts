import crypto from 'node:crypto';
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { isTombstoned, tombstoneHash } from '../../src/core/privacy';
import { identityKeyHash } from '../../src/core/import/identity';
import { runCli } from '../../src/cli/main';
import type { CoreEvent } from '../../src/shared/api/events';
import { tempCore } from '../helpers/tempCore';
import { addPersonSkills } from '../../src/core/repos/personSkills';
import { SKILL_ROWS } from '../helpers/skillRows';

let core: ReturnType<typeof tempCore>;
afterEach(async () => core?.dispose());

/** Two people, an import that carried both, a rejected row carrying Ada, a shortlist, a role, scores. */
function seed(db: Database.Database): { ada: number; grace: number } {
  db.exec(`
    INSERT INTO import_batches (id, file_name, file_hash, kind, rows, created, merged, rejected) VALUES (1, 'ats.csv', 'h', 'candidates', 3, 2, 0, 1);
    INSERT INTO people (id, full_name, title, linkedin, phone, summary, notes, extra, created_batch_id)
      VALUES (1, 'Ada Lovelace', 'ML engineer', 'https://www.linkedin.com/in/ada-lovelace', '+44 20 7946 0001', 'Analytical engines', 'Met at PyCon', '{"GitHub":"adal"}', 1),
             (2, 'Grace Hopper', 'Platform engineer', 'https://www.linkedin.com/in/grace', NULL, 'Compilers', '', '{}', 1);
    INSERT INTO person_emails (email, person_id) VALUES ('ada@example.com', 1), ('ada.l@work.example', 1), ('grace@example.com', 2);
    INSERT INTO employments (id, person_id, employee_id, team, title, exit_type, exit_reason, rehire) VALUES (1, 1, 'E-1001', 'Research', 'Scientist', 'layoff', 'Restructuring 2024', 'eligible');
    INSERT INTO person_protected (person_id, attribute, value, batch_id) VALUES (1, 'Gender', 'female', 1);
    INSERT INTO import_rows (batch_id, row_no, raw, outcome, person_id, messages) VALUES
      (1, 1, '["Ada Lovelace","ada@example.com","pytorch, k8s"]', 'created', 1, '[]'),
      (1, 2, '["Grace Hopper","grace@example.com","golang"]', 'created', 2, '[{"column":"","value":"","severity":"warning","message":"This row matches #1 Ada Lovelace by email and also #2"}]'),
      (1, 3, '["A. Lovelace","ADA@EXAMPLE.COM","not-a-date"]', 'rejected', NULL, '[{"column":"Email","value":"ADA@EXAMPLE.COM","severity":"error","message":"bad date"}]');
    INSERT INTO import_changes (batch_id, entity, entity_id, field, old_value) VALUES
      (1, 'people', '1', 'title', 'Old title of Ada'), (1, 'person_emails', 'ada@example.com', '+row', '1'), (1, 'person_skills', '[1,"PyTorch"]', '+row', NULL),
      (1, 'employments', '1', 'team', 'Old team'), (1, 'people', '2', 'title', 'Old title of Grace'),
      -- Another person's skill whose id starts like Ada's (#12, not #1): it stays when Ada goes.
      (1, 'person_skills', '[12,"Go"]', '+row', NULL);
    INSERT INTO roles (id, req_id, title, track) VALUES (1, 'REQ-1', 'ML engineer', 'ai_ml');
    INSERT INTO shortlists (id, name, role_id) VALUES (1, 'ML shortlist', 1);
    INSERT INTO shortlist_entries (shortlist_id, person_id, position, note, score, explanation) VALUES (1, 1, 1, 'Strong on PyTorch', 88, '{"score":88}'), (1, 2, 2, '', 70, '{}');
    INSERT INTO match_results (role_id, person_id, score, rank, explanation, engine_version, computed_at) VALUES (1, 1, 88, 1, '{}', 'match-1', '2025-01-01'), (1, 2, 70, 2, '{}', 'match-1', '2025-01-01');
    INSERT INTO audit_log (action, subject, details) VALUES ('merge', 'person:1', '{"name":"Ada Lovelace"}'), ('export', NULL, '{"to":"ada@example.com"}'), ('import', 'batch:1', '{"file":"ats.csv"}');
  `);
  addPersonSkills(db, 1, [['PyTorch', 1, 'pytorch', 'skills_cell', 1], ['Kubernetes', 1, 'k8s', 'skills_cell', 1]]);
  addPersonSkills(db, 2, [['Go', 1, 'golang', 'skills_cell', 1]]);
  return { ada: 1, grace: 2 };
}

const count = (db: Database.Database, sql: string) => db.prepare(sql).pluck().get() as number;

describe('forgetting a person', () => {
  it('removes them and everything that carried them, and leaves only hashed tombstones', async () => {
    core = tempCore();
    const { ada, grace } = seed(core.db);
    const events: CoreEvent[] = [];
    core.on((e) => events.push(e));
    const r = await core.invoke('people.forget', { id: ada });
    expect(r).toEqual({
      personId: 1,
      people: 1,
      keys: 4,
      tombstones: 4,
      importRows: 2,
      shortlistEntries: 1,
      employments: 1,
      skills: 2,
      message: 'Person #1 was erased, with 2 imported rows that carried them. A later import will skip them unless you allow it.',
    });
    const db = core.db;
    expect(db.prepare('SELECT id FROM people').pluck().all()).toEqual([grace]);
    expect(count(db, 'SELECT count(*) FROM person_emails WHERE person_id = 1')).toBe(0);
    expect(count(db, `SELECT count(*) FROM ${SKILL_ROWS} WHERE person_id = 1`)).toBe(0);
    expect(count(db, 'SELECT count(*) FROM employments')).toBe(0);
    expect(count(db, 'SELECT count(*) FROM person_protected')).toBe(0);
    expect(db.prepare('SELECT person_id FROM shortlist_entries').pluck().all()).toEqual([grace]);
    expect(db.prepare('SELECT person_id FROM match_results').pluck().all()).toEqual([grace]);
    // The batch keeps its three rows (its counts stand); Ada's two are marked erased and empty.
    expect(db.prepare('SELECT row_no, raw, outcome, person_id, messages FROM import_rows ORDER BY row_no').all()).toEqual([
      { row_no: 1, raw: '[]', outcome: 'erased', person_id: null, messages: '[]' },
      { row_no: 2, raw: '["Grace Hopper","grace@example.com","golang"]', outcome: 'created', person_id: 2, messages: '[{"column":"","value":"","severity":"warning","message":"A message about a person who was later erased was removed."}]' },
      { row_no: 3, raw: '[]', outcome: 'erased', person_id: null, messages: '[]' },
    ]);
    expect(db.prepare('SELECT entity, entity_id FROM import_changes ORDER BY rowid').all()).toEqual([{ entity: 'people', entity_id: '2' }, { entity: 'person_skills', entity_id: '[12,"Go"]' }]);
    expect(db.prepare('SELECT action, subject, details FROM audit_log ORDER BY id').all()).toEqual([
      { action: 'merge', subject: 'person:1', details: '{"erased":true}' },
      { action: 'export', subject: null, details: '{"erased":true}' },
      { action: 'import', subject: 'batch:1', details: '{"file":"ats.csv"}' },
      { action: 'forget', subject: 'person:1', details: '{"by":"me","keys":4,"importRows":2,"shortlistEntries":1,"employments":1,"skills":2}' },
    ]);
    // Tombstones: sha256 of each normalised key, nothing readable.
    const hashes = db.prepare('SELECT key_hash FROM tombstones ORDER BY key_hash').pluck().all();
    expect(hashes).toEqual(
      [tombstoneHash('email', 'ada@example.com'), tombstoneHash('email', 'ada.l@work.example'), tombstoneHash('linkedin', 'https://www.linkedin.com/in/ada-lovelace'), tombstoneHash('employee_id', 'E-1001')].sort(),
    );
    expect(tombstoneHash('email', 'ada@example.com')).toBe(crypto.createHash('sha256').update('email:ada@example.com').digest('hex'));
    expect(isTombstoned(db, { emails: [' ADA@Example.com '] })).toBe(true);
    expect(isTombstoned(db, { employeeId: 'E-1001' })).toBe(true);
    expect(isTombstoned(db, { emails: ['grace@example.com'], linkedin: 'https://www.linkedin.com/in/grace' })).toBe(false);
    expect(isTombstoned(db, {})).toBe(false);
    expect(events).toContainEqual(expect.objectContaining({ type: 'data.changed', areas: expect.arrayContaining(['people', 'alumni', 'shortlists', 'imports']) }));
  });

  it('leaves no trace of them in the workspace file itself', async () => {
    core = tempCore();
    const { ada } = seed(core.db);
    core.db.pragma('wal_checkpoint(TRUNCATE)');
    const before = fs.readFileSync(core.dbPath);
    expect(before.includes('ada@example.com')).toBe(true);
    await core.invoke('people.forget', { id: ada });
    const bytes = Buffer.concat([fs.readFileSync(core.dbPath), fs.existsSync(`${core.dbPath}-wal`) ? fs.readFileSync(`${core.dbPath}-wal`) : Buffer.alloc(0)]);
    for (const s of ['ada@example.com', 'ADA@EXAMPLE.COM', 'ada.l@work.example', 'Ada Lovelace', 'A. Lovelace', 'ada-lovelace', 'E-1001', 'Analytical engines', 'Met at PyCon', '+44 20 7946 0001', 'Old title of Ada', 'Strong on PyTorch']) {
      expect(bytes.includes(s), `${s} is still in the file`).toBe(false);
    }
    expect(bytes.includes('grace@example.com')).toBe(true);
  });

  it('says when there is no such person, and when a person had nothing to remember them by', async () => {
    core = tempCore();
    expect(await core.call('people.forget', { id: 99 })).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'That person is no longer in the workspace.', field: 'id' } });
    core.db.prepare("INSERT INTO people (id, full_name) VALUES (5, 'Nameless')").run();
    const r = await core.invoke('people.forget', { id: 5 });
    expect(r.message).toBe('Person #5 was erased, with 0 imported rows that carried them. They had no email, LinkedIn or employee ID, so a later import of the same list could bring them back.');
  });

  it('waits for an import under way rather than racing it', async () => {
    core = tempCore();
    seed(core.db);
    core.ctx.jobs.running = () => ['import-7'];
    expect(await core.call('people.forget', { id: 1 })).toEqual({ ok: false, error: { code: 'CONFLICT', message: 'Erasing a person has to wait until the work under way (an import or re-score) has finished.' } });
    expect(count(core.db, 'SELECT count(*) FROM people')).toBe(2);
  });

  it('can let an erased person be imported again when the user says so', async () => {
    core = tempCore();
    seed(core.db);
    await core.invoke('people.forget', { id: 1 });
    expect(await core.invoke('privacy.allowReimport', { email: 'Ada@Example.com' })).toEqual({ released: 1 });
    expect(isTombstoned(core.db, { emails: ['ada@example.com'] })).toBe(false);
    expect(isTombstoned(core.db, { emails: ['ada.l@work.example'] })).toBe(true);
    expect(await core.invoke('privacy.allowReimport', { linkedin: 'linkedin.com/in/Ada-Lovelace/', employeeId: 'E-1001' })).toEqual({ released: 2 });
    expect((await core.call('privacy.allowReimport', {})).ok).toBe(false);
  });

  it('works from the command line by email (bridgehire forget --email E)', async () => {
    core = tempCore();
    seed(core.db);
    await core.close();
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t) };
    expect(await runCli(['forget', '--email', 'ADA@example.com', '--db', core.dbPath, '--json'], io)).toBe(0);
    expect(JSON.parse(out[0]!)).toMatchObject({ personId: 1, importRows: 2 });
    expect(await runCli(['forget', '--email', 'ada@example.com', '--db', core.dbPath], io)).toBe(2);
    expect(err).toEqual(['The person with the email address ada@example.com was already erased.']);
    expect(await runCli(['forget', '--db', core.dbPath], io)).toBe(2);
    expect(err[1]).toBe('Say whom to erase: bridgehire forget --email E');
    core = tempCore();
  });
});

describe('importing an erased person again', () => {
  /** Imports the list, erases Ada at her request, runs `between`, then imports the same list again. */
  async function forgetThenReimport(csv = 'Full name,Email,Title\nAda Lovelace,ada@example.com,Engineer\nGrace Hopper,grace@example.com,Admiral\n', between = () => {}) {
    core = tempCore();
    const file = path.join(core.dir, 'list.csv');
    fs.writeFileSync(file, csv);
    await core.invoke('import.run', { fileId: core.files.register(file).id, kind: 'candidates' });
    const ada = core.db.prepare("SELECT person_id FROM person_emails WHERE email = 'ada@example.com'").pluck().get() as number;
    await core.invoke('people.forget', { id: ada });
    between();
    return core.invoke('import.run', { fileId: core.files.register(file).id, kind: 'candidates' });
  }

  it('hashes keys the same way as the importer checks them', () => {
    for (const [kind, value] of [['email', 'ada@example.com'], ['linkedin', 'https://www.linkedin.com/in/ada'], ['employee_id', 'E-1']] as const) {
      expect(tombstoneHash(kind, value)).toBe(identityKeyHash(kind, value));
    }
  });

  it('skips them, saying why', async () => {
    const r = await forgetThenReimport();
    expect([r.created, r.merged, r.rejected]).toEqual([0, 1, 1]);
    expect(r.issues).toContainEqual({ row: 1, column: '', value: '', severity: 'warning', message: 'This person asked to be forgotten and was erased; the row was skipped.' });
    expect(core.db.prepare('SELECT full_name FROM people').pluck().all()).toEqual(['Grace Hopper']);
  });

  it('does not count their unknown skill terms either', async () => {
    const r = await forgetThenReimport('Full name,Email,Skills\nAda Lovelace,ada@example.com,Analytical engine tinkering\n', () => core.db.prepare('DELETE FROM unknown_skills').run());
    expect([r.created, r.rejected, r.unknownSkills]).toEqual([0, 1, 0]);
    expect(core.db.prepare('SELECT count(*) FROM unknown_skills').pluck().get()).toBe(0);
  });

  // A skipped row of an erased person is logged as ERASED_RAW, so their data never comes back through the import log.
  it('keeps no copy of their row in the import log', async () => {
    await forgetThenReimport();
    const raws = core.db.prepare('SELECT raw FROM import_rows').pluck().all() as string[];
    expect(raws.filter((raw) => raw.includes('ada@example.com'))).toEqual([]);
  });
});

describe('a subject access request', () => {
  it('exports everything held about one person as JSON, and audits it', async () => {
    core = tempCore({ now: () => new Date('2025-05-01T12:00:00Z') });
    seed(core.db);
    const r = await core.invoke('people.exportData', { id: 1 });
    expect(r.fileName).toBe('bridgehire-person-1-2025-05-01.json');
    const doc = JSON.parse(r.content);
    expect(doc.person).toMatchObject({ id: 1, full_name: 'Ada Lovelace', phone: '+44 20 7946 0001', notes: 'Met at PyCon', extra: { GitHub: 'adal' } });
    expect(doc.emails.map((e: { email: string }) => e.email)).toEqual(['ada.l@work.example', 'ada@example.com']);
    expect(doc.skills.map((s: { skill: string; raw: string }) => `${s.skill}<${s.raw}`)).toEqual(['Kubernetes<k8s', 'PyTorch<pytorch']);
    expect(doc.employments).toEqual([expect.objectContaining({ employee_id: 'E-1001', exit_reason: 'Restructuring 2024' })]);
    expect(doc.keptApart).toEqual([{ attribute: 'Gender', value: 'female', batch_id: 1 }]);
    expect(doc.shortlists).toEqual([expect.objectContaining({ shortlist: 'ML shortlist', reqId: 'REQ-1', note: 'Strong on PyTorch', score: 88, explanation: { score: 88 } })]);
    expect(doc.matchScores).toEqual([expect.objectContaining({ reqId: 'REQ-1', score: 88 })]);
    expect(doc.importedFrom).toEqual([expect.objectContaining({ fileName: 'ats.csv', rowNo: 1, raw: ['Ada Lovelace', 'ada@example.com', 'pytorch, k8s'] })]);
    expect(doc.auditLog).toEqual([{ at: expect.any(String), action: 'merge', details: { name: 'Ada Lovelace' } }]);
    expect(JSON.stringify(doc)).not.toContain('Grace');
    const audit = await core.invoke('audit.list', { filter: { action: { filterType: 'text', type: 'equals', filter: 'export' } } });
    expect(audit.rows[0]).toMatchObject({ subject: 'person:1', details: { by: 'me', kind: 'subject_access' } });
    expect(await core.call('people.exportData', { id: 42 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('retention', () => {
  function seedAges(db: Database.Database) {
    db.exec(`
      INSERT INTO people (id, full_name, created_at, stage, contacted_at, sources) VALUES
        (1, 'Old list entry', '2024-01-01T00:00:00Z', 'new', NULL, '["layoff_list"]'),
        (2, 'Old but contacted', '2024-01-01T00:00:00Z', 'contacted', '2024-02-01', '["ats"]'),
        (3, 'Old, stage moved', '2024-01-01T00:00:00Z', 'screening', NULL, '["ats"]'),
        (4, 'Recent list entry', '2025-04-20T00:00:00Z', 'new', NULL, '["layoff_list"]'),
        (5, 'Old alumnus', '2024-01-01T00:00:00Z', 'new', NULL, '["alumni"]'),
        (6, 'Old, shortlisted', '2024-01-01T00:00:00Z', 'new', NULL, '["ats"]'),
        (7, 'Another old entry', '2024-03-01T00:00:00Z', 'new', NULL, '["ats"]');
      INSERT INTO person_emails (email, person_id) VALUES ('old@example.com', 1);
      INSERT INTO employments (person_id, employee_id) VALUES (5, 'E-5');
      INSERT INTO shortlists (id, name) VALUES (1, 'L');
      INSERT INTO shortlist_entries (shortlist_id, person_id, position) VALUES (1, 6, 1);
      INSERT INTO import_batches (id, file_name, file_hash, kind) VALUES (1, 'list.csv', 'h', 'candidates');
      INSERT INTO import_rows (batch_id, row_no, raw, outcome, person_id) VALUES (1, 1, '["Old list entry","old@example.com"]', 'created', 1);
    `);
  }

  it('previews, then removes never-contacted list entries older than N days (not alumni, not shortlisted)', async () => {
    core = tempCore({ now: () => new Date('2025-05-01T00:00:00Z') });
    seedAges(core.db);
    const p = await core.invoke('privacy.retention.preview', { days: 180 });
    expect(p).toEqual({
      days: 180,
      cutoff: '2024-11-02T00:00:00.000Z',
      count: 2,
      sample: [
        { id: 1, name: 'Old list entry', addedAt: '2024-01-01T00:00:00Z', sources: ['layoff_list'] },
        { id: 7, name: 'Another old entry', addedAt: '2024-03-01T00:00:00Z', sources: ['ats'] },
      ],
      message: '2 people added more than 180 days ago and never contacted would be removed, with the imported rows that carried them.',
    });
    expect(await core.call('privacy.retention.run', { days: 180, expected: 3 })).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'The workspace changed since the preview (2 people now match, not 3). Look at the preview again before removing anyone.', field: 'expected' },
    });
    expect(count(core.db, 'SELECT count(*) FROM people')).toBe(7);
    expect(await core.invoke('privacy.retention.run', { days: 180, expected: 2 })).toEqual({ removed: 2, message: '2 people were removed under the 180-day retention rule.' });
    expect(core.db.prepare('SELECT id FROM people ORDER BY id').pluck().all()).toEqual([2, 3, 4, 5, 6]);
    expect(core.db.prepare('SELECT raw, outcome FROM import_rows').get()).toEqual({ raw: '[]', outcome: 'erased' });
    expect(count(core.db, 'SELECT count(*) FROM tombstones')).toBe(0); // they may come back on a later list
    const audit = await core.invoke('audit.list', {});
    expect(audit.rows[0]).toMatchObject({ action: 'retention', subject: null, details: { by: 'me', days: 180, removed: 2, importRows: 1 } });
    expect((await core.invoke('privacy.retention.preview', { days: 180 })).message).toBe(
      'No one would be removed: everyone added more than 180 days ago has been contacted, shortlisted or is a former employee.',
    );
  });
});

describe('blind review', () => {
  it('masks names, emails, phone, photos and LinkedIn in lists and details while on, and not in a subject access export', async () => {
    core = tempCore();
    seed(core.db);
    expect(await core.invoke('settings.get', {})).toEqual({ blindReview: false, retentionDays: null, backupKeep: 10 });
    await core.invoke('settings.update', { patch: { blindReview: true } });
    const people = await core.invoke('people.list', { sort: [{ colId: 'id', sort: 'asc' }] });
    expect(people.rows.map((r) => [r.id, r.name, r.emails, r.linkedin, r.title, r.skills])).toEqual([
      [1, 'Candidate #1', [], null, 'ML engineer', ['Kubernetes', 'PyTorch']],
      [2, 'Candidate #2', [], null, 'Platform engineer', ['Go']],
    ]);
    // A filter or sort on a hidden column cannot be used to find out who is who.
    const probe = await core.invoke('people.list', { filter: { name: { filterType: 'text', type: 'contains', filter: 'ada' } }, sort: [{ colId: 'name', sort: 'asc' }] });
    expect(probe.total).toBe(2);
    // Nor can the search box: a name or an email finds no one, a title or skill still does.
    const search = async (quick: string) => (await core.invoke('people.list', { quick })).total;
    expect([await search('lovelace'), await search('ada@example'), await search('platform'), await search('pytorch')]).toEqual([0, 0, 1, 1]);
    expect((await core.invoke('alumni.list', { quick: 'lovelace' })).total).toBe(0);
    expect((await core.invoke('alumni.list', { quick: 'pytorch' })).total).toBe(1);
    expect([(await core.invoke('match.forRole', { role: 'REQ-1', quick: 'grace' })).total, (await core.invoke('match.forRole', { role: 'REQ-1', quick: 'platform' })).total]).toEqual([0, 1]);
    const detail = await core.invoke('people.get', { id: 1 });
    expect(detail).toMatchObject({ name: 'Candidate #1', emails: [], linkedin: null, phone: null, extra: {}, summary: 'Analytical engines' });
    const alumni = await core.invoke('alumni.list', {});
    expect(alumni.rows.map((r) => [r.name, r.emails, r.linkedin, r.employeeId])).toEqual([['Candidate #1', [], null, 'E-1001']]);
    const sar = JSON.parse((await core.invoke('people.exportData', { id: 1 })).content);
    expect(sar.person.full_name).toBe('Ada Lovelace');

    await core.invoke('settings.update', { patch: { blindReview: false } });
    expect((await core.invoke('people.get', { id: 1 })).name).toBe('Ada Lovelace');
    const audit = await core.invoke('audit.list', { filter: { action: { filterType: 'text', type: 'equals', filter: 'settings' } }, sort: [{ colId: 'id', sort: 'asc' }] });
    expect(audit.rows.map((r) => r.details)).toEqual([
      { by: 'me', blindReview: { from: false, to: true } },
      { by: 'me', blindReview: { from: true, to: false } },
    ]);
  });

  it('refuses settings it does not know or out of range', async () => {
    core = tempCore();
    expect((await core.call('settings.update', { patch: { retentionDays: 0 } })).ok).toBe(false);
    expect((await core.call('settings.update', { patch: { backupKeep: 1000 } })).ok).toBe(false);
    expect((await core.call('settings.update', { patch: { colour: 'red' } })).ok).toBe(false);
    expect(await core.invoke('settings.update', { patch: { retentionDays: 365, backupKeep: 5 } })).toEqual({ blindReview: false, retentionDays: 365, backupKeep: 5 });
    expect(await core.invoke('settings.update', { patch: { retentionDays: null } })).toEqual({ blindReview: false, retentionDays: null, backupKeep: 5 });
  });
});
