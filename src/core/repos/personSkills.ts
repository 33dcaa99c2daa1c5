import type Database from 'better-sqlite3';
import { loadTaxonomy } from '../skills/taxonomy';
// A person's skills live on their row (migration 005) rather than in a table of their own: two
// columns written together, always through this module.
//   people.skills       JSON array of [skill, known (0|1), raw, origin, batchId | null], known first, then by skill
//   people.skill_names  the same skills' names joined by ', ' (what the grid shows, filters and searches)
// Writing ~480,000 person_skills rows took ~0.9 s of a 100,000-row import; two more values on a row
// being written anyway cost next to nothing.

export type SkillOrigin = 'skills_cell' | 'text' | 'manual';
export type PackedSkill = [skill: string, known: 0 | 1, raw: string, origin: SkillOrigin, batchId: number | null];

/** The separator of skill_names; SQL that tests one name wraps both sides in it (see hasSkillSql). */
export const NAME_SEP = ', ';

/**
 * SQLite's BINARY order of UTF-8 text is code point order; JS's < compares UTF-16 units, which
 * differs only past U+FFFF (surrogates D800-DFFF must sort after E000-FFFF). Char codes, not
 * codePointAt: this runs for every person an import writes.
 */
function byCodePoint(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (x < 0xd800 && y < 0xd800) return x - y;
    const fx = x >= 0xe000 ? x - 0x800 : x >= 0xd800 ? x + 0x2000 : x;
    const fy = y >= 0xe000 ? y - 0x800 : y >= 0xd800 ? y + 0x2000 : y;
    return fx - fy;
  }
  return a.length - b.length;
}

/** Known first, then by name: the order the list is stored and shown in. */
export function compareSkills(a: PackedSkill, b: PackedSkill): number {
  return b[1] - a[1] || byCodePoint(a[0], b[0]);
}

/** Names in SQLite's `ORDER BY skill` order, as the match engine and the data export had them. */
export function byName(list: readonly PackedSkill[]): PackedSkill[] {
  return [...list].sort((a, b) => byCodePoint(a[0], b[0]));
}

/**
 * As stored, an entry is shorter than in memory: the raw text is "" when it is the skill's name
 * (most are) and the origin a letter. It was 40% of a person's row: 194 bytes a person, now ~95.
 * The known flag stays second, so `",0,"` in the text still marks a list with an unknown term.
 */
type StoredSkill = [skill: string, known: 0 | 1, raw: string, origin: string, batchId: number | null];
const ORIGIN_CODE: Record<SkillOrigin, string> = { skills_cell: 'c', text: 't', manual: 'm' };
const ORIGIN_OF: Record<string, SkillOrigin> = { c: 'skills_cell', t: 'text', m: 'manual' };

const toStored = (k: PackedSkill): StoredSkill => [k[0], k[1], k[2] === k[0] ? '' : k[2], ORIGIN_CODE[k[3]] ?? k[3], k[4]];
const fromStored = (t: StoredSkill): PackedSkill => [t[0], t[1], t[2] === '' ? t[0] : t[2], ORIGIN_OF[t[3]] ?? (t[3] as SkillOrigin), t[4] ?? null];

/** The stored text of a list already in order. */
const storedText = (sorted: readonly PackedSkill[]): string => (sorted.length ? JSON.stringify(sorted.map(toStored)) : '[]');

export function unpackSkills(json: string | null | undefined): PackedSkill[] {
  if (!json || json === '[]') return [];
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? (v as StoredSkill[]).map(fromStored) : [];
  } catch {
    return [];
  }
}

/**
 * Built-in skill names that hold the separator themselves ("Governance, risk and compliance"):
 * splitSkillNames keeps them whole. A skill of the user's own may not hold a comma (userAliases).
 */
let separated: string[] | undefined;
const separatedNames = () => (separated ??= loadTaxonomy()
  .all()
  .map((s) => s.name)
  .filter((n) => n.includes(NAME_SEP)));

/** skill_names back into names. */
export function splitSkillNames(names: string): string[] {
  if (names === '') return [];
  const held = separatedNames().filter((n) => names.includes(n));
  if (held.length === 0) return names.split(NAME_SEP);
  let text = names;
  held.forEach((n, i) => (text = text.split(n).join(`\u0000${i}\u0000`)));
  return text.split(NAME_SEP).map((p) => p.replace(/\u0000(\d+)\u0000/g, (_, i: string) => held[Number(i)]!));
}

/** Both columns' values for a list (sorted here, a copy). */
export function packedColumns(list: readonly PackedSkill[]): { skills: string; skillNames: string } {
  if (list.length === 0) return { skills: '[]', skillNames: '' };
  const sorted = list.length > 1 ? [...list].sort(compareSkills) : list;
  let names = sorted[0]![0];
  for (let i = 1; i < sorted.length; i++) names += NAME_SEP + sorted[i]![0];
  return { skills: storedText(sorted), skillNames: names };
}

/** Union by name: a skill already held keeps its entry, and the first of repeated new ones wins. */
export function addSkills(existing: readonly PackedSkill[], added: readonly PackedSkill[]): { list: PackedSkill[]; added: PackedSkill[] } {
  const have = new Set(existing.map((s) => s[0]));
  const fresh: PackedSkill[] = [];
  for (const s of added) {
    if (have.has(s[0])) continue;
    have.add(s[0]);
    fresh.push(s);
  }
  return { list: fresh.length ? [...existing, ...fresh].sort(compareSkills) : [...existing], added: fresh };
}

export function removeSkill(list: readonly PackedSkill[], name: string): PackedSkill[] {
  return list.filter((s) => s[0] !== name);
}

/** SQL true when `alias.skill_names` holds the name bound to the next parameter. */
export const hasSkillSql = (alias: string, nameExpr = '?'): string =>
  `instr(', ' || ${alias}.skill_names || ', ', ', ' || ${nameExpr} || ', ') > 0`;

/** Adds skills to one stored person (union by name, as an import merge does); returns those added. For seeding (tests, benches): the importer writes the columns itself. */
export function addPersonSkills(db: Database.Database, personId: number, added: readonly PackedSkill[]): PackedSkill[] {
  const cur = unpackSkills(db.prepare('SELECT skills FROM people WHERE id = ?').pluck().get(personId) as string | undefined);
  const next = addSkills(cur, added);
  if (next.added.length) {
    const cols = packedColumns(next.list);
    // Marked updated, as every write of skills is: match freshness sees them through updated_at.
    db.prepare("UPDATE people SET skills = ?, skill_names = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?").run(cols.skills, cols.skillNames, personId);
  }
  return next.added;
}

/** The stored raw and origin (see toStored) in SQL, over columns named raw, skill and origin. */
const STORED_RAW_SQL = `CASE WHEN raw = skill THEN '' ELSE raw END`;
const STORED_ORIGIN_SQL = `CASE origin WHEN 'skills_cell' THEN 'c' WHEN 'text' THEN 't' WHEN 'manual' THEN 'm' ELSE origin END`;

/**
 * For seeding many people in SQL alone (benches, tests): fill a table shaped like the old
 * person_skills (person_id, skill, known, raw, origin, batch_id), then run this to pack it onto
 * the people it names. Replaces their lists.
 */
export function packFromRowsSql(table: string): string {
  return `UPDATE people SET (skills, skill_names) = (
  SELECT json_group_array(json_array(skill, known, ${STORED_RAW_SQL}, ${STORED_ORIGIN_SQL}, batch_id)), group_concat(skill, '${NAME_SEP}')
  FROM (SELECT skill, known, raw, origin, batch_id FROM ${table} s WHERE s.person_id = people.id ORDER BY known DESC, skill)
) WHERE id IN (SELECT person_id FROM ${table})`;
}

/** A temp table shaped like the old person_skills, for packFromRowsSql. */
export const SKILL_ROWS_TABLE_SQL = (name: string): string =>
  `CREATE TEMP TABLE IF NOT EXISTS ${name} (person_id INTEGER NOT NULL, skill TEXT NOT NULL, known INTEGER NOT NULL, raw TEXT NOT NULL, origin TEXT NOT NULL, batch_id INTEGER, PRIMARY KEY (person_id, skill)) WITHOUT ROWID`;
