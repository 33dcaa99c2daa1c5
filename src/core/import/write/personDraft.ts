import type { ExitType, Rehire, RehireSource, RemotePolicy, SourceKind } from '../../../shared/domain';
import type { Knowledge } from '../ports';
import { readLevel, readTrack } from '../values/levels';
import type { RowRecord } from '../record';
import { readExitType, readRehire, type RehireRule } from '../values/rehire';
import { clean, unshout } from '../values/text';
import { yearsFromText } from '../values/experience';

// A row's values shaped as a person (and, for alumni, an employment): names joined, location
// composed, level and track read from the title, skills read by the taxonomy, rehire derived.

export interface EmailKey {
  email: string;
  kind: 'work' | 'personal' | null;
}

export interface SkillRow {
  skill: string;
  known: 0 | 1;
  raw: string;
  origin: 'skills_cell' | 'text';
}

/** people columns an import may fill, with their values (null = the file says nothing). */
export interface PersonColumns {
  full_name: string | null;
  location: string | null;
  country: string | null;
  remote_pref: RemotePolicy | null;
  relocate: number | null;
  title: string | null;
  company: string | null;
  company_norm: string | null;
  level: string | null;
  track: string | null;
  years_exp: number | null;
  summary: string | null;
  phone: string | null;
  available_on: string | null;
  notes: string | null;
}

export interface EmploymentColumns {
  employee_id: string | null;
  team: string | null;
  title: string | null;
  level: string | null;
  manager: string | null;
  hire_date: string | null;
  exit_date: string | null;
  exit_type: ExitType | null;
  exit_reason: string | null;
  regrettable: number | null;
  last_performance: string | null;
  rehire: Rehire;
  rehire_source: RehireSource;
  layoff_wave: string | null;
}

export interface PersonDraft {
  cols: PersonColumns;
  emails: EmailKey[];
  linkedin: string | null;
  employeeId: string | null;
  skills: SkillRow[];
  tags: string[];
  sources: SourceKind[];
  employment: EmploymentColumns | null;
  /** Skills-cell terms the taxonomy does not know (kept, and counted for the user to map). */
  unknown: string[];
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const list = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : []);
const bool = (v: unknown): number | null => (typeof v === 'boolean' ? (v ? 1 : 0) : null);

/** "Remote", "Hybrid", "On-site", "Yes" (open to remote)... */
export function readRemote(text: string | null, hybridOk: boolean | null): RemotePolicy | null {
  if (text) {
    const s = text.toLowerCase();
    if (/hybrid/.test(s)) return 'hybrid';
    if (/on[ -]?site|office|in[ -]person|onsite/.test(s)) return 'onsite';
    if (/remote|anywhere|distributed|^(y|yes|true|1|✓|checked)$/.test(s)) return 'remote';
    if (/^(n|no|false|0|unchecked)$/.test(s)) return hybridOk ? 'hybrid' : hybridOk === false ? 'onsite' : null;
  }
  if (hybridOk) return 'hybrid';
  return null;
}

export interface DraftContext {
  /** Only the reading half: drafts are also built on the prep thread, which has no store. */
  know: Pick<Knowledge, 'taxonomy' | 'readTitle' | 'primaryTrack' | 'normalizeCompany'>;
  alumni: boolean;
  source: SourceKind;
  derive: (reason: string) => RehireRule['rehire'] | null;
  /** The header of the (first) column mapped to a field, for messages. */
  headerOf: (field: string) => string;
}

export function buildPersonDraft(rec: RowRecord, ctx: DraftContext): PersonDraft {
  const v = rec.values;
  const first = str(v.get('firstName'));
  const last = str(v.get('lastName'));
  const fullName = str(v.get('fullName')) ?? (unshout([first, last].filter(Boolean).join(' ')) || null);
  const emails: EmailKey[] = [];
  const seen = new Set<string>();
  const addEmails = (field: string, kind: EmailKey['kind']) => {
    for (const e of list(v.get(field))) if (!seen.has(e)) {
      seen.add(e);
      emails.push({ email: e, kind });
    }
  };
  addEmails('workEmail', 'work');
  addEmails('email', null);
  addEmails('personalEmail', 'personal');
  const title = str(v.get('title'));
  const reading = title ? ctx.know.readTitle(title) : { track: null, level: null };
  const levelCell = str(v.get('level'));
  const trackCell = str(v.get('track'));
  const company = str(v.get('company'));
  const city = str(v.get('city'));
  const region = str(v.get('region'));
  const location = str(v.get('location')) ?? ([city, region].filter(Boolean).join(', ') || null);
  const summary = list(v.get('summary')).join('\n\n') || null;
  const notes = list(v.get('notes')).join('\n\n') || null;
  const hybridOk = typeof v.get('hybridOk') === 'boolean' ? (v.get('hybridOk') as boolean) : null;

  // Skills: the skills cells through the taxonomy (unknown terms kept), then what the summary names.
  const skills: SkillRow[] = [];
  const unknown: string[] = [];
  const have = new Set<string>();
  const cell = list(v.get('skills')).join('; ');
  if (cell) {
    const r = ctx.know.taxonomy.readCell(cell);
    for (const h of r.skills) if (!have.has(h.name)) {
      have.add(h.name);
      skills.push({ skill: h.name, known: 1, raw: h.raw, origin: 'skills_cell' });
    }
    for (const u of r.unknown) {
      const term = clean(u);
      if (term && !have.has(term)) {
        have.add(term);
        skills.push({ skill: term, known: 0, raw: u, origin: 'skills_cell' });
        unknown.push(term);
      }
    }
  }
  if (summary) {
    for (const h of ctx.know.taxonomy.readText(summary).skills) if (!have.has(h.name)) {
      have.add(h.name);
      skills.push({ skill: h.name, known: 1, raw: h.raw, origin: 'text' });
    }
  }

  let employment: EmploymentColumns | null = null;
  const employeeId = ctx.alumni ? str(v.get('employeeId')) : null;
  let availableOn = list(v.get('availableOn'))[0] ?? null;
  if (ctx.alumni) {
    const reason = str(v.get('exitReason'));
    const typeCell = str(v.get('exitType'));
    const typeRead = typeCell ? readExitType(typeCell) : null;
    const reasonRead = reason ? readExitType(reason) : null;
    // HRIS exports file a layoff as type "Involuntary", reason "Reduction in force": the reason is the more specific.
    const exitType = typeRead === 'involuntary' && reasonRead === 'layoff' ? 'layoff' : (typeRead ?? reasonRead);
    const rehireCell = str(v.get('rehire'));
    let rehire: Rehire = 'unknown';
    let rehireSource: RehireSource = 'unknown';
    const explicit = rehireCell ? readRehire(rehireCell) : null;
    if (explicit) [rehire, rehireSource] = [explicit, 'explicit'];
    else {
      if (rehireCell) rec.issues.push({ column: ctx.headerOf('rehire'), value: rehireCell, severity: 'warning', message: `"${rehireCell}" is not a rehire answer Bridgehire knows (yes, no, review); eligibility was derived from the exit reason instead.` });
      const derived = reason ? ctx.derive(reason) : typeCell ? ctx.derive(typeCell) : null;
      if (derived) [rehire, rehireSource] = [derived, 'derived'];
    }
    const exitDate = list(v.get('exitDate'))[0] ?? null;
    if (!availableOn && exitType === 'layoff' && exitDate) availableOn = exitDate;
    employment = {
      employee_id: employeeId,
      team: str(v.get('team')),
      title,
      level: (levelCell ? readLevel(levelCell) : null) ?? reading.level ?? levelCell,
      manager: str(v.get('manager')),
      hire_date: str(v.get('hireDate')),
      exit_date: exitDate,
      exit_type: exitType,
      exit_reason: reason,
      regrettable: bool(v.get('regrettable')),
      last_performance: str(v.get('lastPerformance')),
      rehire,
      rehire_source: rehireSource,
      layoff_wave: str(v.get('layoffWave')),
    };
  }

  return {
    cols: {
      full_name: fullName,
      location,
      country: str(v.get('country')),
      remote_pref: readRemote(str(v.get('remotePref')), hybridOk),
      relocate: bool(v.get('relocate')),
      title,
      company,
      company_norm: company ? ctx.know.normalizeCompany(company) || null : null,
      level: (levelCell ? readLevel(levelCell) : null) ?? reading.level,
      track: (trackCell ? readTrack(trackCell) : null) ?? (reading.track && !reading.candidates ? reading.track : ctx.know.primaryTrack(reading, skills.map((k) => k.skill))),
      // Without a years cell, what the résumé says of itself.
      years_exp: num(v.get('yearsExp')) ?? (summary ? yearsFromText(summary) : null),
      summary,
      phone: str(v.get('phone')),
      available_on: availableOn,
      notes,
    },
    emails,
    linkedin: str(v.get('linkedin')),
    employeeId,
    skills,
    tags: list(v.get('tags')),
    sources: [ctx.alumni ? 'alumni' : ctx.source],
    employment,
    unknown,
  };
}
