import type { ExitType, Track } from '../../../shared/domain';
import type { Rng } from './rng';
import { makeCareer, skillsCell, type Career } from './career';
import { addDays, daysBetween, maxDate, usDatePadded, workday } from './dates';
import { toCsv, type Cell } from './csv';
import { OFFICES, OUR_COMPANY, type Office } from './data/companies';
import { asciiSlug, type Identity, type IdentityFactory } from './identity';
import type { Team, Wave } from './company';
import type { Mess } from './messes';

// The HRIS termination / alumni export (Workday-style headers): everyone who ever left Northwind
// Labs, with hire and exit dates, the layoff waves, voluntary and involuntary exits and their
// reasons, performance, and rehire eligibility written down for about 60% of them.

export type Verdict = 'eligible' | 'review' | 'ineligible' | 'unknown';

export interface Alumnus {
  who: Identity;
  career: Career;
  employeeId: string;
  workEmail: string;
  team: Team;
  manager: string;
  office: Office;
  hire: string;
  exit: string;
  exitType: ExitType;
  typeCell: string;
  reason: string;
  wave: Wave | null;
  perf: 'high' | 'meets' | 'low' | null;
  verdict: Verdict;
  explicit: boolean;
  /** Whether HR has their personal email (the key that ties them to other lists). */
  personalOnFile: boolean;
}

const TRACK_MIX: [Track, number][] = [['ai_ml', 16], ['mlops', 6], ['platform', 13], ['sre', 9], ['cloud_infra', 8], ['fullstack', 25], ['data', 10], ['security', 3], ['other', 10]];

const REASONS: Record<ExitType, [string, Verdict, number][]> = {
  layoff: [['Reduction in force', 'eligible', 5], ['Position eliminated', 'eligible', 3], ['Restructuring - role eliminated', 'eligible', 2]],
  voluntary: [
    ['Resignation - Better opportunity', 'eligible', 35], ['Resignation - Relocation', 'eligible', 12], ['Resignation - Career change', 'eligible', 10],
    ['Resignation - Personal reasons', 'eligible', 10], ['Resignation - Compensation', 'eligible', 10], ['Resignation - Family reasons', 'eligible', 6],
    ['Resignation - Education', 'eligible', 5], ['Retirement', 'eligible', 3], ['Resignation - Return-to-office policy', 'eligible', 9],
  ],
  involuntary: [
    ['Termination - Performance', 'review', 45], ['Termination - Not a fit for role', 'review', 15], ['Termination - Attendance', 'review', 8],
    ['Termination - Misconduct', 'ineligible', 12], ['Termination - Policy violation', 'ineligible', 10], ['Job abandonment', 'ineligible', 5],
  ],
  other: [['End of contract', 'eligible', 6], ['Internship ended', 'unknown', 3], ['Visa expiry', 'unknown', 1]],
};
const TYPE_CELLS: Record<ExitType, string[]> = { layoff: ['Involuntary - RIF', 'Layoff', 'Reduction in Force'], voluntary: ['Voluntary'], involuntary: ['Involuntary'], other: ['Other'] };
const PERF: Record<'high' | 'meets' | 'low', string[]> = {
  high: ['5 - Exceptional', '4 - Exceeds Expectations', '4 - Exceeds Expectations'],
  meets: ['3 - Meets Expectations'],
  low: ['2 - Partially Meets', '1 - Does Not Meet'],
};
const EXPLICIT: Record<Exclude<Verdict, 'unknown'>, string[]> = { eligible: ['Yes', 'Y', 'Eligible', 'Yes'], review: ['Review', 'Conditional', 'Needs review'], ineligible: ['No', 'N', 'Not eligible', 'Do not rehire'] };
const LEVEL_CODE: Record<string, string[]> = { junior: ['L2'], mid: ['L3', 'L4'], senior: ['L5'], staff: ['L6'], principal: ['L7'], manager: ['M1', 'M2'], director: ['D1'] };

export function makeAlumni(n: number, waves: Wave[], teams: Team[], ids: IdentityFactory, rng: Rng, today: string): Alumnus[] {
  // Exit kinds: each wave's people first, then the rest by weight.
  const kinds: { type: ExitType; wave: Wave | null }[] = [];
  for (const w of waves) for (let i = 0; i < w.size; i++) kinds.push({ type: 'layoff', wave: w });
  while (kinds.length < n) kinds.push({ type: rng.weighted([['voluntary', 76], ['involuntary', 15], ['other', 9]] as const), wave: null });
  rng.shuffle(kinds);
  const start = addDays(OUR_COMPANY.founded, 400);
  const span = daysBetween(start, addDays(today, -10));
  const out: Alumnus[] = [];
  kinds.forEach(({ type, wave }, i) => {
    const track = rng.weighted(TRACK_MIX);
    const team = rng.pick(teams.filter((t) => t.track === track));
    const office = rng.weighted(OFFICES.map((o) => [o, o.weight] as const));
    const region = ids.region(office.people).id;
    const city = office.location.startsWith('Remote') ? undefined : { city: office.location.split(',')[0]!, country: office.country, weight: 1 };
    const who = ids.person(region, city);
    const career = makeCareer(rng, track);
    // Later years had more people, so more exits: skew the date toward today.
    const exit = wave ? wave.date : workday(addDays(start, Math.floor(Math.pow(rng.next(), 0.65) * span)));
    const tenureDays = Math.round(365 * (type === 'involuntary' ? rng.around(1.6, 0.9, 0.2, 5) : rng.around(3, 1.6, 0.4, 9)));
    const hire = maxDate(workday(addDays(OUR_COMPANY.founded, rng.int(0, 120))), workday(addDays(exit, -tenureDays)));
    const [reason, base] = rng.weighted(REASONS[type].map(([r, v, w]) => [[r, v] as const, w] as const));
    const perf = rng.chance(0.06) ? null : type === 'involuntary' && base === 'review' ? rng.weighted([['low', 8], ['meets', 2]] as const) : rng.weighted([['high', type === 'layoff' ? 20 : 30], ['meets', 56], ['low', type === 'layoff' ? 18 : 10]] as const);
    const explicit = rng.chance(0.6);
    let verdict: Verdict = base;
    if (explicit && perf === 'low' && base === 'eligible') verdict = 'review';
    const f = asciiSlug(who.first);
    const l = asciiSlug(who.last);
    out.push({
      who, career, team, office, hire, exit, exitType: type, reason, wave, perf, explicit, personalOnFile: rng.chance(0.92),
      verdict: explicit && verdict === 'unknown' ? 'review' : verdict,
      employeeId: `NW${String(100000 + i * 7 + rng.int(0, 6)).padStart(6, '0')}`,
      workEmail: ids.uniqueEmail(`${f}.${l}`, OUR_COMPANY.domain),
      manager: rng.pick(team.managers),
      typeCell: rng.pick(TYPE_CELLS[type]),
    });
  });
  return out;
}

export const ALUMNI_HEADERS = [
  'employee_id', 'full_name', 'work_email', 'personal_email', 'job_title', 'job_level', 'department', 'manager_name', 'location', 'company',
  'employment_type', 'hire_date', 'termination_date', 'last_day_of_work', 'termination_type', 'termination_reason', 'regrettable',
  'eligible_for_rehire', 'rehire_notes', 'rehire_date', 'recruitment_source', 'performance_score', 'layoff_wave', 'skills',
];

const NOTES = ['Strong performer, would rehire', 'Left on good terms', 'Check with HRBP before re-engaging', 'Boomerang candidate', 'Exit interview on file'];

export function alumniCsv(rows: Alumnus[], rng: Rng, messes: Mess[]): string {
  const cells: Cell[][] = rows.map((a) => {
    const notice = a.exitType === 'layoff' ? rng.int(0, 3) * 7 : 0;
    const regrettable = a.exitType === 'voluntary' ? (a.perf === 'high' || (a.perf === 'meets' && rng.chance(0.4)) ? 'Yes' : 'No') : a.exitType === 'layoff' ? '' : 'No';
    return [
      a.employeeId,
      `${a.who.first} ${a.who.last}`,
      a.workEmail,
      a.personalOnFile ? a.who.personalEmail : '',
      a.career.title,
      rng.pick(LEVEL_CODE[a.career.level]!),
      a.team.name,
      a.manager,
      a.office.location,
      OUR_COMPANY.entities[a.office.country] ?? OUR_COMPANY.entities.default,
      a.career.level === 'junior' && rng.chance(0.08) ? 'Intern' : rng.chance(0.04) ? 'Part-time' : 'Full-time',
      usDatePadded(a.hire),
      usDatePadded(addDays(a.exit, notice)),
      usDatePadded(a.exit),
      a.typeCell,
      a.reason,
      regrettable,
      a.explicit && a.verdict !== 'unknown' ? rng.pick(EXPLICIT[a.verdict]) : '',
      rng.chance(0.05) ? rng.pick(NOTES) : '',
      '',
      rng.pick(['Referral', 'LinkedIn', 'Careers page', 'Agency', 'University', 'Referral']),
      a.perf ? rng.pick(PERF[a.perf]) : '',
      a.wave?.label ?? '',
      rng.chance(0.88) ? skillsCell(a.career.skills, rng, '; ', 0.25) : '',
    ];
  });
  applyAlumniMesses(rows, cells, rng, messes);
  return toCsv(ALUMNI_HEADERS, cells, { newline: '\r\n', bom: true });
}

const col = (name: string) => ALUMNI_HEADERS.indexOf(name);

/** A handful of the mistakes real exports have; each must import with a warning or silently, never be rejected. */
function applyAlumniMesses(rows: Alumnus[], cells: Cell[][], rng: Rng, messes: Mess[]): void {
  const picked = rng.sample(rows.map((_, i) => i), 11);
  const at = (k: number) => picked[k]!;
  const note = (k: number, column: string, value: string, expect: Mess['expect']) => {
    cells[at(k)]![col(column)] = value;
    messes.push({ file: 'alumni', row: at(k) + 1, column, value, expect });
  };
  for (const k of [0, 1, 2]) note(k, 'full_name', `${rows[at(k)]!.who.last}, ${rows[at(k)]!.who.first}`, 'flipped-name');
  for (const k of [3, 4, 5]) note(k, 'full_name', `  ${rows[at(k)]!.who.first}   ${rows[at(k)]!.who.last} `, 'spaces');
  note(6, 'termination_date', `02/30/${rows[at(6)]!.exit.slice(0, 4)}`, 'warning');
  note(7, 'termination_date', 'see notes', 'warning');
  note(8, 'eligible_for_rehire', 'Ask HR', 'warning');
  note(9, 'hire_date', 'TBD', 'warning');
  const who = rows[at(10)]!.who;
  note(10, 'personal_email', `${asciiSlug(who.first)}.${asciiSlug(who.last)}@gmail`, 'warning');
}
