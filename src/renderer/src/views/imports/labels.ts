import type { ImportKind, Severity } from '../../../../shared/domain';
import type { RouteId } from '../../app/routes';

// Words the import screens use for the importer's codes.

export const KINDS: { kind: ImportKind; label: string; hint: string; what: string; view: RouteId; viewLabel: string }[] = [
  { kind: 'candidates', label: 'Candidates', hint: 'Laid-off talent lists, ATS exports (Greenhouse, Lever, Ashby), referrals', what: 'people', view: 'candidates', viewLabel: 'Candidates' },
  { kind: 'alumni', label: 'Former employees', hint: 'Your HRIS termination or alumni export, with exit dates and rehire eligibility', what: 'former employees', view: 'rehire', viewLabel: 'Rehire' },
  { kind: 'roles', label: 'Open roles', hint: 'Requisitions with title, track, level and must-have skills', what: 'roles', view: 'roles', viewLabel: 'Roles' },
  { kind: 'layoffs', label: 'Layoff events', hint: 'Layoff-tracker data (layoffs.fyi style): company, date, how many', what: 'layoff events', view: 'insights', viewLabel: 'Insights' },
];
export const kindInfo = (k: ImportKind) => KINDS.find((x) => x.kind === k)!;

export const SOURCES: { value: '' | 'layoff_list' | 'ats' | 'manual'; label: string }[] = [
  { value: '', label: 'Decide from the file (a layoff date means a laid-off list)' },
  { value: 'layoff_list', label: 'A public laid-off-talent list' },
  { value: 'ats', label: 'An applicant tracking system export' },
  { value: 'manual', label: 'People I added by hand' },
];

export const DELIMITERS: Record<string, string> = { comma: 'comma-separated', semicolon: 'semicolon-separated', tab: 'tab-separated', pipe: 'pipe-separated' };

export const SPECIAL_TARGETS: Record<string, string> = {
  extra: 'Keep as extra information',
  ignore: 'Leave out',
  protected: 'Keep apart (protected, never scored)',
};

export const SEVERITY_LABELS: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Note' };

/** How sure the automatic mapping is, in words. */
export function confidenceLabel(confidence: number, target: string): { text: string; tone: 'good' | 'warn' | 'neutral' } {
  if (target === 'extra' || target === 'ignore' || target === 'protected') return { text: '', tone: 'neutral' };
  if (confidence >= 0.95) return { text: 'Sure', tone: 'good' };
  if (confidence >= 0.8) return { text: 'Likely', tone: 'good' };
  if (confidence > 0) return { text: 'A guess — check', tone: 'warn' };
  return { text: 'Chosen by you', tone: 'neutral' };
}

const locale = typeof navigator !== 'undefined' ? navigator.language : 'en-US';
const int = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
export const n = (x: number): string => int.format(x);
export const count = (x: number, one: string, many = `${one}s`): string => `${int.format(x)} ${x === 1 ? one : many}`;

export function bytes(size: number): string {
  if (size < 1024) return `${size} bytes`;
  if (size < 1024 * 1024) return `${Math.round(size / 1024)} KB`;
  return `${(size / 1024 / 1024).toFixed(1)} MB`;
}

const stamp = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
export function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : stamp.format(d);
}

/** "Row 12, column “Start date”: “31/02/2024”" — how an issue is named everywhere. */
export function issuePlace(i: { row: number; column: string; value: string }): string {
  if (i.row === 0) return 'The file';
  const parts = [`Row ${n(i.row)}`];
  if (i.column) parts.push(`column “${i.column}”`);
  return i.value ? `${parts.join(', ')}: “${i.value.length > 60 ? `${i.value.slice(0, 57)}…` : i.value}”` : parts.join(', ');
}
