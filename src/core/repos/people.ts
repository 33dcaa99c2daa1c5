import type Database from 'better-sqlite3';
import type { Page, PageArgs } from '../../shared/api/grid';
import type { EmploymentDto, PersonDetail, PersonRow, PersonSkillDto } from '../../shared/api/contract/people';
import { ApiError } from '../../shared/api/errors';
import { buildOrderBy, buildWhere, walkIndexFor, type GridColumns } from './gridQuery';
import { parseJson } from './json';
import { unpackSkills } from './personSkills';
import { blindPageArgs, isBlindReview, maskRows } from '../privacy/blind';

/** A person's own fields as grid columns over `people p`, shared by every grid that shows people. */
export const PERSON_FIELD_COLUMNS: GridColumns = {
  name: { sql: 'p.full_name', type: 'text' },
  title: { sql: 'p.title', type: 'text' },
  company: { sql: 'p.company', type: 'text' },
  location: { sql: 'p.location', type: 'text' },
  country: { sql: 'p.country', type: 'text' },
  remotePref: { sql: 'p.remote_pref', type: 'text' },
  track: { sql: 'p.track', type: 'text' },
  level: { sql: 'p.level', type: 'text' },
  yearsExp: { sql: 'p.years_exp', type: 'number' },
  stage: { sql: 'p.stage', type: 'text' },
  availableOn: { sql: 'p.available_on', type: 'date' },
};

export const PEOPLE_COLUMNS: GridColumns = {
  id: { sql: 'p.id', type: 'number' },
  ...PERSON_FIELD_COLUMNS,
  updatedAt: { sql: 'p.updated_at', type: 'date' },
  sources: { sql: 'p.sources', type: 'text' },
  tags: { sql: 'p.tags', type: 'text' },
  linkedin: { sql: 'p.linkedin', type: 'text' },
  emails: { sql: '(SELECT group_concat(email, \' \') FROM person_emails e WHERE e.person_id = p.id)', type: 'text' },
  skills: { sql: 'p.skill_names', type: 'text' },
};

interface PersonDbRow {
  id: number;
  full_name: string;
  linkedin: string | null;
  title: string | null;
  company: string | null;
  location: string | null;
  country: string | null;
  remote_pref: string | null;
  track: string | null;
  level: string | null;
  years_exp: number | null;
  sources: string;
  stage: string;
  available_on: string | null;
  tags: string;
  updated_at: string;
}

const ROW_SELECT = `p.id, p.full_name, p.linkedin, p.title, p.company, p.location, p.country, p.remote_pref, p.track, p.level,
  p.years_exp, p.sources, p.stage, p.available_on, p.tags, p.updated_at`;

/**
 * The quick-search condition over the columns a manager would type into the search box.
 * `wide` is for a scan of the whole people table: emails are then matched once, as a set (one
 * pass over person_emails), instead of a lookup per person, which took most of a quick search at
 * 1M people. Over a few thousand rows (matches, alumni pages) the per-row lookup is cheaper, so it
 * stays the default. Skills are matched on the row itself (people.skill_names).
 * No lower(): LIKE ignores ASCII case, and SQLite's lower() folds nothing else.
 */
/** In blind review names and emails are not searched either: typing a name must not reveal who is who. */
export function quickWhere(quick: string, alias = 'p', opts: { wide?: boolean; blind?: boolean } = {}): { sql: string; params: unknown[] } {
  const terms = quick.trim().toLowerCase().split(/\s+/).filter(Boolean).slice(0, 6);
  if (terms.length === 0) return { sql: '1', params: [] };
  const params: unknown[] = [];
  const like = (col: string) => `${col} LIKE ? ESCAPE '\\'`;
  const emails = opts.wide
    ? `${alias}.id IN (SELECT person_id FROM person_emails WHERE ${like('email')})`
    : `EXISTS (SELECT 1 FROM person_emails e WHERE e.person_id = ${alias}.id AND ${like('e.email')})`;
  // Skills are on the row (skill_names), so one LIKE serves both the wide scan and a few rows.
  const skills = like(`${alias}.skill_names`);
  const conditions = [
    ...(opts.blind ? [] : [like(`${alias}.full_name`)]),
    like(`${alias}.title`), like(`${alias}.company`), like(`${alias}.location`),
    ...(opts.blind ? [] : [emails]),
    skills,
  ];
  const parts = terms.map((t) => {
    const pattern = `%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    for (let i = 0; i < conditions.length; i++) params.push(pattern);
    return `(${conditions.join(' OR ')})`;
  });
  return { sql: parts.join(' AND '), params };
}

/** Emails and skills for a set of people, in two queries rather than one per row. */
export function attachListFields(db: Database.Database, ids: number[]): { emails: Map<number, string[]>; skills: Map<number, string[]> } {
  const emails = new Map<number, string[]>();
  const skills = new Map<number, string[]>();
  if (ids.length === 0) return { emails, skills };
  const json = JSON.stringify(ids);
  for (const r of db.prepare('SELECT person_id, email FROM person_emails WHERE person_id IN (SELECT value FROM json_each(?)) ORDER BY email').all(json) as { person_id: number; email: string }[]) {
    (emails.get(r.person_id) ?? emails.set(r.person_id, []).get(r.person_id)!).push(r.email);
  }
  for (const [id, packed] of db.prepare('SELECT id, skills FROM people WHERE id IN (SELECT value FROM json_each(?))').raw().all(json) as [number, string][]) {
    const list = unpackSkills(packed);
    if (list.length) skills.set(id, list.map((k) => k[0]));
  }
  return { emails, skills };
}

function toRow(r: PersonDbRow, emails: string[], skills: string[]): PersonRow {
  return {
    id: r.id,
    name: r.full_name,
    emails,
    linkedin: r.linkedin,
    title: r.title,
    company: r.company,
    location: r.location,
    country: r.country,
    remotePref: r.remote_pref as PersonRow['remotePref'],
    track: r.track as PersonRow['track'],
    level: r.level as PersonRow['level'],
    yearsExp: r.years_exp,
    skills,
    sources: parseJson(r.sources, []),
    stage: r.stage as PersonRow['stage'],
    availableOn: r.available_on,
    tags: parseJson(r.tags, []),
    updatedAt: r.updated_at,
  };
}

/** Matches up to which the page is sorted from their ids (about 2 µs a match at 1M people). */
const SORT_MATCHES_UP_TO = 10_000;
/** Matches up to which the sort index is walked against their ids (JSON of ~1.5 MB at most). */
const WALK_WITH_IDS_UP_TO = 200_000;

/** Whether SQLite can read people in this order from an index (rather than sort them all). */
function walksIndex(db: Database.Database, sort: PageArgs['sort'] & object): boolean {
  const order = buildOrderBy(PEOPLE_COLUMNS, sort.length ? sort : [{ colId: 'name', sort: 'asc' }], 'p.id');
  const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT p.id FROM people p ORDER BY ${order}`).all() as { detail: string }[];
  return !plan.some((r) => r.detail === 'USE TEMP B-TREE FOR ORDER BY');
}

export function listPeople(db: Database.Database, args: Required<PageArgs>): Page<PersonRow> {
  const blind = isBlindReview(db);
  if (blind) args = blindPageArgs(args);
  const where = buildWhere(PEOPLE_COLUMNS, args.filter);
  const quick = quickWhere(args.quick, 'p', { wide: true, blind });
  let whereSql = `(${where.sql}) AND (${quick.sql})`;
  let params = [...where.params, ...quick.params];
  const filtered = whereSql !== '(1) AND (1)';
  let total: number;
  let walkIndex = true;
  if (!filtered) {
    total = (db.prepare('SELECT count(*) AS n FROM people p').get() as { n: number }).n;
  } else {
    // One scan, not two: the matching ids give the total, then the page is read by id.
    const ids = db.prepare(`SELECT p.id FROM people p WHERE ${whereSql}`).pluck().all(...params) as number[];
    total = ids.length;
    const idSet = JSON.stringify(ids);
    // Many matches, sorted on an indexed column: walk that index and keep the ids in the set (the +
    // stops SQLite driving from the set). Testing the set reads no row, so the walk stays cheap even
    // when matches sit late in sort order; walking with the filter itself read every row it passed
    // (no one at "Google" named "Ada…" meant 100,000 row reads, 1 s at 1M people).
    if (total > SORT_MATCHES_UP_TO && total <= WALK_WITH_IDS_UP_TO && walksIndex(db, args.sort)) {
      whereSql = '+p.id IN (SELECT value FROM json_each(?))';
      params = [idSet];
    } else if (total <= WALK_WITH_IDS_UP_TO) {
      // Few, or no index to walk: sort the matches (one that matches one person read the table twice before).
      whereSql = 'p.id IN (SELECT value FROM json_each(?))';
      params = [idSet];
      walkIndex = false;
    } else {
      walkIndex = walkIndexFor(true, args.offset, args.limit, total);
    }
  }
  const order = buildOrderBy(PEOPLE_COLUMNS, args.sort.length ? args.sort : [{ colId: 'name', sort: 'asc' }], 'p.id', { walkIndex });
  const rows = db.prepare(`SELECT ${ROW_SELECT} FROM people p WHERE ${whereSql} ORDER BY ${order} LIMIT ? OFFSET ?`).all(...params, args.limit, args.offset) as PersonDbRow[];
  const { emails, skills } = attachListFields(db, rows.map((r) => r.id));
  return { rows: maskRows(rows.map((r) => toRow(r, emails.get(r.id) ?? [], skills.get(r.id) ?? [])), blind), total };
}

export function getPerson(db: Database.Database, id: number): PersonDetail {
  const r = db.prepare(`SELECT ${ROW_SELECT}, p.phone, p.summary, p.relocate, p.notes, p.edited_fields, p.extra, p.layoff_event_id FROM people p WHERE p.id = ?`).get(id) as
    | (PersonDbRow & { phone: string | null; summary: string | null; relocate: number | null; notes: string; edited_fields: string; extra: string; layoff_event_id: number | null })
    | undefined;
  if (!r) throw new ApiError('NOT_FOUND', 'That person is no longer in the workspace.', { field: 'id' });
  const { emails, skills } = attachListFields(db, [id]);
  const skillsDetail: PersonSkillDto[] = unpackSkills(db.prepare('SELECT skills FROM people WHERE id = ?').pluck().get(id) as string).map(
    ([skill, known, raw, origin]) => ({ skill, known: known === 1, raw, origin }),
  );
  const employments = (db.prepare('SELECT * FROM employments WHERE person_id = ? ORDER BY exit_date DESC, id').all(id) as Record<string, unknown>[]).map(toEmployment);
  const ev = r.layoff_event_id
    ? (db.prepare('SELECT company, date, laid_off, percentage FROM layoff_events WHERE id = ?').get(r.layoff_event_id) as { company: string; date: string | null; laid_off: number | null; percentage: number | null } | undefined)
    : undefined;
  const history = db
    .prepare(
      `SELECT b.id AS batchId, b.file_name AS fileName, b.kind, r.outcome, b.started_at AS at
       FROM import_rows r JOIN import_batches b ON b.id = r.batch_id WHERE r.person_id = ? ORDER BY b.id, r.row_no`,
    )
    .all(id) as PersonDetail['history'];
  return maskRows([{
    ...toRow(r, emails.get(id) ?? [], skills.get(id) ?? []),
    phone: r.phone,
    summary: r.summary,
    relocate: r.relocate == null ? null : r.relocate === 1,
    notes: r.notes,
    editedFields: parseJson(r.edited_fields, []),
    extra: parseJson(r.extra, {}),
    skillsDetail,
    employments,
    layoffEvent: ev ? { company: ev.company, date: ev.date, laidOff: ev.laid_off, percentage: ev.percentage } : null,
    history,
  }], isBlindReview(db))[0]!;
}

export function toEmployment(e: Record<string, unknown>): EmploymentDto {
  return {
    id: e.id as number,
    employeeId: (e.employee_id as string) ?? null,
    team: (e.team as string) ?? null,
    title: (e.title as string) ?? null,
    level: (e.level as string) ?? null,
    manager: (e.manager as string) ?? null,
    hireDate: (e.hire_date as string) ?? null,
    exitDate: (e.exit_date as string) ?? null,
    exitType: (e.exit_type as EmploymentDto['exitType']) ?? null,
    exitReason: (e.exit_reason as string) ?? null,
    regrettable: e.regrettable == null ? null : e.regrettable === 1,
    lastPerformance: (e.last_performance as string) ?? null,
    rehire: e.rehire as EmploymentDto['rehire'],
    rehireSource: e.rehire_source as EmploymentDto['rehireSource'],
    layoffWave: (e.layoff_wave as string) ?? null,
  };
}

/** Applies a user's edit and remembers which fields were edited by hand. */
export function updatePerson(db: Database.Database, id: number, patch: { stage?: string; notes?: string; tags?: string[] }): void {
  const cur = db.prepare('SELECT edited_fields FROM people WHERE id = ?').get(id) as { edited_fields: string } | undefined;
  if (!cur) throw new ApiError('NOT_FOUND', 'That person is no longer in the workspace.', { field: 'id' });
  const edited = new Set<string>(parseJson(cur.edited_fields, []));
  const sets: string[] = [];
  const params: unknown[] = [];
  if (patch.stage !== undefined) { sets.push('stage = ?'); params.push(patch.stage); edited.add('stage'); }
  if (patch.notes !== undefined) { sets.push('notes = ?'); params.push(patch.notes); edited.add('notes'); }
  if (patch.tags !== undefined) { sets.push('tags = ?'); params.push(JSON.stringify([...new Set(patch.tags)])); edited.add('tags'); }
  if (sets.length === 0) return;
  sets.push('edited_fields = ?', "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')");
  params.push(JSON.stringify([...edited].sort()));
  db.prepare(`UPDATE people SET ${sets.join(', ')} WHERE id = ?`).run(...params, id);
}
