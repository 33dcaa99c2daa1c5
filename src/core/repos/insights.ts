import type Database from 'better-sqlite3';
import type { ExitType, Rehire, SourceKind, Track } from '../../shared/domain';
import { REHIRE, SOURCE_KINDS, TRACKS } from '../../shared/domain';
import type { ExitYearRow, InsightsSummary, LayoffCompanyRow, LayoffMonthRow, OpenRolesTrackRow, SkillGapRow, TrackSourceRow } from '../../shared/api/contract/insights';

// Aggregates for the Insights view. Every number is a GROUP BY in SQLite, so the view stays quick
// on a 100,000-person workspace; the shaping into chart rows happens here, not in the renderer.

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
  const totals = db.prepare('SELECT track, count(*) AS n FROM people GROUP BY track').all() as { track: string | null; n: number }[];
  const split = db
    .prepare('SELECT p.track AS track, j.value AS source, count(*) AS n FROM people p, json_each(p.sources) j GROUP BY p.track, j.value')
    .all() as { track: string | null; source: string; n: number }[];
  const rows = new Map<string, TrackSourceRow>();
  const key = (t: Track | null) => t ?? '';
  for (const r of totals) {
    const track = asTrack(r.track);
    const row = rows.get(key(track)) ?? { track, total: 0, bySource: {} };
    row.total += r.n;
    rows.set(key(track), row);
  }
  const bySource = new Map<SourceKind, number>();
  for (const r of split) {
    if (!(SOURCE_KINDS as readonly string[]).includes(r.source)) continue;
    const source = r.source as SourceKind;
    const row = rows.get(key(asTrack(r.track)));
    if (row) row.bySource[source] = (row.bySource[source] ?? 0) + r.n;
    bySource.set(source, (bySource.get(source) ?? 0) + r.n);
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

function skills(db: Database.Database, top: number): { demand: SkillGapRow[]; supply: SkillGapRow[]; distinct: number } {
  const demand = db
    .prepare(
      `SELECT rs.skill AS skill, count(DISTINCT rs.role_id) AS roles,
              count(DISTINCT CASE WHEN rs.kind = 'must' THEN rs.role_id END) AS mustRoles
       FROM role_skills rs JOIN roles r ON r.id = rs.role_id AND r.status = 'open'
       GROUP BY rs.skill ORDER BY roles DESC, mustRoles DESC, rs.skill LIMIT ?`,
    )
    .all(top) as { skill: string; roles: number; mustRoles: number }[];
  const supply = db
    .prepare('SELECT skill, count(*) AS people FROM person_skills WHERE known = 1 GROUP BY skill ORDER BY people DESC, skill LIMIT ?')
    .all(top) as { skill: string; people: number }[];
  const holders = db.prepare('SELECT count(*) AS n FROM person_skills WHERE skill = ?').pluck();
  const asked = db
    .prepare(
      `SELECT count(DISTINCT rs.role_id) AS roles, count(DISTINCT CASE WHEN rs.kind = 'must' THEN rs.role_id END) AS mustRoles
       FROM role_skills rs JOIN roles r ON r.id = rs.role_id AND r.status = 'open' WHERE rs.skill = ?`,
    );
  const distinct = db.prepare('SELECT count(DISTINCT skill) FROM person_skills WHERE known = 1').pluck().get() as number;
  return {
    demand: demand.map((d) => ({ skill: d.skill, people: holders.get(d.skill) as number, roles: d.roles, mustRoles: d.mustRoles })),
    supply: supply.map((s) => {
      const a = asked.get(s.skill) as { roles: number; mustRoles: number };
      return { skill: s.skill, people: s.people, roles: a.roles, mustRoles: a.mustRoles };
    }),
    distinct,
  };
}

function nextMonth(m: string): string {
  const [y, mo] = m.split('-').map(Number) as [number, number];
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
}

/** Layoff events are linked to people by normalised company name (or directly, by the importer). */
const OUR_COMPANIES = `(company_norm IN (SELECT company_norm FROM people WHERE company_norm IS NOT NULL)
  OR id IN (SELECT layoff_event_id FROM people WHERE layoff_event_id IS NOT NULL))`;

function layoffs(db: Database.Database): { byMonth: LayoffMonthRow[]; companies: LayoffCompanyRow[] } {
  const months = db
    .prepare(
      `SELECT substr(date, 1, 7) AS month, count(*) AS events, coalesce(sum(laid_off), 0) AS laidOff
       FROM layoff_events WHERE date GLOB '[12][0-9][0-9][0-9]-[01][0-9]*' AND ${OUR_COMPANIES}
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
  return { byMonth: byMonth.slice(-MAX_MONTHS), companies };
}

export function readInsights(db: Database.Database, opts: { today: string; topSkills: number }): InsightsSummary {
  return db.transaction(() => {
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
    };
  })();
}
