import type Database from 'better-sqlite3';
import { parseJson } from './json';
import type { ExitType, Rehire, SourceKind, Track } from '../../shared/domain';
import { REHIRE, SOURCE_KINDS, TRACKS } from '../../shared/domain';
import type { ExitYearRow, InsightsSummary, LayoffCompanyRow, LayoffMonthRow, OpenRolesTrackRow, SkillGapRow, TrackSourceRow } from '../../shared/api/contract/insights';
import { splitSkillNames, unpackSkills } from './personSkills';

// Aggregates for the Insights view. Every number is a GROUP BY in SQLite (a few hundred ms on a
// 25,000-person workspace, then cached until the data changes); the shaping into chart rows
// happens here, not in the renderer.

const EXIT_KEYS: (ExitType | 'unknown')[] = ['layoff', 'voluntary', 'involuntary', 'other', 'unknown'];
const DAY_BUCKETS: { label: string; max: number }[] = [
  { label: '0–30 days', max: 30 },
  { label: '31–60 days', max: 60 },
  { label: '61–90 days', max: 90 },
  { label: '91–180 days', max: 180 },
  { label: 'Over 180 days', max: Infinity },
];
/** The layoff timeline shows at most this many months, ending at the latest event. */
const MAX_MONTHS = 60;

const asTrack = (t: string | null): Track | null => (t && (TRACKS as readonly string[]).includes(t) ? (t as Track) : t ? 'other' : null);

function peopleByTrack(db: Database.Database): { byTrack: TrackSourceRow[]; bySource: { source: SourceKind; count: number }[] } {
  // One pass over people: the few distinct (track, sources) pairs are split into sources here.
  // NOT INDEXED: SQLite would walk the (track, level) index and fetch every row from it for its
  // sources, one random read a person: 2.9 s at 1,000,000 people against 0.7 s for a plain scan.
  const groups = db.prepare('SELECT track, sources, count(*) AS n FROM people NOT INDEXED GROUP BY track, sources').all() as { track: string | null; sources: string; n: number }[];
  const rows = new Map<string, TrackSourceRow>();
  const bySource = new Map<SourceKind, number>();
  for (const g of groups) {
    const track = asTrack(g.track);
    const row = rows.get(track ?? '') ?? { track, total: 0, bySource: {} };
    row.total += g.n;
    rows.set(track ?? '', row);
    const sources = new Set(parseJson<string[]>(g.sources, []));
    // The bars stack a track's people by source: each person once, under their main source
    // (alumni before a layoff list before the ATS), so a bar is as long as the track's count.
    const main = SOURCE_KINDS.find((k) => sources.has(k));
    if (main) row.bySource[main] = (row.bySource[main] ?? 0) + g.n;
    for (const s of sources) {
      if (!(SOURCE_KINDS as readonly string[]).includes(s)) continue;
      bySource.set(s as SourceKind, (bySource.get(s as SourceKind) ?? 0) + g.n);
    }
  }
  return {
    byTrack: [...rows.values()].sort((a, b) => b.total - a.total || (a.track ?? '~').localeCompare(b.track ?? '~')),
    bySource: SOURCE_KINDS.filter((s) => bySource.has(s)).map((source) => ({ source, count: bySource.get(source)! })),
  };
}

function alumni(db: Database.Database): { byYear: ExitYearRow[]; byRehire: { rehire: Rehire; count: number }[] } {
  const exits = db
    .prepare(
      `SELECT CAST(substr(exit_date, 1, 4) AS INTEGER) AS year, coalesce(exit_type, 'unknown') AS type, count(*) AS n
       FROM employments WHERE exit_date GLOB '[12][0-9][0-9][0-9]*' GROUP BY year, type ORDER BY year`,
    )
    .all() as { year: number; type: string; n: number }[];
  const years = new Map<number, ExitYearRow>();
  for (const e of exits) {
    const row = years.get(e.year) ?? { year: e.year, total: 0, byType: {} };
    const type = (EXIT_KEYS as string[]).includes(e.type) ? (e.type as ExitType | 'unknown') : 'other';
    row.byType[type] = (row.byType[type] ?? 0) + e.n;
    row.total += e.n;
    years.set(e.year, row);
  }
  // Eligibility is a property of a person's latest stint with us.
  const rehire = db
    .prepare(
      `SELECT rehire, count(*) AS n FROM (
         SELECT rehire, row_number() OVER (PARTITION BY person_id ORDER BY exit_date IS NULL, exit_date DESC, id DESC) AS k FROM employments
       ) WHERE k = 1 GROUP BY rehire`,
    )
    .all() as { rehire: string; n: number }[];
  const counts = new Map(rehire.map((r) => [r.rehire, r.n]));
  return {
    byYear: [...years.values()],
    byRehire: REHIRE.filter((r) => counts.has(r)).map((r) => ({ rehire: r, count: counts.get(r)! })),
  };
}

function openRoles(db: Database.Database, today: string): { byTrack: OpenRolesTrackRow[]; buckets: { bucket: string; roles: number }[] } {
  const roles = db
    .prepare(`SELECT track, headcount, CAST(julianday(?) - julianday(opened_on) AS INTEGER) AS days FROM roles WHERE status = 'open'`)
    .all(today) as { track: string | null; headcount: number; days: number | null }[];
  const byTrack = new Map<Track, OpenRolesTrackRow & { sum: number; dated: number }>();
  const buckets = DAY_BUCKETS.map((b) => ({ bucket: b.label, roles: 0 }));
  let undated = 0;
  for (const r of roles) {
    const track = asTrack(r.track) ?? 'other';
    const row = byTrack.get(track) ?? { track, roles: 0, headcount: 0, avgDaysOpen: null, maxDaysOpen: null, sum: 0, dated: 0 };
    row.roles += 1;
    row.headcount += r.headcount;
    // A date in the future is a typo or a planned opening: not "open for minus ten days".
    const days = r.days == null ? null : Math.max(0, r.days);
    if (days == null) undated += 1;
    else {
      row.sum += days;
      row.dated += 1;
      row.maxDaysOpen = Math.max(row.maxDaysOpen ?? 0, days);
      buckets[DAY_BUCKETS.findIndex((b) => days <= b.max)]!.roles += 1;
    }
    byTrack.set(track, row);
  }
  if (undated > 0) buckets.push({ bucket: 'Date unknown', roles: undated });
  return {
    byTrack: [...byTrack.values()]
      .map(({ sum, dated, ...row }) => ({ ...row, avgDaysOpen: dated ? Math.round(sum / dated) : null }))
      .sort((a, b) => b.roles - a.roles || a.track.localeCompare(b.track)),
    buckets: roles.length ? buckets : [],
  };
}

/**
 * People per skill, and whether the taxonomy knew it (for anyone). Counted from each row's names
 * (skill_names); the packed list is parsed only where it holds an unknown term (its JSON then has
 * `",0,"`). Opening every list with json_each in SQL took 20x as long (0.28 s at 100,000 people).
 */
function skillsHeld(db: Database.Database): { skill: string; people: number; known: boolean }[] {
  const people = new Map<string, number>();
  const known = new Set<string>();
  const rows = db.prepare(`SELECT skill_names, CASE WHEN instr(skills, '",0,"') THEN skills END FROM people WHERE skill_names <> ''`).raw().iterate() as IterableIterator<[string, string | null]>;
  for (const [names, packed] of rows) {
    if (packed === null) {
      for (const name of splitSkillNames(names)) {
        people.set(name, (people.get(name) ?? 0) + 1);
        known.add(name);
      }
    } else {
      for (const [name, isKnown] of unpackSkills(packed)) {
        people.set(name, (people.get(name) ?? 0) + 1);
        if (isKnown === 1) known.add(name);
      }
    }
  }
  return [...people].map(([skill, n]) => ({ skill, people: n, known: known.has(skill) }));
}

function skills(db: Database.Database, top: number): { demand: SkillGapRow[]; supply: SkillGapRow[]; distinct: number } {
  const demand = db
    .prepare(
      `SELECT rs.skill AS skill, count(DISTINCT rs.role_id) AS roles,
              count(DISTINCT CASE WHEN rs.kind = 'must' THEN rs.role_id END) AS mustRoles
       FROM role_skills rs JOIN roles r ON r.id = rs.role_id AND r.status = 'open'
       GROUP BY rs.skill ORDER BY roles DESC, mustRoles DESC, rs.skill LIMIT ?`,
    )
    .all(top) as { skill: string; roles: number; mustRoles: number }[];
  const held = skillsHeld(db);
  const known = held.filter((h) => h.known);
  const holders = new Map(held.map((h) => [h.skill, h.people]));
  const supply = known.sort((a, b) => b.people - a.people || (a.skill < b.skill ? -1 : a.skill > b.skill ? 1 : 0)).slice(0, top);
  const asked = db.prepare(
    `SELECT count(DISTINCT rs.role_id) AS roles, count(DISTINCT CASE WHEN rs.kind = 'must' THEN rs.role_id END) AS mustRoles
     FROM role_skills rs JOIN roles r ON r.id = rs.role_id AND r.status = 'open' WHERE rs.skill = ?`,
  );
  return {
    demand: demand.map((d) => ({ skill: d.skill, people: holders.get(d.skill) ?? 0, roles: d.roles, mustRoles: d.mustRoles })),
    supply: supply.map((s) => {
      const a = asked.get(s.skill) as { roles: number; mustRoles: number };
      return { skill: s.skill, people: s.people, roles: a.roles, mustRoles: a.mustRoles };
    }),
    distinct: known.length,
  };
}

function nextMonth(m: string): string {
  const [y, mo] = m.split('-').map(Number) as [number, number];
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
}

/**
 * Layoff events (as `e`) linked to people by normalised company name, or directly by the importer.
 * Asked per event through the indexes on people's company and event, not by collecting every
 * person's company first (0.4 s a query at 1,000,000 people).
 */
const OUR_COMPANIES = `(EXISTS (SELECT 1 FROM people p WHERE p.company_norm = e.company_norm)
  OR e.id IN (SELECT layoff_event_id FROM people WHERE layoff_event_id IS NOT NULL))`;

function layoffs(db: Database.Database): { byMonth: LayoffMonthRow[]; companies: LayoffCompanyRow[]; total: number } {
  if (!db.prepare('SELECT EXISTS (SELECT 1 FROM layoff_events)').pluck().get()) return { byMonth: [], companies: [], total: 0 };
  const months = db
    .prepare(
      `SELECT substr(date, 1, 7) AS month, count(*) AS events, coalesce(sum(laid_off), 0) AS laidOff
       FROM layoff_events e WHERE date GLOB '[12][0-9][0-9][0-9]-[01][0-9]*' AND ${OUR_COMPANIES}
       GROUP BY month ORDER BY month`,
    )
    .all() as LayoffMonthRow[];
  // A continuous axis: months without events show as zero, not as a gap the eye skips over.
  const byMonth: LayoffMonthRow[] = [];
  if (months.length) {
    const have = new Map(months.map((m) => [m.month, m]));
    for (let m = months[0]!.month; m <= months[months.length - 1]!.month; m = nextMonth(m)) byMonth.push(have.get(m) ?? { month: m, events: 0, laidOff: 0 });
  }
  const companies = db
    .prepare(
      `SELECT (SELECT company FROM layoff_events x WHERE x.company_norm = e.company_norm ORDER BY date DESC LIMIT 1) AS company,
              count(*) AS events, coalesce(sum(laid_off), 0) AS laidOff, max(date) AS latest,
              (SELECT count(*) FROM people p WHERE p.company_norm = e.company_norm) AS people
       FROM layoff_events e WHERE ${OUR_COMPANIES}
       GROUP BY company_norm ORDER BY people DESC, laidOff DESC, company LIMIT 12`,
    )
    .all() as LayoffCompanyRow[];
  const total = db.prepare(`SELECT count(DISTINCT company_norm) FROM layoff_events e WHERE ${OUR_COMPANIES}`).pluck().get() as number;
  return { byMonth: byMonth.slice(-MAX_MONTHS), companies, total };
}

/** The last summary per workspace, reused while nothing it is made of has changed. */
const cache = new WeakMap<Database.Database, { key: string; summary: InsightsSummary }>();

/**
 * What the summary depends on, cheaply: the core's write counter (every change through the API)
 * plus counts and last-change stamps, for writes made by another process (the CLI).
 */
function fingerprint(db: Database.Database, version: number, today: string, top: number): string {
  const f = db
    .prepare(
      `SELECT (SELECT count(*) FROM people) AS p, (SELECT max(updated_at) FROM people) AS pu,
              (SELECT count(*) FROM employments) AS e, (SELECT max(id) FROM employments) AS ei,
              (SELECT count(*) FROM roles) AS r, (SELECT max(updated_at) FROM roles) AS ru,
              (SELECT count(*) FROM layoff_events) AS l, (SELECT max(id) FROM layoff_events) AS li`,
    )
    .get();
  return JSON.stringify([version, today, top, f]);
}

export function readInsights(db: Database.Database, opts: { today: string; topSkills: number; version?: number }): InsightsSummary {
  return db.transaction(() => {
    const key = fingerprint(db, opts.version ?? 0, opts.today, opts.topSkills);
    const hit = cache.get(db);
    if (hit && hit.key === key) return hit.summary;
    const summary = computeInsights(db, opts);
    cache.set(db, { key, summary });
    return summary;
  })();
}

function computeInsights(db: Database.Database, opts: { today: string; topSkills: number }): InsightsSummary {
  const people = peopleByTrack(db);
  const alum = alumni(db);
  const roles = openRoles(db, opts.today);
  const sk = skills(db, opts.topSkills);
  const lay = layoffs(db);
  const totals = db
    .prepare(
      `SELECT (SELECT count(*) FROM people) AS people,
              (SELECT count(DISTINCT person_id) FROM employments) AS alumni,
              (SELECT count(*) FROM roles WHERE status = 'open') AS openRoles,
              (SELECT count(*) FROM layoff_events) AS layoffEvents`,
    )
    .get() as Omit<InsightsSummary['totals'], 'skills'>;
  return {
    asOf: opts.today,
    totals: { ...totals, skills: sk.distinct },
    peopleByTrack: people.byTrack,
    peopleBySource: people.bySource,
    alumniByExitYear: alum.byYear,
    alumniByRehire: alum.byRehire,
    openRolesByTrack: roles.byTrack,
    daysOpenBuckets: roles.buckets,
    skillDemand: sk.demand,
    skillSupply: sk.supply,
    layoffsByMonth: lay.byMonth,
    layoffCompanies: lay.companies,
    layoffCompaniesTotal: lay.total,
  };
}
