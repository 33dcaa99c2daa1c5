import { unpackSkills } from '../../src/core/repos/personSkills';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, PAGE_SIZE } from '../../src/core/db/open';
import { MIGRATIONS } from '../../src/core/db/migrations';
import { latestVersion, migrate, type Migration } from '../../src/core/db/migrate';
import { listBackups } from '../../src/core/backup/files';
import { createCore } from '../../src/core';
import { ApiError } from '../../src/shared/api/errors';
import { tempDir } from '../helpers/tempCore';

const LATEST = latestVersion(MIGRATIONS);
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function workspace(): string {
  const dir = tempDir('bh-migrations-');
  dirs.push(dir);
  return path.join(dir, 'workspace.sqlite');
}

/** A database as an older Bridgehire left it: only migrations up to `version` applied. */
function buildAt(dbPath: string, version: number, migrations: readonly Migration[] = MIGRATIONS): Database.Database {
  const db = new Database(dbPath);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.filter((m) => m.version <= version));
  return db;
}

const schema = (db: Database.Database) => (db.prepare("SELECT type || ' ' || name AS o FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY 1").raw().all() as [string][]).map((r) => r[0]);
/** How SQLite would run a query: its plan's lines, joined. */
const plan = (db: Database.Database, sql: string, ...params: unknown[]) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join(' ');
const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

function openError(dbPath: string): ApiError {
  try {
    openDatabase({ dbPath }).close();
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error('the workspace opened');
}

/** What each released migration must leave behind (later ones are checked generically). */
const ADDS: Record<number, string[]> = {
  1: ['table people', 'table person_emails', 'table person_skills', 'table employments', 'table roles', 'table import_batches', 'table import_rows', 'table audit_log', 'table tombstones', 'table settings', 'table shortlist_entries'],
  2: ['table match_roles_state', 'table match_best', 'index match_best_role'],
  3: ['table person_protected'],
};

describe('a fresh workspace', () => {
  it('reaches the latest schema version with no backup taken (there was nothing to keep)', () => {
    const dbPath = workspace();
    const db = openDatabase({ dbPath });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    expect(listBackups(dbPath)).toEqual([]);
  });

  it('gets 16 KiB pages when new, while an existing workspace keeps its own page size', () => {
    const fresh = workspace();
    const db = openDatabase({ dbPath: fresh });
    expect(db.pragma('page_size', { simple: true })).toBe(PAGE_SIZE);
    db.close();
    const older = workspace();
    buildAt(older, 1).close(); // SQLite's default, 4 KiB
    const again = openDatabase({ dbPath: older });
    expect(again.pragma('page_size', { simple: true })).toBe(4096);
    expect(again.pragma('user_version', { simple: true })).toBe(LATEST);
    again.close();
  });

  it('numbers its migrations 1..n without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: MIGRATIONS.length }, (_, i) => i + 1));
  });
});

describe('each migration', () => {
  for (const m of MIGRATIONS) {
    it(`${String(m.version).padStart(3, '0')}_${m.name} applies on top of version ${m.version - 1} and adds what it should`, () => {
      const dbPath = workspace();
      const db = buildAt(dbPath, m.version - 1);
      const before = schema(db);
      expect(migrate(db, MIGRATIONS.filter((x) => x.version <= m.version))).toEqual([m.version]);
      const added = schema(db).filter((o) => !before.includes(o));
      expect(db.pragma('user_version', { simple: true })).toBe(m.version);
      for (const o of ADDS[m.version] ?? []) expect(added).toContain(o);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      db.close();
    });
  }
});

describe('005_packed_skills', () => {
  it('moves each person\'s skills onto their row, known first then by name, and drops person_skills', () => {
    const db = buildAt(workspace(), 4);
    db.exec(`
      INSERT INTO import_batches (id, kind, file_name, file_hash) VALUES (7, 'candidates', 'a.csv', 'h');
      INSERT INTO people (id, full_name) VALUES (1, 'Ada'), (2, 'Grace'), (3, 'Alan');
      INSERT INTO person_skills (person_id, skill, known, raw, origin, batch_id) VALUES
        (1, 'quantum basket weaving', 0, 'Quantum basket weaving', 'skills_cell', 7),
        (1, 'PyTorch', 1, 'pytorch', 'skills_cell', 7), (1, 'Kubernetes', 1, 'k8s', 'text', NULL),
        (2, 'Go', 1, 'Go', 'manual', NULL);
      INSERT INTO roles (id, req_id, title, track) VALUES (1, 'REQ-1', 'ML engineer', 'ai_ml'), (2, 'REQ-2', 'SRE', 'platform'), (3, 'REQ-3', 'Data', 'data');
      INSERT INTO match_roles_state (role_id, engine_version, weights, role_sig, people_sig, taxonomy_sig, as_of, scored, kept, computed_at) VALUES
        (1, 'e', '{}', 'r', '[3,"2026-01-02T03:04:05.678Z",3,4,0,0]', 't', '2026-01-02', 3, 3, 'x'),
        (2, 'e', '{}', 'r', '[3,"2026-01-02T03:04:05.678Z",3,2,0,0]', 't', '2026-01-02', 3, 3, 'x'),
        (3, 'e', '{}', 'r', 'stale', 't', '2026-01-02', 3, 3, 'x');`);
    migrate(db, MIGRATIONS.filter((m) => m.version <= 5));
    // Match freshness no longer counts skills: a signature whose count held is still current, one that did not stays stale.
    expect(db.prepare('SELECT people_sig FROM match_roles_state ORDER BY role_id').pluck().all()).toEqual(['[3,"2026-01-02T03:04:05.678Z",3,0,0,0]', '[3,"2026-01-02T03:04:05.678Z",3,-1,0,0]', 'stale']);
    const rows = db.prepare('SELECT id, skills, skill_names FROM people ORDER BY id').all() as { id: number; skills: string; skill_names: string }[];
    // Stored short: raw "" where it is the name, the origin as a letter; read back in full.
    expect(rows.map((r) => ({ ...r, skills: JSON.parse(r.skills) as unknown }))).toEqual([
      { id: 1, skills: [['Kubernetes', 1, 'k8s', 't', null], ['PyTorch', 1, 'pytorch', 'c', 7], ['quantum basket weaving', 0, 'Quantum basket weaving', 'c', 7]], skill_names: 'Kubernetes, PyTorch, quantum basket weaving' },
      { id: 2, skills: [['Go', 1, '', 'm', null]], skill_names: 'Go' },
      { id: 3, skills: [], skill_names: '' },
    ]);
    expect(unpackSkills(rows[1]!.skills)).toEqual([['Go', 1, 'Go', 'manual', null]]);
    expect(unpackSkills(rows[0]!.skills)[2]).toEqual(['quantum basket weaving', 0, 'Quantum basket weaving', 'skills_cell', 7]);
    expect(schema(db)).not.toContain('table person_skills');
    expect(schema(db)).not.toContain('index person_skills_skill');
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});

describe('006_linkedin_index', () => {
  it('rebuilds people with LinkedIn unique as a named index, and keeps every row that points at a person', () => {
    const db = buildAt(workspace(), 5);
    db.exec(`
      INSERT INTO people (id, full_name, linkedin, skills, skill_names) VALUES (1, 'Ada', 'https://www.linkedin.com/in/ada', '[["Go",1,"","m",null]]', 'Go'), (2, 'Grace', NULL, '[]', '');
      INSERT INTO person_emails (email, person_id) VALUES ('ada@example.com', 1), ('grace@example.com', 2);
      INSERT INTO employments (person_id, employee_id) VALUES (1, 'E-1');
      INSERT INTO shortlists (id, name) VALUES (1, 'AI');
      INSERT INTO shortlist_entries (shortlist_id, person_id, position) VALUES (1, 2, 1);`);
    const before = db.prepare('SELECT * FROM people ORDER BY id').all();
    migrate(db, MIGRATIONS.filter((m) => m.version <= 6));
    // Same rows, same columns in the same order; nothing cascaded away when the old table went.
    expect(db.prepare('SELECT * FROM people ORDER BY id').all()).toEqual(before);
    expect(db.prepare('SELECT email, person_id FROM person_emails ORDER BY email').raw().all()).toEqual([['ada@example.com', 1], ['grace@example.com', 2]]);
    expect(db.prepare('SELECT person_id FROM employments').pluck().all()).toEqual([1]);
    expect(db.prepare('SELECT person_id FROM shortlist_entries').pluck().all()).toEqual([2]);
    expect(schema(db)).toEqual(expect.arrayContaining(['index people_linkedin', 'index people_name', 'index people_track_level', 'index people_company', 'index people_available', 'index people_stage', 'index people_updated']));
    expect(() => db.prepare("INSERT INTO people (full_name, linkedin) VALUES ('Copy', 'https://www.linkedin.com/in/ada')").run()).toThrow(/UNIQUE constraint failed: people.linkedin/);
    // Children still point at people by name, and the keys are enforced again afterwards.
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(() => db.prepare("INSERT INTO person_emails (email, person_id) VALUES ('nobody@example.com', 99)").run()).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM people WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM person_emails').pluck().get()).toBe(1);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});

describe('007_layoff_event_index', () => {
  it('indexes the people linked to a layoff event, so deleting an event finds them without reading everyone', () => {
    const db = buildAt(workspace(), 7);
    db.exec(`
      INSERT INTO layoff_events (id, company, company_norm) VALUES (1, 'Intel', 'intel'), (2, 'Meta', 'meta');
      INSERT INTO people (id, full_name, layoff_event_id) VALUES (1, 'Ada', 1), (2, 'Grace', NULL), (3, 'Alan', 2);`);
    expect(plan(db, 'SELECT id FROM people WHERE layoff_event_id = ?', 1)).toContain('USING COVERING INDEX people_layoff_event');
    db.prepare('DELETE FROM layoff_events WHERE id = 1').run();
    expect(db.prepare('SELECT id, layoff_event_id FROM people ORDER BY id').raw().all()).toEqual([[1, null], [2, null], [3, 2]]);
    db.close();
  });
});

describe('008_import_changes_entity', () => {
  it('finds the undo log of one person (what erasing them removes) through an index', () => {
    const db = buildAt(workspace(), 8);
    expect(plan(db, "SELECT 1 FROM import_changes WHERE entity = 'people' AND entity_id = '12'")).toContain('USING COVERING INDEX import_changes_entity');
    expect(plan(db, "SELECT 1 FROM import_changes WHERE entity = 'person_skills' AND entity_id >= '[12,' AND entity_id < '[12-'")).toContain('USING COVERING INDEX import_changes_entity');
    db.close();
  });
});

describe('009_latest_stint_index', () => {
  it('finds a person\'s latest stint as the first entry of an index, without sorting their stints', () => {
    const db = buildAt(workspace(), 9);
    const latest = plan(db, 'SELECT e2.id FROM employments e2 WHERE e2.person_id = ? ORDER BY e2.exit_date IS NULL, e2.exit_date DESC, e2.id DESC LIMIT 1', 1);
    expect(latest).toContain('USING COVERING INDEX employments_latest');
    expect(latest).not.toContain('TEMP B-TREE');
    db.close();
  });
});

describe('migrate', () => {
  it('refuses to run inside a caller\'s transaction with foreign keys on, where a table rebuild would cascade', () => {
    const db = buildAt(workspace(), 5);
    db.exec("INSERT INTO people (id, full_name) VALUES (1, 'Ada'); INSERT INTO person_emails (email, person_id) VALUES ('ada@example.com', 1);");
    expect(() => db.transaction(() => migrate(db, MIGRATIONS))()).toThrow(/outside a transaction/);
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    expect(db.prepare('SELECT count(*) FROM person_emails').pluck().get()).toBe(1);
    db.close();
  });

  it('refuses a migration that would leave rows pointing at nothing, and changes nothing', () => {
    const db = buildAt(workspace(), LATEST);
    db.exec("INSERT INTO people (id, full_name) VALUES (1, 'Ada'); INSERT INTO person_emails (email, person_id) VALUES ('ada@example.com', 1);");
    const careless: Migration = { version: LATEST + 1, name: 'careless', up: (d) => d.exec('DELETE FROM people') };
    expect(() => migrate(db, [...MIGRATIONS, careless])).toThrow(/1 rows pointing at records that no longer exist/);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST);
    expect(db.prepare('SELECT count(*) FROM people').pluck().get()).toBe(1);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });
});

describe('upgrading an older workspace', () => {
  for (let n = 1; n < LATEST; n++) {
    it(`from version ${n}: takes a backup first, ends at ${LATEST} and keeps the data`, () => {
      const dbPath = workspace();
      const old = buildAt(dbPath, n);
      old.prepare("INSERT INTO people (full_name, title) VALUES ('Ada Lovelace', 'ML engineer')").run();
      old.prepare("INSERT INTO person_emails (email, person_id) VALUES ('ada@example.com', 1)").run();
      if (n < 5) old.prepare("INSERT INTO person_skills (person_id, skill, known, raw, origin) VALUES (1, 'PyTorch', 1, 'pytorch', 'skills_cell')").run();
      old.prepare("INSERT INTO roles (req_id, title, track) VALUES ('REQ-1', 'Platform engineer', 'platform')").run();
      old.close();

      const db = openDatabase({ dbPath });
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST);
      expect(db.prepare('SELECT full_name, title FROM people').all()).toEqual([{ full_name: 'Ada Lovelace', title: 'ML engineer' }]);
      expect(db.prepare('SELECT email FROM person_emails').pluck().all()).toEqual(['ada@example.com']);
      expect(db.prepare('SELECT skill_names FROM people').pluck().all()).toEqual([n < 5 ? 'PyTorch' : '']);
      expect(db.prepare('SELECT req_id FROM roles').pluck().all()).toEqual(['REQ-1']);
      db.close();

      const backups = listBackups(dbPath);
      expect(backups.map((b) => b.reason)).toEqual([`pre-migration-v${n}`]);
      expect(fs.existsSync(path.join(path.dirname(dbPath), 'backups', backups[0]!.fileName))).toBe(true);
      // The backup is the workspace as it was: the old version, with its data, in one file.
      const copy = new Database(path.join(path.dirname(dbPath), 'backups', backups[0]!.fileName), { readonly: true });
      expect(copy.pragma('user_version', { simple: true })).toBe(n);
      expect(copy.prepare('SELECT full_name FROM people').pluck().all()).toEqual(['Ada Lovelace']);
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      copy.close();
      expect(fs.existsSync(path.join(path.dirname(dbPath), 'backups', `${backups[0]!.fileName}-wal`))).toBe(false);
    });
  }

  it('leaves the workspace exactly as it was when a migration fails part-way (the backup is still there)', () => {
    const dbPath = workspace();
    const old = buildAt(dbPath, LATEST);
    old.prepare("INSERT INTO people (full_name) VALUES ('Grace Hopper')").run();
    old.close();
    const broken: Migration = {
      version: LATEST + 1,
      name: 'broken',
      up: (db) => {
        db.exec('CREATE TABLE half_done (x)');
        db.exec("UPDATE people SET full_name = 'changed'");
        throw new Error('boom');
      },
    };
    expect(() => openDatabase({ dbPath, migrations: [...MIGRATIONS, broken] })).toThrow('boom');
    const db = openDatabase({ dbPath });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST);
    expect(db.prepare('SELECT full_name FROM people').pluck().all()).toEqual(['Grace Hopper']);
    expect(schema(db)).not.toContain('table half_done');
    db.close();
    expect(listBackups(dbPath).map((b) => b.reason)).toEqual([`pre-migration-v${LATEST}`]);
  });
});

describe('workspaces this version cannot open', () => {
  it('refuses a workspace from a newer Bridgehire with DB_NEWER and its sentence, and leaves the file untouched', async () => {
    const dbPath = workspace();
    const db = new Database(dbPath);
    db.exec("CREATE TABLE people (id INTEGER PRIMARY KEY, full_name TEXT); INSERT INTO people (full_name) VALUES ('From the future')");
    db.pragma(`user_version = ${LATEST + 1}`);
    db.close();
    const before = sha(dbPath);
    const e = openError(dbPath);
    expect(e.code).toBe('DB_NEWER');
    expect(e.message).toBe(`This workspace was written by a newer version of Bridgehire (schema ${LATEST + 1}; this version knows up to ${LATEST}). Update Bridgehire to open it.`);
    expect(() => createCore({ dbPath, log: () => {} })).toThrow(e.message);
    expect(sha(dbPath)).toBe(before);
    expect(fs.readdirSync(path.dirname(dbPath)).sort()).toEqual(['workspace.sqlite']);
  });

  it('says a file of random bytes is damaged (DB_CORRUPT), and does not change it', () => {
    const dbPath = workspace();
    fs.writeFileSync(dbPath, crypto.randomBytes(64 * 1024));
    const before = sha(dbPath);
    const e = openError(dbPath);
    expect(e.code).toBe('DB_CORRUPT');
    expect(e.message).toBe('The workspace file workspace.sqlite is not a Bridgehire workspace (it is not an SQLite database). Restore the latest backup to continue.');
    expect(sha(dbPath)).toBe(before);
  });

  it('says a workspace cut short is damaged (DB_CORRUPT)', () => {
    const dbPath = workspace();
    const db = buildAt(dbPath, LATEST);
    const ins = db.prepare('INSERT INTO people (full_name, summary) VALUES (?, ?)');
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) ins.run(`Person ${i}`, 'x'.repeat(200));
    })();
    db.close();
    const size = fs.statSync(dbPath).size;
    fs.truncateSync(dbPath, Math.floor(size / 2));
    const e = openError(dbPath);
    expect(e.code).toBe('DB_CORRUPT');
    expect(e.message).toBe('The workspace file workspace.sqlite is shorter than it should be (it was cut off). Restore the latest backup to continue.');
  });

  it('says a workspace path that is a folder cannot be opened (DB_UNREADABLE)', () => {
    const dbPath = workspace();
    fs.mkdirSync(dbPath);
    const e = openError(dbPath);
    expect(e.code).toBe('DB_UNREADABLE');
    expect(e.message).toMatch(/^The workspace file workspace\.sqlite could not be opened \(.+\)\.$/);
  });
});
