import type { Severity } from '../../../shared/domain';
import type { RowIssue } from '../record';
import type { EmploymentColumns, PersonColumns, PersonDraft } from '../write/personDraft';

// Prepared rows cross from the prep thread as one string per batch: every value in a fixed order,
// joined by NUL, which no cell can hold (the reader removes it). Copying and splitting one string
// measured 0.2 s per 100,000 rows; structured clone or JSON of the same objects 0.9–1.0 s, which
// would have eaten most of what the second thread saves.

/** A person row read, validated and shaped off the writing thread: all the writer needs of it. */
export interface PreparedPerson {
  rowNo: number;
  /** The stored raw row: JSON of the cells as read, protected-attribute cells blanked. */
  raw: string;
  issues: RowIssue[];
  extra: Record<string, string>;
  protectedValues: Record<string, string>;
  draft: Omit<PersonDraft, 'skills'>;
  /** The person's skills as stored (repos/personSkills.ts): the packed list and the names. */
  skills: string;
  skillNames: string;
}

const SEP = '\0';
const EMPLOYMENT: readonly (keyof EmploymentColumns)[] = ['employee_id', 'team', 'title', 'level', 'manager', 'hire_date', 'exit_date', 'exit_type', 'exit_reason', 'regrettable', 'last_performance', 'rehire', 'rehire_source', 'layoff_wave'];
const SEVERITIES: readonly Severity[] = ['info', 'warning', 'error'];

/**
 * Builds one batch's string by appending (V8 keeps the pieces as a rope and flattens it once when
 * it is posted: measured faster than pushing millions of parts and joining). Empty strings stand
 * for null: a draft never holds '' where it could hold null. Values hold no NUL: cells come from
 * the reader, which removes it, and everything else is written by this code.
 */
class Out {
  text = '';
  private first = true;
  s(v: string | null | undefined): void {
    if (this.first) {
      this.first = false;
      this.text = v ?? '';
    } else this.text += SEP + (v ?? '');
  }
  n(v: number | null | undefined): void {
    this.s(v == null ? '' : String(v));
  }
}

class In {
  private at = 0;
  constructor(private readonly parts: string[]) {}
  get done(): boolean {
    return this.at >= this.parts.length;
  }
  raw(): string {
    return this.parts[this.at++]!;
  }
  s(): string | null {
    const v = this.parts[this.at++]!;
    return v === '' ? null : v;
  }
  n(): number | null {
    const v = this.parts[this.at++]!;
    return v === '' ? null : Number(v);
  }
  count(): number {
    return Number(this.parts[this.at++]);
  }
  list(n: number): string[] {
    const out: string[] = [];
    for (let i = n; i > 0; i--) out.push(this.raw());
    return out;
  }
}

/**
 * Per row, its small numbers go in one "shape" part, a character each (code 48 + n): the counts of
 * issues, extra cells, protected cells, emails, tags, sources and unknown terms, whether there
 * is an employment, then a severity per issue. A part per
 * number would double the parts to split and the strings to make.
 */
const ch = (n: number) => String.fromCharCode(48 + n);
/** A count too big for a character (a row of 60,000 extra cells) is marked so and sent as a part of its own. */
const BIG = 0xf000;
const count = (m: Record<string, string>) => {
  let n = 0;
  for (const _ in m) n++;
  return n;
};

export function encodePeople(rows: readonly PreparedPerson[]): string {
  const o = new Out();
  for (const r of rows) {
    const d = r.draft;
    const e = d.employment;
    const counts = [r.issues.length, count(r.extra), count(r.protectedValues), d.emails.length, d.tags.length, d.sources.length, d.unknown.length, e ? 1 : 0];
    let shape = '';
    for (const n of counts) shape += ch(Math.min(n, BIG));
    for (const i of r.issues) shape += ch(SEVERITIES.indexOf(i.severity));
    o.n(r.rowNo);
    o.s(shape);
    for (const n of counts) if (n >= BIG) o.n(n);
    o.s(r.raw);
    for (const i of r.issues) {
      o.s(i.column);
      o.s(i.value);
      o.s(i.message);
    }
    for (const k in r.extra) {
      o.s(k);
      o.s(r.extra[k]);
    }
    for (const k in r.protectedValues) {
      o.s(k);
      o.s(r.protectedValues[k]);
    }
    const c = d.cols;
    o.s(c.full_name); o.s(c.location); o.s(c.country); o.s(c.remote_pref); o.n(c.relocate); o.s(c.title); o.s(c.company); o.s(c.company_norm);
    o.s(c.level); o.s(c.track); o.n(c.years_exp); o.s(c.summary); o.s(c.phone); o.s(c.available_on); o.s(c.notes);
    o.s(d.linkedin);
    o.s(d.employeeId);
    for (const m of d.emails) {
      o.s(m.email);
      o.s(m.kind);
    }
    o.s(r.skills);
    o.s(r.skillNames);
    for (const t of d.tags) o.s(t);
    for (const t of d.sources) o.s(t);
    for (const t of d.unknown) o.s(t);
    if (e) for (const k of EMPLOYMENT) if (k === 'regrettable') o.n(e.regrettable);
    else o.s(e[k] as string | null);
  }
  return o.text;
}

/** Several encoded batches as one (each non-empty). */
export function joinEncoded(pieces: readonly string[]): string {
  return pieces.join(SEP);
}

export function decodePeople(text: string): PreparedPerson[] {
  const out: PreparedPerson[] = [];
  if (text === '') return out;
  const r = new In(text.split(SEP));
  while (!r.done) {
    const rowNo = r.count();
    const shape = r.raw();
    if (!Number.isInteger(rowNo) || shape.length < 8) throw new Error(`a prepared batch could not be read (row ${rowNo})`);
    const counts: number[] = [];
    for (let i = 0; i < 8; i++) {
      const c = shape.charCodeAt(i) - 48;
      counts.push(c === BIG ? r.count() : c);
    }
    const at = (i: number) => (i < 8 ? counts[i]! : shape.charCodeAt(i) - 48);
    const raw = r.raw();
    let tail = 8;
    const issues: RowIssue[] = [];
    for (let i = at(0); i > 0; i--) {
      const column = r.raw();
      const value = r.raw();
      issues.push({ column, value, severity: SEVERITIES[at(tail++)]!, message: r.raw() });
    }
    const extra: Record<string, string> = {};
    for (let i = at(1); i > 0; i--) {
      const k = r.raw();
      extra[k] = r.raw();
    }
    const protectedValues: Record<string, string> = {};
    for (let i = at(2); i > 0; i--) {
      const k = r.raw();
      protectedValues[k] = r.raw();
    }
    const cols: PersonColumns = {
      full_name: r.s(), location: r.s(), country: r.s(), remote_pref: r.s() as PersonColumns['remote_pref'], relocate: r.n(), title: r.s(), company: r.s(), company_norm: r.s(),
      level: r.s(), track: r.s(), years_exp: r.n(), summary: r.s(), phone: r.s(), available_on: r.s(), notes: r.s(),
    };
    const linkedin = r.s();
    const employeeId = r.s();
    const emails: PersonDraft['emails'] = [];
    for (let i = at(3); i > 0; i--) emails.push({ email: r.raw(), kind: r.s() as 'work' | 'personal' | null });
    const skills = r.raw();
    const skillNames = r.raw();
    const tags = r.list(at(4));
    const sources = r.list(at(5)) as PersonDraft['sources'];
    const unknown = r.list(at(6));
    let employment: EmploymentColumns | null = null;
    if (at(7) === 1) {
      const e = {} as Record<keyof EmploymentColumns, unknown>;
      for (const k of EMPLOYMENT) e[k] = k === 'regrettable' ? r.n() : r.s();
      employment = e as unknown as EmploymentColumns;
    }
    out.push({ rowNo, raw, issues, extra, protectedValues, draft: { cols, emails, linkedin, employeeId, tags, sources, employment, unknown }, skills, skillNames });
  }
  return out;
}
