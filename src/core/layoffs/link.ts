import type Database from 'better-sqlite3';

// Layoff context for people: a person whose company matches a layoff event (by normalised name)
// points at the event nearest before the day they left, so a row can say
// "Intel — cut 15,000, Aug 2025".

export interface LayoffEvent {
  id: number;
  company: string;
  companyNorm: string;
  location: string | null;
  laidOff: number | null;
  percentage: number | null;
  date: string | null;
  industry: string | null;
  stage: string | null;
  country: string | null;
  sourceUrl: string | null;
}

/** How far before someone's last day a layoff announcement still explains it. */
export const WINDOW_BEFORE_DAYS = 120;
/** Trackers often date an event a few days after people were told. */
export const GRACE_AFTER_DAYS = 14;

const DAY = 86_400_000;
const day = (iso: string | null): number | null => {
  if (!iso || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return null;
  const t = Date.parse(iso.slice(0, 10) + 'T00:00:00Z');
  return Number.isNaN(t) ? null : t;
};

interface Dated {
  id: number;
  date: string | null;
}

/**
 * The event that explains a departure on `onOrBefore`: the latest one in the 120 days before it,
 * else the first one up to 14 days after it, else the latest one before it (none when the person
 * left before any event). Without a date: the company's latest event. Undated events count only
 * when no event has a date.
 */
export function pickEvent<T extends Dated>(events: readonly T[], onOrBefore?: string | null): T | null {
  if (!events.length) return null;
  const dated = events.filter((e) => day(e.date) !== null).sort((a, b) => day(a.date)! - day(b.date)! || a.id - b.id);
  if (!dated.length) return events[events.length - 1];
  const when = day(onOrBefore ?? null);
  if (when === null) return dated[dated.length - 1];
  let lastBefore: T | null = null;
  let inWindow: T | null = null;
  let soonAfter: T | null = null;
  for (const e of dated) {
    const t = day(e.date)!;
    if (t <= when) {
      lastBefore = e;
      if (t >= when - WINDOW_BEFORE_DAYS * DAY) inWindow = e;
    } else if (t <= when + GRACE_AFTER_DAYS * DAY && !soonAfter) soonAfter = e;
  }
  return inWindow ?? soonAfter ?? lastBefore;
}

const EVENT_COLUMNS =
  'id, company, company_norm AS companyNorm, location, laid_off AS laidOff, percentage, date, industry, stage, country, source_url AS sourceUrl';

/** The layoff event for a company (normalised name) around a person's last day; see pickEvent. */
export function findLayoffEvent(db: Database.Database, companyNorm: string, onOrBefore?: string): LayoffEvent | null {
  if (!companyNorm) return null;
  const events = db.prepare(`SELECT ${EVENT_COLUMNS} FROM layoff_events WHERE company_norm = ? ORDER BY date, id`).all(companyNorm) as LayoffEvent[];
  return pickEvent(events, onOrBefore);
}

/**
 * Points people at their company's layoff event (people.layoff_event_id), using their
 * availability date (laid off on / last day) or else their latest exit date. Only the given
 * people when `personIds` is set. Returns how many people changed.
 */
export function linkPeopleToLayoffs(db: Database.Database, personIds?: readonly number[]): number {
  const byCompany = new Map<string, Dated[]>();
  for (const e of db.prepare('SELECT id, company_norm AS norm, date FROM layoff_events ORDER BY company_norm, date, id').iterate() as Iterable<Dated & { norm: string }>) {
    (byCompany.get(e.norm) ?? byCompany.set(e.norm, []).get(e.norm)!).push({ id: e.id, date: e.date });
  }
  // Someone who left *us* on that day, and whose company came from another source (an ATS's
  // "current employer"), was not laid off by that company: only our own company's events explain
  // it. Our company is the one former employees' own records name most (none when they name none).
  const ours = db.prepare(`SELECT company_norm FROM people WHERE sources = '["alumni"]' AND company_norm IS NOT NULL GROUP BY company_norm ORDER BY count(*) DESC LIMIT 1`).pluck().get() as string | undefined;
  const select = `SELECT p.id, p.company_norm AS norm, p.layoff_event_id AS current,
      coalesce(p.available_on, (SELECT max(e.exit_date) FROM employments e WHERE e.person_id = p.id)) AS leftOn,
      p.sources <> '["alumni"]' AND EXISTS (SELECT 1 FROM employments e WHERE e.person_id = p.id AND e.exit_date = coalesce(p.available_on, e.exit_date)) AS leftUsOtherCompany
    FROM people p`;
  const rows = (
    personIds
      ? db.prepare(`${select} WHERE p.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(personIds))
      : db.prepare(`${select} WHERE p.company_norm IS NOT NULL OR p.layoff_event_id IS NOT NULL`).all()
  ) as { id: number; norm: string | null; current: number | null; leftOn: string | null; leftUsOtherCompany: number }[];
  const update = db.prepare('UPDATE people SET layoff_event_id = ? WHERE id = ?');
  let changed = 0;
  const run = () => {
    for (const r of rows) {
      const events = r.norm && !(r.leftUsOtherCompany && r.norm !== ours) ? byCompany.get(r.norm) : undefined;
      const next = events ? (pickEvent(events, r.leftOn)?.id ?? null) : null;
      if (next !== r.current) {
        update.run(next, r.id);
        changed++;
      }
    }
  };
  if (db.inTransaction) run();
  else db.transaction(run)();
  return changed;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A fraction (0.15) or a percentage (15) as "15%". */
function percent(p: number): string {
  const v = p <= 1 ? p * 100 : p;
  return `${Math.round(v * 10) / 10}%`;
}

/** "Intel — cut 15,000, Aug 2025" (or "cut 15%", "cut 15,000 (15%)", "layoffs" when no size is known). */
export function layoffSummary(event: { company: string; laidOff?: number | null; percentage?: number | null; date?: string | null }): string {
  const size =
    event.laidOff != null && event.laidOff > 0
      ? `cut ${Math.round(event.laidOff).toLocaleString('en-US')}${event.percentage != null && event.percentage > 0 ? ` (${percent(event.percentage)})` : ''}`
      : event.percentage != null && event.percentage > 0
        ? `cut ${percent(event.percentage)}`
        : 'layoffs';
  const m = event.date?.match(/^(\d{4})-(\d{2})/);
  const month = m && Number(m[2]) >= 1 && Number(m[2]) <= 12 ? `, ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : '';
  return `${event.company} — ${size}${month}`;
}
