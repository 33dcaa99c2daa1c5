import crypto from 'node:crypto';
import type Database from 'better-sqlite3';

// Who a row is: a person is the same person when any normalised email, the LinkedIn URL or the
// employee ID is shared. The index is built once per import from the store, then kept up to date
// as rows create people, so no row needs a SELECT to find its person.

export interface IdentityKeys {
  emails: string[];
  linkedin: string | null;
  employeeId: string | null;
}

export type KeyKind = 'email' | 'linkedin' | 'employee_id';

/**
 * The hash a tombstone keeps for an erased person's key: sha256 of "kind:value", the value already
 * normalised (emails lower-cased, LinkedIn as https://www.linkedin.com/in/<slug>, IDs trimmed).
 * Whoever erases a person writes these; the importer skips rows that carry one.
 */
export function identityKeyHash(kind: KeyKind, value: string): string {
  return crypto.createHash('sha256').update(`${kind}:${value}`).digest('hex');
}

export interface Match {
  /** Distinct people the keys point at, in the order found (email, LinkedIn, employee ID). */
  ids: number[];
  /** How the first one was found, for messages. */
  via: string | null;
}

export class IdentityIndex {
  private byEmail = new Map<string, number>();
  private byLinkedin = new Map<string, number>();
  private byEmployee = new Map<string, number>();
  private byNameCompany = new Map<string, number>();
  private tombstones = new Set<string>();

  static load(db: Database.Database, opts: { names: boolean }): IdentityIndex {
    const ix = new IdentityIndex();
    for (const r of db.prepare('SELECT email, person_id FROM person_emails').raw().iterate() as Iterable<[string, number]>) ix.byEmail.set(r[0], r[1]);
    for (const r of db.prepare('SELECT linkedin, id FROM people WHERE linkedin IS NOT NULL').raw().iterate() as Iterable<[string, number]>) ix.byLinkedin.set(r[0], r[1]);
    for (const r of db.prepare('SELECT employee_id, person_id FROM employments WHERE employee_id IS NOT NULL').raw().iterate() as Iterable<[string, number]>) ix.byEmployee.set(r[0], r[1]);
    if (opts.names) {
      const rows = db.prepare("SELECT full_name, company_norm, id FROM people WHERE full_name <> '' AND company_norm IS NOT NULL AND company_norm <> ''").raw().iterate() as Iterable<[string, string, number]>;
      for (const r of rows) ix.addName(r[0], r[1], r[2]);
    }
    for (const r of db.prepare('SELECT key_hash FROM tombstones').raw().iterate() as Iterable<[string]>) ix.tombstones.add(r[0]);
    return ix;
  }

  find(keys: IdentityKeys): Match {
    const ids: number[] = [];
    let via: string | null = null;
    const add = (id: number | undefined, how: string) => {
      if (id === undefined || ids.includes(id)) return;
      if (!ids.length) via = how;
      ids.push(id);
    };
    for (const e of keys.emails) add(this.byEmail.get(e), `email ${e}`);
    if (keys.linkedin) add(this.byLinkedin.get(keys.linkedin), 'LinkedIn URL');
    if (keys.employeeId) add(this.byEmployee.get(keys.employeeId), `employee ID ${keys.employeeId}`);
    return { ids, via };
  }

  /** Owner of one email, if any (to avoid giving one address to two people). */
  emailOwner(email: string): number | undefined {
    return this.byEmail.get(email);
  }

  linkedinOwner(url: string): number | undefined {
    return this.byLinkedin.get(url);
  }

  employeeOwner(id: string): number | undefined {
    return this.byEmployee.get(id);
  }

  addEmail(email: string, id: number): void {
    this.byEmail.set(email, id);
  }

  addLinkedin(url: string, id: number): void {
    this.byLinkedin.set(url, id);
  }

  addEmployee(eid: string, id: number): void {
    this.byEmployee.set(eid, id);
  }

  private static nameKey(name: string, companyNorm: string): string {
    return `${name.toLowerCase().replace(/\s+/g, ' ').trim()}\u0001${companyNorm}`;
  }

  /** Someone else already known by this name at this company (a likely duplicate to review). */
  sameNameAndCompany(name: string, companyNorm: string | null): number | undefined {
    if (!name || !companyNorm) return undefined;
    return this.byNameCompany.get(IdentityIndex.nameKey(name, companyNorm));
  }

  addName(name: string, companyNorm: string | null, id: number): void {
    if (!name || !companyNorm) return;
    const k = IdentityIndex.nameKey(name, companyNorm);
    if (!this.byNameCompany.has(k)) this.byNameCompany.set(k, id);
  }

  /** True when any key belongs to a person who asked to be forgotten. */
  erased(keys: IdentityKeys): boolean {
    if (this.tombstones.size === 0) return false;
    if (keys.emails.some((e) => this.tombstones.has(identityKeyHash('email', e)))) return true;
    if (keys.linkedin && this.tombstones.has(identityKeyHash('linkedin', keys.linkedin))) return true;
    return Boolean(keys.employeeId && this.tombstones.has(identityKeyHash('employee_id', keys.employeeId)));
  }
}
