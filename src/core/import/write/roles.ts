import crypto from 'node:crypto';
import type { RemotePolicy, RoleStatus } from '../../../shared/domain';
import { readLevel, readTrack } from '../values/levels';
import { refusedWhileRead, type RowRecord } from '../record';
import { remoteFromLocation, remoteFromPosting, skillsFromDescription } from '../values/jobText';
import { readRemote } from './personDraft';
import { ADDED, type Session } from './session';

// Requisitions: one role per req ID. A requisition export is the system of record for its roles,
// so a re-import updates their fields (old values logged for undo) and adds skills.

const ROLE_COLS = ['title', 'track', 'level', 'team', 'location', 'remote_policy', 'status', 'headcount', 'hiring_manager', 'opened_on', 'description'] as const;
type RoleCols = Record<(typeof ROLE_COLS)[number], string | number | null>;

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const list = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : []);

export function readStatus(text: string): RoleStatus | null {
  const s = text.trim().toLowerCase();
  // SmartRecruiters and Lever name the stages of an open req (INTERVIEW, OFFER, internal); iCIMS
  // files them in folders ("Open - Posted"). A req waiting for approval is not open yet.
  if (/^(open|active|approved|posted|live|published|sourcing|screening|interview|interviewing|offer|internal|accepting applications|open[ -]?active|open\s*-.*)$/.test(s)) return 'open';
  if (/hold|paused|frozen|freeze|^(draft|pending|pending approval|awaiting approval|created|new|requested|not yet open)$/.test(s)) return 'on_hold';
  if (/filled|hired|offer accepted/.test(s)) return 'filled';
  if (/closed|cancel+ed|archived|inactive/.test(s)) return 'closed';
  return null;
}

/** A stable stand-in when a sheet of roles has no req IDs: the same title, team and location give the same ID. */
export function syntheticReqId(title: string, team: string | null, location: string | null): string {
  const h = crypto.createHash('sha256').update([title, team ?? '', location ?? ''].map((x) => x.toLowerCase().trim()).join('|')).digest('hex');
  return `AUTO-${h.slice(0, 8).toUpperCase()}`;
}

export function createRolesWriter(s: Session) {
  const db = s.db;
  const byReq = new Map<string, number>();
  for (const [req, id] of db.prepare('SELECT req_id, id FROM roles').raw().iterate() as Iterable<[string, number]>) byReq.set(req, id);
  const ins = db.prepare(`INSERT INTO roles (req_id, ${ROLE_COLS.join(', ')}, batch_id) VALUES (?, ${ROLE_COLS.map(() => '?').join(', ')}, ?)`);
  const insSkill = db.prepare('INSERT OR IGNORE INTO role_skills (role_id, skill, kind, raw) VALUES (?, ?, ?, ?)');
  const getRole = db.prepare('SELECT * FROM roles WHERE id = ?');
  const createdHere = new Set<number>();
  const tax = s.know.taxonomy;

  function skillsOf(text: string): { skill: string; raw: string }[] {
    if (!text) return [];
    const r = tax.readCell(text);
    for (const u of r.unknown) s.noteUnknown(u);
    return [...r.skills.map((h) => ({ skill: h.name, raw: h.raw })), ...r.unknown.map((u) => ({ skill: u.trim(), raw: u }))].filter((x) => x.skill);
  }

  return function writeRole(rec: RowRecord): void {
    const v = rec.values;
    const title = str(v.get('title'));
    let reqId = str(v.get('reqId'));
    if (!title && !reqId) {
      if (!refusedWhileRead(rec)) rec.issues.push({ column: '', value: '', severity: 'error', message: 'This row has neither a req ID nor a title; it was not imported.' });
      return s.finishRow(rec, 'rejected', null);
    }
    const team = str(v.get('team'));
    const location = str(v.get('location'));
    if (!reqId) reqId = syntheticReqId(title!, team, location);
    const reading = title ? s.know.readTitle(title) : { track: null, level: null };
    const statusCell = str(v.get('status'));
    let status: RoleStatus | null = null;
    if (statusCell) {
      status = readStatus(statusCell);
      if (!status) rec.issues.push({ column: headerOf(s, 'status'), value: statusCell, severity: 'warning', message: `"${statusCell}" is not a role status Bridgehire knows (open, on hold, closed, filled); the role was taken as open.` });
    }
    const levelCell = str(v.get('level'));
    const trackCell = str(v.get('track'));
    const remoteCell = str(v.get('remotePolicy'));
    const description = list(v.get('description')).join('\n\n');
    // Without a remote column: the office cell, then what the posting says ("Hybrid, 2 days in the office").
    const guessRemote = !s.plan.columns.some((c) => c.target === 'remotePolicy');
    const remote: RemotePolicy | null = remoteCell ? readRemote(remoteCell, false) : guessRemote ? ((location ? remoteFromLocation(location) : null) ?? (description ? remoteFromPosting(description) : null)) : null;
    let must = skillsOf(list(v.get('mustSkills')).join('; '));
    let nice = skillsOf(list(v.get('niceSkills')).join('; '));
    if (must.length === 0 && nice.length === 0 && description && !hasSkillColumns(s)) {
      ({ must, nice } = skillsFromDescription(description, tax.readText));
      if (must.length || nice.length) {
        const names = (ks: { skill: string }[]) => ks.map((k) => k.skill).join(', ') || 'none';
        rec.issues.push({ column: headerOf(s, 'description'), value: '', severity: 'info', message: `No skills columns: read from the description, must-haves: ${names(must)}; nice-to-haves: ${names(nice)}. Check them in the role's form.` });
      }
    }
    const cols: RoleCols = {
      title,
      track: (trackCell ? readTrack(trackCell) : null) ?? (reading.track && !reading.candidates ? reading.track : s.know.primaryTrack(reading, must.map((k) => k.skill))),
      level: (levelCell ? readLevel(levelCell) : null) ?? reading.level,
      team,
      location,
      remote_policy: remote,
      status,
      headcount: typeof v.get('headcount') === 'number' ? (v.get('headcount') as number) : null,
      hiring_manager: str(v.get('hiringManager')),
      opened_on: str(v.get('openedOn')),
      description: description || null,
    };
    const existing = byReq.get(reqId);
    if (existing === undefined) {
      if (!title) {
        rec.issues.push({ column: headerOf(s, 'title'), value: '', severity: 'error', message: `Role ${reqId} has no title and is not in the workspace yet; it was not imported.` });
        return s.finishRow(rec, 'rejected', null);
      }
      if (must.length === 0 && nice.length === 0) rec.issues.push({ column: '', value: '', severity: 'info', message: `Role ${reqId} lists no skills, so no one earns the must-have points of its matches: add its must-haves in Roles.` });
      const r = ins.run(reqId, ...ROLE_COLS.map((c) => cols[c] ?? defaults[c] ?? null), s.batchId);
      const id = Number(r.lastInsertRowid);
      byReq.set(reqId, id);
      createdHere.add(id);
      for (const k of must) insSkill.run(id, k.skill, 'must', k.raw);
      for (const k of nice) insSkill.run(id, k.skill, 'nice', k.raw);
      return s.finishRow(rec, 'created', null);
    }
    const cur = getRole.get(existing) as Record<string, unknown>;
    const log = !createdHere.has(existing);
    const sets: string[] = [];
    const params: unknown[] = [];
    for (const c of ROLE_COLS) {
      const nv = cols[c];
      if (nv === null || nv === cur[c]) continue;
      if (log) s.change('roles', existing, c, cur[c]);
      sets.push(`${c} = ?`);
      params.push(nv);
    }
    if (sets.length) {
      sets.push("updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')");
      db.prepare(`UPDATE roles SET ${sets.join(', ')} WHERE id = ?`).run(...params, existing);
    }
    for (const [kind, ks] of [['must', must], ['nice', nice]] as const) {
      for (const k of ks) if (insSkill.run(existing, k.skill, kind, k.raw).changes && log) s.change('role_skills', JSON.stringify([existing, kind, k.skill]), ADDED, null);
    }
    s.finishRow(rec, 'merged', null);
  };
}

const defaults: Partial<RoleCols> = { track: 'other', status: 'open', headcount: 1, description: '' };

function hasSkillColumns(s: Session): boolean {
  return s.plan.columns.some((c) => c.target === 'mustSkills' || c.target === 'niceSkills');
}

function headerOf(s: Session, field: string): string {
  return s.plan.columns.find((c) => c.target === field)?.header ?? field;
}
