import { SCORE_PARTS, type Stage } from '../../shared/domain';
import type { MatchFlag } from '../../shared/api/contract/match';
import type { ShortlistDetail, ShortlistEntry } from '../../shared/api/contract/shortlists';
import type { ShortlistFormat } from '../../shared/api/contract/export';
import { CsvWriter, type Cell } from './csv';
import { PART_LABELS, isoDateTime, joinList, score1, weightsText } from './values';
import { entrySummary } from '../shortlists/detail';

// A shortlist as a file: Bridgehire's own CSV with the explanation of every score, and the
// candidate-import layouts of two ATSs. Greenhouse's bulk import maps columns named after its
// default fields (First Name, Last Name, Company, Title, Email, Phone, Address, Source, Job, Notes…);
// Lever's template has Full Name, Email, Phone, Current Company, Current Title, Links, Tags,
// Sources, Origin (a fixed list) and Stage, with several emails/tags/sources "comma, no space"
// and several links "comma and a space".

export interface ShortlistExportContext {
  list: ShortlistDetail;
  role: { reqId: string; title: string } | null;
  exportedAt: string;
}

export const FLAG_LABELS: Record<MatchFlag, string> = {
  ineligible_rehire: 'Not eligible for rehire',
  rehire_review: 'Rehire needs review',
  rehire_unknown: 'Rehire eligibility unknown',
  near_miss: 'Near miss',
  no_skills: 'No skills recorded',
  wants_remote: 'Wants remote',
  other_country: 'In another country',
  shallow_list: 'Long skills list, little depth',
};

export const STAGE_LABELS: Record<Stage, string> = {
  new: 'New',
  contacted: 'Contacted',
  screening: 'Screening',
  interviewing: 'Interviewing',
  offer: 'Offer',
  hired: 'Hired',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

/** Lever's default pipeline stages; archived outcomes have no stage of their own, so they stay at the start. */
const LEVER_STAGES: Record<Stage, string> = {
  new: 'New Lead',
  contacted: 'Reached Out',
  screening: 'Recruiter Screen',
  interviewing: 'On-site Interview',
  offer: 'Offer',
  hired: 'Offer',
  rejected: 'New Lead',
  withdrawn: 'New Lead',
};

/** "Ana María López García" → first "Ana", last "María López García": ATSs require a first name, and surnames are often several words. */
export function splitName(full: string): { first: string; last: string } {
  const parts = full.trim().split(/\s+/).filter(Boolean);
  if (parts.length <= 1) return { first: parts[0] ?? '', last: '' };
  return { first: parts[0]!, last: parts.slice(1).join(' ') };
}

// "Shortlist position" and "Role title", not "Position" and "Role": an importer would read those as the person's job title.
const FULL_HEADER = [
  'Shortlist position', 'Name', 'Email', 'Phone', 'LinkedIn', 'Title', 'Company', 'Location', 'Stage', 'Note', 'Added by', 'Added at (UTC)',
  'Score when added', 'Score now',
  ...SCORE_PARTS.map((p) => `${PART_LABELS[p]} (points)`),
  'Matched skills', 'Partial skills', 'Missing skills', 'Flags', 'Score version', 'Weights', 'Req ID', 'Role title', 'Shortlist', 'Exported at (UTC)',
];

/** The same for every row of one file, worked out once. */
const fileCells = new WeakMap<ShortlistExportContext, Cell[]>();
/** Entries added together share their time: the text of each is worked out once. */
const addedTexts = new Map<string, string>();

function fullRow(e: ShortlistEntry, c: ShortlistExportContext): Cell[] {
  // The summary, not e.explanation: points and flags without parsing every explanation whole.
  const x = entrySummary(e);
  let tail = fileCells.get(c);
  if (!tail) fileCells.set(c, (tail = [c.role?.reqId, c.role?.title, c.list.name, isoDateTime(c.exportedAt)]));
  let added = addedTexts.get(e.addedAt);
  if (added === undefined) {
    if (addedTexts.size > 10_000) addedTexts.clear();
    addedTexts.set(e.addedAt, (added = isoDateTime(e.addedAt)));
  }
  const row: Cell[] = [
    e.position, e.name, joinList(e.emails), e.phone, e.linkedin, e.title, e.company, e.location, STAGE_LABELS[e.stage] ?? e.stage, e.note, e.addedBy, added,
    score1(e.score), score1(e.currentScore),
  ];
  for (const p of SCORE_PARTS) row.push(score1(x.points[p]));
  row.push(joinList(e.matched), joinList(e.partial), joinList(e.missing), joinList(x.flags.map((f) => FLAG_LABELS[f] ?? f)), e.engineVersion, weightsText(e.weights));
  for (const cell of tail) row.push(cell);
  return row;
}

/** The "why" in a sentence or three, for an ATS's notes field. */
export function atsNote(e: ShortlistEntry, c: ShortlistExportContext): string {
  const lines = [`Shortlisted in Bridgehire ("${c.list.name}"${c.role ? ` for ${c.role.reqId} ${c.role.title}` : ''}), stage: ${STAGE_LABELS[e.stage] ?? e.stage}.`];
  if (e.score !== null) {
    const now = e.scoreChanged && e.currentScore !== null ? `; ${score1(e.currentScore)} now` : '';
    lines.push(`Score ${score1(e.score)} of 100 when added on ${e.addedAt.slice(0, 10)} (${e.engineVersion ?? 'engine unknown'})${now}.`);
  }
  const skills = [e.matched.length ? `Matched: ${joinList(e.matched)}.` : '', e.partial.length ? `Partial: ${joinList(e.partial)}.` : '', e.missing.length ? `Missing: ${joinList(e.missing)}.` : '']
    .filter(Boolean)
    .join(' ');
  if (skills) lines.push(skills);
  if (e.note.trim()) lines.push(`Note: ${e.note.trim()}`);
  return lines.join('\n');
}

const GREENHOUSE_HEADER = ['First Name', 'Last Name', 'Email', 'Phone', 'Company', 'Title', 'LinkedIn', 'Address', 'Source', 'Job', 'Candidate Tags', 'Notes'];

function greenhouseRow(e: ShortlistEntry, c: ShortlistExportContext): Cell[] {
  const { first, last } = splitName(e.name);
  const job = c.role ? `${c.role.title} (${c.role.reqId})` : '';
  return [first, last, e.emails[0] ?? '', e.phone, e.company, e.title, e.linkedin, e.location, 'Bridgehire', job, joinList(e.tags), atsNote(e, c)];
}

const LEVER_HEADER = ['Full Name', 'Email', 'Phone', 'Location', 'Current Company', 'Current Title', 'Links', 'Tags', 'Sources', 'Origin', 'Stage', 'Note'];

function leverRow(e: ShortlistEntry, c: ShortlistExportContext): Cell[] {
  return [
    e.name.trim(), joinList(e.emails, ','), e.phone, e.location, e.company, e.title, e.linkedin ?? '', joinList(e.tags, ','), 'Bridgehire', 'Sourced', LEVER_STAGES[e.stage] ?? 'New Lead', atsNote(e, c),
  ];
}

const LAYOUTS: Record<ShortlistFormat, { header: string[]; row: (e: ShortlistEntry, c: ShortlistExportContext) => Cell[] }> = {
  csv: { header: FULL_HEADER, row: fullRow },
  greenhouse: { header: GREENHOUSE_HEADER, row: greenhouseRow },
  lever: { header: LEVER_HEADER, row: leverRow },
};

export function shortlistCsv(format: ShortlistFormat, c: ShortlistExportContext): { content: string; rows: number } {
  const layout = LAYOUTS[format];
  const w = new CsvWriter(layout.header);
  for (const e of c.list.entries) w.row(layout.row(e, c));
  return { content: w.toString(), rows: w.rows };
}
