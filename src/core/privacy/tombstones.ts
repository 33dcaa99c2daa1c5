import crypto from 'node:crypto';
import type Database from 'better-sqlite3';

// An erased person leaves only tombstones: sha256 of "kind:value" for each normalised identity
// key (emails lower-cased, LinkedIn as https://www.linkedin.com/in/<slug>, employee IDs trimmed).
// The hash cannot be read back into an address, but the same key hashes the same, so an import
// can tell "this row is someone who asked to be forgotten" without keeping who they were.

export type KeyKind = 'email' | 'linkedin' | 'employee_id';
export interface IdentityKey {
  kind: KeyKind;
  value: string;
}

/** Keys as a caller has them; values are expected normalised as the store keeps them. */
export interface IdentityKeysInput {
  emails?: readonly string[];
  linkedin?: string | null;
  employeeId?: string | null;
}

export function tombstoneHash(kind: KeyKind, value: string): string {
  return crypto.createHash('sha256').update(`${kind}:${value}`).digest('hex');
}

/** A LinkedIn profile as the store keeps it: https://www.linkedin.com/in/<slug>, slug lower-cased. */
export function normaliseLinkedin(raw: string): string {
  const s = raw.trim().replace(/^<|>$/g, '');
  const m = /linkedin\.com\/in\/([^/?#\s]+)/i.exec(s) ?? /^\/?in\/([^/?#\s]+)\/?$/i.exec(s);
  let slug = m ? m[1]! : s;
  try {
    slug = decodeURIComponent(slug);
  } catch {
    /* keep it as written */
  }
  slug = slug.toLowerCase().replace(/\/+$/, '');
  return `https://www.linkedin.com/in/${encodeURIComponent(slug).replace(/%2D/g, '-')}`;
}

/** The keys to hash: emails trimmed and lower-cased, others trimmed; empty ones dropped. */
export function keysOf(input: IdentityKeysInput): IdentityKey[] {
  const out: IdentityKey[] = [];
  for (const e of input.emails ?? []) {
    const v = e.trim().toLowerCase();
    if (v) out.push({ kind: 'email', value: v });
  }
  const li = input.linkedin?.trim();
  if (li) out.push({ kind: 'linkedin', value: li });
  const eid = input.employeeId?.trim();
  if (eid) out.push({ kind: 'employee_id', value: eid });
  return out;
}

/** True when any of these keys belongs to an erased person. For importers: skip such rows. */
export function isTombstoned(db: Database.Database, keys: IdentityKeysInput): boolean {
  const hashes = keysOf(keys).map((k) => tombstoneHash(k.kind, k.value));
  if (hashes.length === 0) return false;
  return db.prepare('SELECT 1 FROM tombstones WHERE key_hash IN (SELECT value FROM json_each(?)) LIMIT 1').get(JSON.stringify(hashes)) !== undefined;
}

/** Every identity key the store holds for these people. */
export function personKeys(db: Database.Database, ids: readonly number[]): Map<number, IdentityKey[]> {
  const out = new Map<number, IdentityKey[]>(ids.map((id) => [id, []]));
  const json = JSON.stringify(ids);
  const add = (id: number, kind: KeyKind, value: string | null) => {
    if (value) out.get(id)?.push({ kind, value });
  };
  for (const r of db.prepare('SELECT person_id, email FROM person_emails WHERE person_id IN (SELECT value FROM json_each(?)) ORDER BY email').all(json) as { person_id: number; email: string }[]) add(r.person_id, 'email', r.email);
  for (const r of db.prepare('SELECT id, linkedin FROM people WHERE id IN (SELECT value FROM json_each(?))').all(json) as { id: number; linkedin: string | null }[]) add(r.id, 'linkedin', r.linkedin);
  for (const r of db.prepare('SELECT person_id, employee_id FROM employments WHERE person_id IN (SELECT value FROM json_each(?)) ORDER BY id').all(json) as { person_id: number; employee_id: string | null }[]) add(r.person_id, 'employee_id', r.employee_id);
  return out;
}

export function writeTombstones(db: Database.Database, keys: readonly IdentityKey[], at: Date): number {
  const ins = db.prepare('INSERT OR IGNORE INTO tombstones (key_hash, erased_at) VALUES (?, ?)');
  let n = 0;
  for (const k of keys) n += ins.run(tombstoneHash(k.kind, k.value), at.toISOString()).changes;
  return n;
}

/** Lets these keys be imported again (the user's explicit choice). Returns how many were lifted. */
export function releaseTombstones(db: Database.Database, keys: IdentityKeysInput): number {
  const del = db.prepare('DELETE FROM tombstones WHERE key_hash = ?');
  return db.transaction(() => keysOf(keys).reduce((n, k) => n + del.run(tombstoneHash(k.kind, k.value)).changes, 0))();
}

/** People in the store whose keys match a tombstone (e.g. after restoring an older backup). */
export function tombstonedPeople(db: Database.Database): number[] {
  const ids = new Set<number>();
  const hashes = new Set((db.prepare('SELECT key_hash FROM tombstones').raw().all() as [string][]).map((r) => r[0]));
  if (hashes.size === 0) return [];
  const check = (id: number, kind: KeyKind, value: string) => {
    if (hashes.has(tombstoneHash(kind, value))) ids.add(id);
  };
  for (const [email, id] of db.prepare('SELECT email, person_id FROM person_emails').raw().iterate() as Iterable<[string, number]>) check(id, 'email', email);
  for (const [li, id] of db.prepare('SELECT linkedin, id FROM people WHERE linkedin IS NOT NULL').raw().iterate() as Iterable<[string, number]>) check(id, 'linkedin', li);
  for (const [eid, id] of db.prepare('SELECT employee_id, person_id FROM employments WHERE employee_id IS NOT NULL').raw().iterate() as Iterable<[string, number]>) check(id, 'employee_id', eid);
  return [...ids].sort((a, b) => a - b);
}
