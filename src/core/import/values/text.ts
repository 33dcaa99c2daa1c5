// Names, emails, LinkedIn URLs and phones: normalised for storage and identity, or null with a
// reason the issues list can show.

export type Read<T> = { ok: true; value: T } | { ok: false; reason: string };
const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = <T>(reason: string): Read<T> => ({ ok: false, reason });

/** Collapses runs of whitespace (including line breaks) and trims. */
const MESSY = /\s\s|[\t\n\r\f\v\u00a0]|^\s|\s$/;

export function clean(s: string): string {
  return MESSY.test(s) ? s.replace(/\s+/g, ' ').trim() : s;
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'mba', 'esq', 'cpa', 'pe', 'dds', 'msc', 'bsc']);

/** "Jr", "Jr.", "PhD", "III": a word after a name that is no part of it. */
export const isNameSuffix = (word: string): boolean => SUFFIXES.has(word.replace(/\./g, '').toLowerCase());

/**
 * "Doe, Jane" → "Jane Doe"; "Jane Doe, PhD" stays; a payroll's "SMITH, ROBERT A JR" → "Robert A
 * Smith Jr" (a suffix goes last, and a name in capitals is written as a name); whitespace collapsed.
 */
export function readName(raw: string): string {
  const s = clean(raw);
  const parts = s.split(',').map((p) => p.trim());
  if (parts.length === 2 && parts[0] && parts[1] && !isNameSuffix(parts[1])) {
    const given = parts[1].split(' ');
    const suffix = given.length > 1 && isNameSuffix(given[given.length - 1]!) ? given.pop()! : null;
    return unshout([...given, parts[0], ...(suffix ? [suffix] : [])].join(' '));
  }
  return unshout(s);
}

const ROMAN = /^(?:ii|iii|iv|vi{0,3})$/i;

/** "PRIYA K RAMAN" → "Priya K Raman", "O'NEILL-GARCÍA III" → "O'Neill-García III": only a name with no small letters. */
export function unshout(name: string): string {
  if (!name.includes(' ') || !/\p{Lu}\p{Lu}/u.test(name) || /\p{Ll}/u.test(name)) return name;
  return name
    .split(' ')
    .map((w) => (ROMAN.test(w) ? w : w.toLowerCase().replace(/(^|[-'’])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())))
    .join(' ');
}

/** The key two spellings of one name share: lower case, no accents or punctuation. */
export function nameKey(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

const EMAIL = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.[a-z]{2,}$/;

export function normalizeEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

/**
 * Whether a cell holds one address and nothing else (a domain with a dot): how a column of emails,
 * or a heading row that is really data, is told by its values before any field is chosen.
 */
const EMAIL_CELL = /^[^\s@;,<>()"']+@[^\s@;,<>()"']+\.[a-z]{2,}$/i;
export const looksLikeEmail = (cell: string): boolean => EMAIL_CELL.test(cell);

/** One cell may hold several addresses ("a@x.com; b@y.com", "Jane <jane@x.com>"). */
const SIMPLE_EMAIL = /^[^\s;,<>()"':]+@[^\s;,<>()"':]+$/;

export function readEmails(raw: string): Read<string[]> {
  if (SIMPLE_EMAIL.test(raw)) {
    const e = raw.toLowerCase().replace(/\.$/, '');
    return EMAIL.test(e) && !e.includes('..') ? ok([e]) : bad('is not a valid email address');
  }
  const parts = raw.split(/[;,\s]+/).map((p) => p.replace(/^mailto:/i, '').replace(/^[<("']+|[>)"'.]+$/g, '')).filter(Boolean);
  const found = parts.filter((p) => p.includes('@')).map(normalizeEmail);
  if (found.length === 0) return bad('is not an email address');
  const invalid = found.find((e) => !EMAIL.test(e) || e.includes('..'));
  if (invalid) return bad(found.length > 1 ? `holds an address that is not valid (${invalid})` : 'is not a valid email address');
  return ok([...new Set(found)]);
}

/** Any spelling of a member profile → https://www.linkedin.com/in/<slug>. */
const CANONICAL_LINKEDIN = /^https:\/\/www\.linkedin\.com\/in\/[a-z0-9-]+$/;

export function readLinkedin(raw: string): Read<string> {
  if (CANONICAL_LINKEDIN.test(raw)) return ok(raw);
  let s = raw.trim();
  if (!s) return bad('is empty');
  // An ATS "Links" cell (Lever) lists several addresses: the LinkedIn profile is the one wanted.
  const links = s.split(/[\s,;|]+/).filter(Boolean);
  if (links.length > 1) {
    const profile = links.find((l) => /linkedin\.com\/(in|pub)\//i.test(l));
    return profile ? readLinkedin(profile) : bad('holds no LinkedIn profile among its links');
  }
  s = s.replace(/^<|>$/g, '');
  const m = /^(?:https?:\/\/)?(?:[a-z]{2,3}\.|www\.|mobile\.)?linkedin\.com\/(in|pub)\/([^/?#\s]+)/i.exec(s);
  let slug: string | undefined;
  if (m) {
    if (m[1]!.toLowerCase() === 'pub') return bad('is an old-style LinkedIn address (/pub/) that cannot be turned into a profile link');
    slug = m[2];
  } else if (/^(?:\/?in\/)([^/?#\s]+)\/?$/i.test(s)) {
    slug = /in\/([^/?#\s]+)/i.exec(s)![1];
  } else if (/linkedin\.com/i.test(s)) {
    return bad('is a LinkedIn address but not a person\'s profile');
  } else if (/^[a-z0-9][a-z0-9\-_%]{2,99}$/i.test(s) && !s.includes('.')) {
    slug = s; // a bare profile name in a LinkedIn column
  }
  if (!slug) return bad('is not a LinkedIn profile address');
  try {
    slug = decodeURIComponent(slug);
  } catch {
    /* keep it as written */
  }
  slug = slug.toLowerCase().replace(/\/+$/, '');
  if (!slug) return bad('is not a LinkedIn profile address');
  return ok(`https://www.linkedin.com/in/${encodeURIComponent(slug).replace(/%2D/g, '-')}`);
}

/** Phones are kept as written (trimmed); only obvious non-phones are reported. */
/** "Cell: ", "Mobile - ", "Tel." before the number (iCIMS writes its phone type so). */
const PHONE_LABEL = /^(?:cell|mobile|mob|tel|telephone|phone|home|work|office|main)\s*(?:phone\s*)?[:.\-–]\s*/i;

export function readPhone(raw: string): Read<string> {
  const s = clean(raw).replace(PHONE_LABEL, '');
  const digits = s.replace(/\D/g, '').length;
  if (digits < 5) return bad('does not look like a phone number');
  return ok(s);
}

/** http(s) URLs, with the scheme added when missing. */
export function readUrl(raw: string): Read<string> {
  const s = raw.trim();
  if (/^https?:\/\/\S+$/i.test(s)) return ok(s);
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(s)) return ok(`https://${s}`);
  return bad('is not a web address');
}
