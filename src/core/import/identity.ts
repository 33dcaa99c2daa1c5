import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import { HashTable } from './hashTable';
import { isNameSuffix } from './values/text';

// Who a row is: a person is the same person when any normalised email, the LinkedIn URL or the
// employee ID is shared. The index is built once per import from the store, then kept up to date
// as rows create people, so no row needs a SELECT to find its person.
//
// Memory: a 1,000,000-row file must import in under 500 MB, so keys are not kept as strings.
// Each key is held as a 30-bit hash → person id; a hit is confirmed against the store (rare:
// only true duplicates and about one key in a thousand collide), and the few keys whose hash
// another key already holds are kept exactly. A hit is confirmed by asking whether that person
// holds the key, a lookup by id: the LinkedIn index is rebuilt after a bulk load
// (write/bulk.ts), so "who has this URL" would scan the people table meanwhile.

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

/** FNV-1a, folded to 30 bits so it stays a small integer in V8. */
export function hash30(s: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h ^ (h >>> 30)) & 0x3fffffff;
}

/** One kind of key: hash → owner, confirmed by `owns(key, id)` (the store's answer) on a hit. */
export class KeyIndex {
  private byHash = new HashTable();
  private exact = new Map<string, number>();
  /** A key is looked up and then, for a new person, recorded: hash it once. */
  private lastKey = '';
  private lastHash = 0;

  /** `owns` reads the store (after any buffered rows were written). */
  constructor(private readonly owns: (key: string, id: number) => boolean) {}

  private hash(key: string): number {
    if (key !== this.lastKey) {
      this.lastKey = key;
      this.lastHash = hash30(key);
    }
    return this.lastHash;
  }

  get(key: string): number | undefined {
    if (this.exact.size) {
      const e = this.exact.get(key);
      if (e !== undefined) return e;
    }
    const id = this.byHash.get(0, this.hash(key));
    if (id === undefined) return undefined;
    // Equivalent to asking who owns the key: a key whose hash another key held went to `exact`.
    return this.owns(key, id) ? id : undefined;
  }

  /** Records a key the caller knows is not owned by anyone else yet. */
  set(key: string, id: number): void {
    const h = this.hash(key);
    const held = this.byHash.get(0, h);
    if (held === undefined) this.byHash.set(0, h, id);
    else if (held !== id) this.exact.set(detach(key), id);
  }

  /** While loading from the store: a key whose hash is held goes to the exact map. */
  load(key: string, id: number): void {
    const h = hash30(key);
    if (this.byHash.has(0, h)) this.exact.set(key, id);
    else this.byHash.set(0, h, id);
  }

  get size(): number {
    return this.byHash.size + this.exact.size;
  }
}

/** A copy of a string that does not keep the text it was cut from (a 1 MB chunk) alive. */
export function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

export interface Match {
  /** Distinct people the keys point at, in the order found (email, LinkedIn, employee ID). */
  ids: number[];
  /** How the first one was found, for messages. */
  via: string | null;
  /** The employee ID as the store holds it, when the row's matched only without or with leading zeros, and whose it is. */
  storedEmployeeId?: string;
  storedEmployeeOwner?: number;
}

/** All digits: an ID Excel may have shown without its leading zeros ("004417" → "4417"). */
const DIGITS = /^\d{1,12}$/;
const MAX_ID_DIGITS = 12;

/** The other spellings of an all-digit ID: without its leading zeros, and padded with zeros up to `upTo` digits. */
function zeroVariants(id: string, upTo: number): string[] {
  const bare = id.replace(/^0+/, '');
  if (!bare) return [];
  const out = bare !== id ? [bare] : [];
  for (let n = bare.length + 1; n <= upTo; n++) if (n !== id.length) out.push(bare.padStart(n, '0'));
  return out;
}

const MESSY = /\s\s|[\t\n\r\f\v\u00a0]|^\s|\s$/;

/**
 * Two 30-bit hashes of a phone's last ten digits (at least seven), so "+1 (470) 555-0122" and
 * "470.555.0122" agree, with the family name: an office's switchboard number is shared by people
 * of other names. Hashed as read, without making strings: it runs for every person a file creates.
 */
function phoneHashes(phone: string | null, name: string): [number, number] | null {
  if (!phone) return null;
  let a = 0x811c9dc5;
  let b = 0x01234567;
  let n = 0;
  for (let i = phone.length - 1; i >= 0 && n < 10; i--) {
    const c = phone.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
    n++;
  }
  const family = familyName(name);
  if (n < 7 || !family) return null;
  for (let i = 0; i < family.length; i++) {
    const c = family.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
  }
  return [(a ^ (a >>> 30)) & 0x3fffffff, (b ^ (b >>> 30)) & 0x3fffffff];
}

/** The last word of a name that is not a suffix, in lower case, letters only ("Robert Smith Jr." → "smith"). */
function familyName(name: string): string {
  let end = name.length;
  for (let tries = 0; tries < 3 && end > 0; tries++) {
    const start = name.lastIndexOf(' ', end - 1) + 1;
    let word = name.slice(start, end).toLowerCase();
    if (/[^\p{Ll}]/u.test(word)) word = word.replace(/[^\p{L}]+/gu, '');
    if (word && !isNameSuffix(word)) return word;
    end = start - 1;
  }
  return '';
}
const NO_MATCH: Match = Object.freeze({ ids: [] as number[], via: null }) as Match;

export class IdentityIndex {
  readonly emails: KeyIndex;
  readonly linkedin: KeyIndex;
  readonly employees: KeyIndex;
  /** Name + company → first person with them, as a 60-bit hash (only ever a hint for review). */
  private byNameCompany = new HashTable();
  /** Phone number → first person with it, the same way. */
  private byPhone = new HashTable();
  private tombstones = new Set<string>();
  /** Longest all-digit employee ID with leading zeros the index holds (0: none): how far to pad. */
  private paddedLength = 0;

  /** `beforeRead` writes buffered rows, so a confirmation sees everything this import added. */
  constructor(db: Database.Database, beforeRead: () => void) {
    const email = db.prepare('SELECT 1 FROM person_emails WHERE email = ? AND person_id = ?').pluck();
    const li = db.prepare('SELECT 1 FROM people WHERE linkedin = ? AND id = ?').pluck();
    const emp = db.prepare('SELECT 1 FROM employments WHERE employee_id = ? AND person_id = ?').pluck();
    const ask = (st: Database.Statement) => (key: string, id: number) => {
      beforeRead();
      return st.get(key, id) !== undefined;
    };
    this.emails = new KeyIndex(ask(email));
    this.linkedin = new KeyIndex(ask(li));
    this.employees = new KeyIndex(ask(emp));
  }

  static load(db: Database.Database, opts: { names: boolean; beforeRead?: () => void }): IdentityIndex {
    const ix = new IdentityIndex(db, opts.beforeRead ?? (() => {}));
    for (const r of db.prepare('SELECT email, person_id FROM person_emails').raw().iterate() as Iterable<[string, number]>) ix.emails.load(r[0], r[1]);
    for (const r of db.prepare('SELECT linkedin, id FROM people WHERE linkedin IS NOT NULL').raw().iterate() as Iterable<[string, number]>) ix.linkedin.load(r[0], r[1]);
    for (const r of db.prepare('SELECT employee_id, person_id FROM employments WHERE employee_id IS NOT NULL').raw().iterate() as Iterable<[string, number]>) {
      ix.employees.load(r[0], r[1]);
      ix.notePadded(r[0]);
    }
    if (opts.names) {
      const rows = db.prepare("SELECT full_name, company_norm, id FROM people WHERE full_name <> '' AND company_norm IS NOT NULL AND company_norm <> ''").raw().iterate() as Iterable<[string, string, number]>;
      for (const r of rows) ix.addName(r[0], r[1], r[2]);
      for (const r of db.prepare('SELECT phone, full_name, id FROM people WHERE phone IS NOT NULL').raw().iterate() as Iterable<[string, string, number]>) ix.samePhone(r[0], r[1], r[2]);
    }
    for (const r of db.prepare('SELECT key_hash FROM tombstones').raw().iterate() as Iterable<[string]>) ix.tombstones.add(r[0]);
    return ix;
  }

  find(keys: IdentityKeys): Match {
    let ids: number[] | null = null;
    let via: string | null = null;
    for (const e of keys.emails) {
      const id = this.emails.get(e);
      if (id === undefined) continue;
      if (!ids) [ids, via] = [[id], `email ${e}`];
      else if (!ids.includes(id)) ids.push(id);
    }
    const li = keys.linkedin ? this.linkedin.get(keys.linkedin) : undefined;
    if (li !== undefined) {
      if (!ids) [ids, via] = [[li], 'LinkedIn URL'];
      else if (!ids.includes(li)) ids.push(li);
    }
    let emp = keys.employeeId ? this.employees.get(keys.employeeId) : undefined;
    let stored: string | undefined;
    if (emp === undefined && keys.employeeId && DIGITS.test(keys.employeeId)) [emp, stored] = this.byOtherZeros(keys.employeeId);
    if (emp !== undefined) {
      if (!ids) [ids, via] = [[emp], `employee ID ${stored ?? keys.employeeId}`];
      else if (!ids.includes(emp)) ids.push(emp);
    }
    if (!ids) return NO_MATCH;
    return stored !== undefined && emp !== undefined ? { ids, via, storedEmployeeId: stored, storedEmployeeOwner: emp } : { ids, via };
  }

  /** Records that `personId` now holds an employee ID (an ID no one else holds yet). */
  addEmployee(employeeId: string, personId: number): void {
    this.employees.set(employeeId, personId);
    this.notePadded(employeeId);
  }

  /** Notes how long the padded all-digit IDs the index holds are, for byOtherZeros. */
  private notePadded(id: string): void {
    if (id.charCodeAt(0) === 48 && id.length > this.paddedLength && DIGITS.test(id)) this.paddedLength = id.length;
  }

  /**
   * The person holding the same all-digit ID with leading zeros added or dropped, and the ID as held.
   * Two people holding two such forms (04417 and 004417) are not told apart this way: no match.
   */
  private byOtherZeros(id: string): [number | undefined, string | undefined] {
    let found: [number, string] | undefined;
    for (const t of zeroVariants(id, this.paddedLength)) {
      const owner = this.employees.get(t);
      if (owner === undefined) continue;
      if (found && found[0] !== owner) return [undefined, undefined];
      found ??= [owner, t];
    }
    return found ?? [undefined, undefined];
  }

  /** Two independent 30-bit hashes of the normalised name and company: 60 bits. */
  private static nameKey(name: string, companyNorm: string): [number, number] {
    let n = name.toLowerCase();
    if (MESSY.test(n)) n = n.replace(/\s+/g, ' ').trim();
    const key = `${n}\u0001${companyNorm}`;
    return [hash30(key), hash30(key, 0x01234567)];
  }

  /**
   * Someone else of this family name already known by this phone number ("Robert A Smith Jr" and
   * "Robert Smith Jr." with one number are likely one person, to review), or, the first time the
   * number is seen with that name, nothing: it is remembered for `id`.
   */
  samePhone(phone: string | null, name: string, id: number): number | undefined {
    const h = phoneHashes(phone, name);
    if (!h) return undefined;
    const held = this.byPhone.get(h[0], h[1]);
    if (held === undefined) this.byPhone.set(h[0], h[1], id);
    return held;
  }

  /** Someone else already known by this name at this company (a likely duplicate to review). */
  sameNameAndCompany(name: string, companyNorm: string | null): number | undefined {
    if (!name || !companyNorm) return undefined;
    const [hi, lo] = IdentityIndex.nameKey(name, companyNorm);
    return this.byNameCompany.get(hi, lo);
  }

  addName(name: string, companyNorm: string | null, id: number): void {
    if (!name || !companyNorm) return;
    const [hi, lo] = IdentityIndex.nameKey(name, companyNorm);
    if (!this.byNameCompany.has(hi, lo)) this.byNameCompany.set(hi, lo, id);
  }

  /** True when any key belongs to a person who asked to be forgotten. */
  erased(keys: IdentityKeys): boolean {
    if (this.tombstones.size === 0) return false;
    if (keys.emails.some((e) => this.tombstones.has(identityKeyHash('email', e)))) return true;
    if (keys.linkedin && this.tombstones.has(identityKeyHash('linkedin', keys.linkedin))) return true;
    if (!keys.employeeId) return false;
    if (this.tombstones.has(identityKeyHash('employee_id', keys.employeeId))) return true;
    // An erased 004417 stays erased when a spreadsheet app brings it back as 4417 (or the other way).
    return DIGITS.test(keys.employeeId) && zeroVariants(keys.employeeId, MAX_ID_DIGITS).some((v) => this.tombstones.has(identityKeyHash('employee_id', v)));
  }
}
