// Blind review: while it is on, every list, detail and export the core hands out shows a person
// as "Candidate #id" with no name, email, phone, photo or LinkedIn, so scoring and shortlisting
// judge skills and experience alone. Masking happens in the core, so no shell can forget it.

export const BLIND_LABEL = (id: number): string => `Candidate #${id}`;

const IDENTIFYING_HEADER = /photo|picture|avatar|image|headshot|name|e-?mail|linkedin|phone|mobile|github|twitter|url|website|address/i;

/** Fields that identify someone at a glance; any of them a row carries is masked. */
interface Identifying {
  id?: number;
  personId?: number;
  name?: string;
  fullName?: string;
  emails?: string[];
  email?: string | null;
  linkedin?: string | null;
  phone?: string | null;
  photo?: string | null;
  photoUrl?: string | null;
}

/** A copy of a person-shaped row with identifying fields masked. Other fields are left as they are. */
export function maskPerson<T extends object>(row: T): T {
  const r = row as T & Identifying;
  const id = r.personId ?? r.id ?? 0;
  const out = { ...r } as T & Identifying;
  if ('name' in out) out.name = BLIND_LABEL(id);
  if ('fullName' in out) out.fullName = BLIND_LABEL(id);
  if ('emails' in out) out.emails = [];
  if ('email' in out) out.email = null;
  if ('linkedin' in out) out.linkedin = null;
  if ('phone' in out) out.phone = null;
  if ('photo' in out) out.photo = null;
  if ('photoUrl' in out) out.photoUrl = null;
  const extra = (out as { extra?: unknown }).extra;
  if (extra && typeof extra === 'object' && !Array.isArray(extra)) {
    // Unmapped columns can hold anything; drop the ones whose heading says they identify.
    (out as { extra?: unknown }).extra = Object.fromEntries(Object.entries(extra).filter(([k]) => !IDENTIFYING_HEADER.test(k)));
  }
  return out;
}

/** Masks every row when `blind` is set; a no-op otherwise. */
export function maskRows<T extends object>(rows: T[], blind: boolean): T[] {
  return blind ? rows.map(maskPerson) : rows;
}

/** Grid columns that would reveal who someone is by filtering or sorting on them. */
export const BLIND_COLUMNS = new Set(['name', 'emails', 'linkedin', 'phone']);

/** Drops filters and sorts on identifying columns, so a filter cannot be used to probe a name. */
export function blindPageArgs<A extends { filter: Record<string, unknown>; sort: { colId: string }[] }>(args: A): A {
  const filter = Object.fromEntries(Object.entries(args.filter).filter(([k]) => !BLIND_COLUMNS.has(k)));
  return { ...args, filter, sort: args.sort.filter((s) => !BLIND_COLUMNS.has(s.colId)) };
}
export { isBlindReview } from './settings';
