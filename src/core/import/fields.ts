import type { ImportKind } from '../../shared/domain';

// The fields a column can be mapped to, per kind of file. Candidates and alumni share the person
// fields; alumni add the employment record; roles and layoff events have their own.

export type ValueType = 'name' | 'text' | 'prose' | 'email' | 'linkedin' | 'phone' | 'date' | 'bool' | 'number' | 'int' | 'percent' | 'skills' | 'url' | 'list';

export interface FieldDef {
  name: string;
  label: string;
  type: ValueType;
  /** Several columns may feed it (values are joined or collected). */
  multi?: boolean;
}

const f = (name: string, label: string, type: ValueType, multi = false): FieldDef => ({ name, label, type, multi });

const PERSON: FieldDef[] = [
  f('fullName', 'Full name', 'name'),
  f('firstName', 'First name', 'text'),
  f('lastName', 'Last name', 'text'),
  f('email', 'Email', 'email', true),
  f('workEmail', 'Work email', 'email', true),
  f('personalEmail', 'Personal email', 'email', true),
  f('linkedin', 'LinkedIn URL', 'linkedin'),
  f('phone', 'Phone', 'phone'),
  f('location', 'Location', 'text'),
  f('city', 'City', 'text'),
  f('region', 'State / region', 'text'),
  f('country', 'Country', 'text'),
  f('remotePref', 'Remote preference', 'text'),
  f('hybridOk', 'Open to hybrid', 'bool'),
  f('relocate', 'Open to relocation', 'bool'),
  f('title', 'Title', 'text'),
  f('company', 'Company', 'text'),
  f('level', 'Level / seniority', 'text'),
  f('track', 'Track', 'text'),
  f('yearsExp', 'Years of experience', 'number'),
  f('summary', 'Summary / résumé', 'prose', true),
  f('skills', 'Skills', 'skills', true),
  // Several columns may say it ("Last day", "Layoff date"): the first filled one wins.
  f('availableOn', 'Available on (laid off / last day)', 'date', true),
  f('tags', 'Tags', 'list', true),
  f('notes', 'Notes', 'prose', true),
];

const ALUMNI: FieldDef[] = [
  f('employeeId', 'Employee ID', 'text'),
  f('team', 'Team / department', 'text'),
  f('manager', 'Manager', 'text'),
  f('hireDate', 'Hire date', 'date'),
  f('exitDate', 'Exit date', 'date', true),
  f('exitType', 'Exit type', 'text'),
  f('exitReason', 'Exit reason', 'text'),
  f('regrettable', 'Regrettable', 'bool'),
  f('lastPerformance', 'Last performance', 'text'),
  f('rehire', 'Eligible for rehire', 'text'),
  f('layoffWave', 'Layoff wave', 'text'),
];

const ROLE: FieldDef[] = [
  f('reqId', 'Req ID', 'text'),
  f('title', 'Title', 'text'),
  f('track', 'Track', 'text'),
  f('level', 'Level', 'text'),
  f('team', 'Team', 'text'),
  f('location', 'Location', 'text'),
  f('remotePolicy', 'Remote policy', 'text'),
  f('mustSkills', 'Must-have skills', 'skills', true),
  f('niceSkills', 'Nice-to-have skills', 'skills', true),
  f('openedOn', 'Opened on', 'date'),
  f('status', 'Status', 'text'),
  f('headcount', 'Headcount', 'int'),
  f('hiringManager', 'Hiring manager', 'text'),
  f('description', 'Description', 'prose', true),
];

const LAYOFF: FieldDef[] = [
  f('company', 'Company', 'text'),
  f('location', 'Location', 'text'),
  f('laidOff', 'Laid off (count)', 'int'),
  f('date', 'Date', 'date'),
  f('percentage', 'Percentage laid off', 'percent'),
  f('industry', 'Industry', 'text'),
  f('stage', 'Funding stage', 'text'),
  f('country', 'Country', 'text'),
  f('sourceUrl', 'Source URL', 'url'),
];

export const FIELDS: Record<ImportKind, FieldDef[]> = {
  candidates: PERSON,
  alumni: [...PERSON, ...ALUMNI],
  roles: ROLE,
  layoffs: LAYOFF,
};

/** The fields that hold a person's name. */
export const NAME_FIELDS: readonly string[] = ['fullName', 'firstName', 'lastName'];

/** Columns whose values can identify a person; a person file needs at least one. */
export const IDENTITY_FIELDS = ['fullName', 'firstName', 'lastName', 'email', 'workEmail', 'personalEmail', 'linkedin', 'employeeId'] as const;

/** Special targets besides fields: keep in people.extra, leave out, or keep apart as a protected attribute. */
export const SPECIAL_TARGETS = ['extra', 'ignore', 'protected'] as const;
export type SpecialTarget = (typeof SPECIAL_TARGETS)[number];

export function fieldsFor(kind: ImportKind): FieldDef[] {
  return FIELDS[kind];
}

export function fieldDef(kind: ImportKind, name: string): FieldDef | undefined {
  return FIELDS[kind].find((d) => d.name === name);
}

export function isPersonKind(kind: ImportKind): boolean {
  return kind === 'candidates' || kind === 'alumni';
}
