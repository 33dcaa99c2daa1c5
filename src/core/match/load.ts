import type Database from 'better-sqlite3';
import type { ExitType, Level, MatchWeights, Rehire, RemotePolicy, SourceKind, Track } from '../../shared/domain';
import { LEVELS, TRACKS } from '../../shared/domain';
import { parseJson } from '../repos/json';
import { byName, unpackSkills } from '../repos/personSkills';
import type { AlumniFacts, PersonProfile, RoleProfile, RoleSkill, SkillGraph } from './types';
import { cleanWeights, readDefaults, resolveWeights, type Defaults } from './weights';

// Reads what the engine may see, and nothing else: the column lists below are the whole of it.
// No name, email, phone, notes, tags or `extra` (where unmapped columns such as a date of birth
// would land) is ever selected here.

type PeopleRow = [
  id: number, title: string | null, track: string | null, level: string | null, years: number | null, location: string | null,
  country: string | null, remote: string | null, relocate: number | null, availableOn: string | null, summary: string | null,
  sources: string, layoffEventId: number | null, skills: string,
];
type EmploymentRow = [personId: number, rehire: string | null, hire: string | null, exit: string | null, exitType: string | null, perf: string | null, regrettable: number | null];

const asTrack = (t: string | null): Track | null => (t && (TRACKS as readonly string[]).includes(t) ? (t as Track) : null);
const asLevel = (l: string | null): Level | null => (l && (LEVELS as readonly string[]).includes(l) ? (l as Level) : null);
const asRemote = (r: string | null): RemotePolicy | null => (r === 'remote' || r === 'hybrid' || r === 'onsite' ? r : null);

/**
 * A person's skills as the engine had them from person_skills: by name (not known first), the raw
 * text only where it differs from the name (most cells hold the name itself).
 */
function profileSkills(packed: string, withRaw: boolean): { skill: string; raw: string }[] {
  if (packed === '[]') return [];
  let list = unpackSkills(packed);
  // Stored known first; when both kinds are present, put them back in plain name order.
  if (list.length > 1 && list[0]![1] !== list[list.length - 1]![1]) list = byName(list);
  return list.map(([skill, , raw]) => ({ skill, raw: withRaw ? raw : skill }));
}

function toAlumni(e: EmploymentRow | undefined): AlumniFacts | null {
  if (!e) return null;
  return { rehire: (e[1] ?? 'unknown') as Rehire, hireDate: e[2], exitDate: e[3], exitType: (e[4] as ExitType | null) ?? null, lastPerformance: e[5], regrettable: e[6] == null ? null : e[6] === 1 };
}

/**
 * Every person (or those with the given ids), in id order, one at a time, skills from their own
 * row; alumni records and layoff events, far fewer, are read first. (One query with correlated
 * sub-selects was twice as slow.)
 */
export function* iterateProfiles(db: Database.Database, opts: { ids?: readonly number[]; withRaw?: boolean } = {}): Generator<PersonProfile> {
  const withRaw = opts.withRaw ?? true;
  const idsJson = opts.ids ? JSON.stringify(opts.ids) : null;
  const only = (col: string) => (idsJson ? `WHERE ${col} IN (SELECT value FROM json_each(?))` : '');
  const args = idsJson ? [idsJson] : [];
  const events = new Map<number, { company: string; date: string | null; laidOff: number | null }>();
  for (const [id, company, date, laidOff] of db.prepare('SELECT id, company, date, laid_off FROM layoff_events').raw().iterate() as IterableIterator<[number, string, string | null, number | null]>) {
    events.set(id, { company, date, laidOff });
  }
  // The latest stint per person: rows come latest first, so the first one seen wins.
  const latest = new Map<number, EmploymentRow>();
  const empSql = `SELECT person_id, rehire, hire_date, exit_date, exit_type, last_performance, regrettable FROM employments ${only('person_id')}
    ORDER BY person_id, exit_date IS NULL, exit_date DESC, id DESC`;
  for (const e of db.prepare(empSql).raw().iterate(...args) as IterableIterator<EmploymentRow>) if (!latest.has(e[0])) latest.set(e[0], e);
  const people = db
    .prepare(`SELECT id, title, track, level, years_exp, location, country, remote_pref, relocate, available_on, summary, sources, layoff_event_id, skills FROM people ${only('id')} ORDER BY id`)
    .raw()
    .iterate(...args) as IterableIterator<PeopleRow>;
  for (const r of people) {
    const id = r[0];
    const ev = r[12] == null ? undefined : events.get(r[12]);
    yield {
      id,
      title: r[1],
      track: asTrack(r[2]),
      level: asLevel(r[3]),
      yearsExp: typeof r[4] === 'number' && Number.isFinite(r[4]) ? r[4] : null,
      location: r[5],
      country: r[6],
      remotePref: asRemote(r[7]),
      relocate: r[8] == null ? null : r[8] === 1,
      availableOn: r[9],
      layoff: ev ?? null,
      sources: r[11] && r[11] !== '[]' ? parseJson<SourceKind[]>(r[11], []) : [],
      summary: r[10],
      skills: profileSkills(r[13], withRaw),
      alumni: toAlumni(latest.get(id)),
    };
  }
}

/** Full profiles (with the raw text of each skill) for explanations, by id. */
export function loadProfiles(db: Database.Database, ids: readonly number[]): Map<number, PersonProfile> {
  const out = new Map<number, PersonProfile>();
  for (let i = 0; i < ids.length; i += 5000) {
    for (const p of iterateProfiles(db, { ids: ids.slice(i, i + 5000), withRaw: true })) out.set(p.id, p);
  }
  return out;
}

interface RoleRow {
  id: number;
  req_id: string;
  title: string;
  track: string;
  level: string | null;
  location: string | null;
  remote_policy: string | null;
  weights: string | null;
}

/** Canonical, de-duplicated and sorted role skills, so the order never depends on how they were typed. */
export function canonicalRoleSkills(graph: SkillGraph, list: readonly RoleSkill[], exclude: ReadonlySet<string> = new Set()): RoleSkill[] {
  const seen = new Map<string, RoleSkill>();
  for (const s of list) {
    const skill = graph.canonical(s.skill);
    const key = skill.toLowerCase();
    if (!skill || exclude.has(key) || seen.has(key)) continue;
    seen.set(key, { skill, raw: s.raw });
  }
  return [...seen.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, v]) => v);
}

export function ownWeights(text: string | null): MatchWeights | null {
  return cleanWeights(parseJson<unknown>(text, null));
}

/** Roles as the engine sees them: open ones by default, in id order, with the weights in force. */
export function loadRoles(db: Database.Database, graph: SkillGraph, opts: { ids?: readonly number[]; openOnly?: boolean; defaults?: Defaults } = {}): RoleProfile[] {
  const defaults = opts.defaults ?? readDefaults(db);
  const conds = [opts.openOnly === false ? '1' : "r.status = 'open'"];
  const params: unknown[] = [];
  if (opts.ids) {
    conds.push('r.id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(opts.ids));
  }
  const rows = db.prepare(`SELECT r.id, r.req_id, r.title, r.track, r.level, r.location, r.remote_policy, r.weights FROM roles r WHERE ${conds.join(' AND ')} ORDER BY r.id`).all(...params) as RoleRow[];
  const skillRows = db
    .prepare(`SELECT role_id, skill, kind, raw FROM role_skills WHERE role_id IN (SELECT value FROM json_each(?)) ORDER BY role_id, kind, skill`)
    .all(JSON.stringify(rows.map((r) => r.id))) as { role_id: number; skill: string; kind: string; raw: string }[];
  const byRole = new Map<number, { must: RoleSkill[]; nice: RoleSkill[] }>();
  for (const s of skillRows) {
    const e = byRole.get(s.role_id) ?? byRole.set(s.role_id, { must: [], nice: [] }).get(s.role_id)!;
    (s.kind === 'must' ? e.must : e.nice).push({ skill: s.skill, raw: s.raw });
  }
  return rows.map((r) => {
    const track = asTrack(r.track) ?? 'other';
    const sk = byRole.get(r.id) ?? { must: [], nice: [] };
    const must = canonicalRoleSkills(graph, sk.must);
    // A skill listed as both must and nice counts once, as a must-have.
    const nice = canonicalRoleSkills(graph, sk.nice, new Set(must.map((m) => m.skill.toLowerCase())));
    return {
      id: r.id,
      reqId: r.req_id,
      title: r.title,
      track,
      level: asLevel(r.level),
      location: r.location,
      remotePolicy: asRemote(r.remote_policy),
      must,
      nice,
      weights: resolveWeights(ownWeights(r.weights), track, defaults).weights,
    };
  });
}
