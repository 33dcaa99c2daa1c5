import type Database from 'better-sqlite3';
import { isBlindReview, maskRows } from '../privacy';
import type { ShortlistDetail, ShortlistEntry } from '../../shared/api/contract/shortlists';
import type { MatchWeights, Stage } from '../../shared/domain';
import { parseJson } from '../repos/json';
import { shortlistSummary } from './repo';
import { currentScores } from './scoring';
import { entrySnapshots } from './explanations';
import { summaryOf, type EntrySummary } from './summaries';

interface EntryRow {
  person_id: number;
  position: number;
  stage: string;
  note: string;
  added_by: string;
  added_at: string;
  score: number | null;
  full_name: string;
  title: string | null;
  company: string | null;
  location: string | null;
  phone: string | null;
  linkedin: string | null;
  tags: string;
}

/** A score that moved by less than the grid shows (one decimal) has not changed. */
const changed = (then: number | null, now: number | null) => then !== null && now !== null && Math.abs(then - now) >= 0.05;

// Entries read by readEntries carry their explanation's summary here (flags included), so an
// export reads points and flags without the entry's whole explanation.
const summaries = new WeakMap<object, EntrySummary>();

/** The summary of an entry's explanation: kept when it was read, else worked out from the explanation. */
export function entrySummary(e: ShortlistEntry): EntrySummary {
  return summaries.get(e) ?? summaryOf(e.explanation);
}

/** Everyone's emails on one list, in one indexed query. */
function emailsOf(db: Database.Database, shortlistId: number): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const rows = db
    .prepare('SELECT m.person_id, m.email FROM shortlist_entries e JOIN person_emails m ON m.person_id = e.person_id WHERE e.shortlist_id = ? ORDER BY m.person_id, m.email')
    .all(shortlistId) as { person_id: number; email: string }[];
  for (const r of rows) (out.get(r.person_id) ?? out.set(r.person_id, []).get(r.person_id)!).push(r.email);
  return out;
}

/**
 * Entries in list order, with contact details and the current score beside the kept one. An
 * export passes `withExplanations` false: most of an explanation is notes no file shows, so the
 * entries carry `explanation: null` and the summary (points, skills, flags; see entrySummary).
 */
export function readEntries(db: Database.Database, shortlistId: number, roleId: number | null, today: string, only?: readonly number[], withExplanations = true): ShortlistEntry[] {
  const rows = db
    .prepare(
      // Only columns stored before the explanation: the rest of each row (~1.3 KB) overflows to a
      // page of its own, and the snapshot columns after it come from entrySnapshots() instead.
      `SELECT e.person_id, e.position, e.stage, e.note, e.added_by, e.added_at, e.score,
        p.full_name, p.title, p.company, p.location, p.phone, p.linkedin, p.tags
       FROM shortlist_entries e JOIN people p ON p.id = e.person_id
       WHERE e.shortlist_id = ? ${only ? 'AND e.person_id IN (SELECT value FROM json_each(?))' : ''}`,
    )
    .all(...(only ? [shortlistId, JSON.stringify(only)] : [shortlistId])) as EntryRow[];
  // Ordered here rather than in SQL: walking the order index and fetching each wide row costs more.
  rows.sort((a, b) => a.position - b.position || a.person_id - b.person_id);
  const ids = rows.map((r) => r.person_id);
  const emails = emailsOf(db, shortlistId);
  const now = currentScores(db, roleId, ids, today);
  const snapshots = entrySnapshots(db, shortlistId, rows, { wholeList: only === undefined, explanations: withExplanations });
  // Most entries share their weights: parse each distinct text once (and layouts can memoise on it).
  const weights = new Map<string, MatchWeights | null>();
  const weightsOf = (text: string | null) => (text === null ? null : (weights.get(text) ?? weights.set(text, parseJson<MatchWeights | null>(text, null)).get(text)!));
  const summaryList: EntrySummary[] = [];
  const entries = rows.map((r) => {
    const snapshot = snapshots.get(r.person_id);
    const summary = snapshot?.summary ?? summaryOf(null);
    summaryList.push(summary);
    const currentScore = now.get(r.person_id) ?? null;
    const entry: ShortlistEntry = {
      personId: r.person_id,
      position: r.position,
      name: r.full_name,
      title: r.title,
      company: r.company,
      location: r.location,
      emails: emails.get(r.person_id) ?? [],
      phone: r.phone,
      linkedin: r.linkedin,
      tags: parseJson<string[]>(r.tags, []),
      stage: r.stage as Stage,
      note: r.note,
      addedBy: r.added_by,
      addedAt: r.added_at,
      score: r.score,
      engineVersion: snapshot?.engineVersion ?? null,
      weights: weightsOf(snapshot?.weights ?? null),
      explanation: withExplanations ? (snapshot?.explanation ?? null) : null,
      currentScore,
      scoreChanged: changed(r.score, currentScore),
      points: summary.points,
      matched: summary.matched,
      partial: summary.partial,
      missing: summary.missing,
    };
    return entry;
  });
  // Blind review hides who people are here too, so the shortlist grid and every export inherit it.
  // (Masking copies each entry: the summaries are attached to the copies.)
  const out = maskRows(entries, isBlindReview(db));
  out.forEach((e, i) => summaries.set(e, summaryList[i]!));
  return out;
}

export function readDetail(db: Database.Database, shortlistId: number, roleId: number | null, today: string, withExplanations = true): ShortlistDetail {
  return { ...shortlistSummary(db, shortlistId), entries: readEntries(db, shortlistId, roleId, today, undefined, withExplanations) };
}
