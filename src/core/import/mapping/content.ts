import type { ImportKind } from '../../../shared/domain';
import type { ColumnMapping } from './auto';

// When no heading names a person's email, LinkedIn or name column (a sheet in French, a column
// titled "Contact", "Profile" holding LinkedIn URLs, a sheet saved without its heading row), the
// values can: a column whose sample cells are nearly all email addresses, each a different one, is
// the email column, whatever it is called. Only for fields no heading took, only from columns no
// heading claimed, and never a column about someone else ("Manager Email").

/** Share of a column's non-empty sample cells that must look right. */
const SHARE = 0.8;
/** Fewer filled cells than this say too little. */
const MIN_CELLS = 2;
/** Confidence shown on the mapping screen: below an exact heading, above the fuzzy threshold. */
export const CONTENT_CONFIDENCE = 0.8;

const EMAIL = /^[^\s@;,<>()"']+@[^\s@;,<>()"']+\.[a-z]{2,}$/i;
const LINKEDIN = /^(https?:\/\/)?([a-z]{2,3}\.)?linkedin\.com\/in\/[^\s/?#]+/i;

/** "Ada Lovelace", "Ludwig van Beethoven", "O'Brien, Seán": two to five capitalised words. */
const NAME = /^(?:\p{Lu}[\p{L}'’.-]*,?\s+){1,4}\p{Lu}[\p{L}'’.-]*$|^(?:\p{Lu}[\p{L}'’.-]*\s+)+(?:(?:van|von|de|der|den|da|di|du|la|le|del|dos|bin|al)\s+)+\p{Lu}[\p{L}'’.-]*$/u;
/** Words of job titles, which are capitalised like names ("Staff Engineer", "Product Manager"). */
const TITLE_WORD = /\b(?:engineer|engineering|developer|manager|director|scientist|architect|analyst|designer|consultant|specialist|lead|head|officer|president|vp|intern|administrator|admin|researcher|programmer|technician|recruiter|coordinator|associate|principal|senior|junior|staff|chief|founder|owner|partner|operations|product|software|data|platform|cloud|security|sales|marketing)\b/i;

/** Headings of columns about someone else: a manager's email is not the person's. */
const SOMEONE_ELSE = /\b(?:manager|supervisor|recruiter|referr(?:er|ed|al)|owner|coordinator|hiring|reports?|sourcer|interviewer|boss|lead|contact person|emergency|spouse|partner|reference)\b/i;
/** Share of a column's sample values that must differ: a person's own email or profile is theirs alone. */
const DISTINCT = 0.9;

/**
 * `from`: the targets a heading may have given the column for its values to win it. Only columns no
 * heading claimed, and for LinkedIn URLs also one taken as a summary (a "Profile" column of URLs).
 */
const BY_CONTENT: { field: string; taken: string[]; from: string[]; looks: (cell: string) => boolean }[] = [
  // Several addresses in one cell ("a@x.io; b@y.io") still make an email column.
  { field: 'email', taken: ['email', 'workEmail', 'personalEmail'], from: ['extra'], looks: (c) => c.split(/[;,\s]+/).filter(Boolean).every((e) => EMAIL.test(e)) },
  { field: 'linkedin', taken: ['linkedin'], from: ['extra', 'summary'], looks: (c) => LINKEDIN.test(c) },
  // Names last, and only where no heading named one: a sheet saved without its heading row.
  { field: 'fullName', taken: ['fullName', 'firstName', 'lastName'], from: ['extra'], looks: (c) => c.length <= 60 && NAME.test(c) && !TITLE_WORD.test(c) },
];

export function mapByContent(columns: ColumnMapping[], sample: readonly string[][], kind: ImportKind): ColumnMapping[] {
  if (kind !== 'candidates' && kind !== 'alumni') return columns;
  const out = columns.map((c) => ({ ...c }));
  for (const rule of BY_CONTENT) {
    if (out.some((c) => rule.taken.includes(c.target))) continue;
    let best: { col: ColumnMapping; share: number } | null = null;
    for (const col of out) {
      if (!rule.from.includes(col.target) || SOMEONE_ELSE.test(col.header)) continue;
      const cells = sample.map((r) => (r[col.index] ?? '').trim()).filter(Boolean);
      if (cells.length < MIN_CELLS || new Set(cells.map((c) => c.toLowerCase())).size < cells.length * DISTINCT) continue;
      const share = cells.filter(rule.looks).length / cells.length;
      // The best share wins; on a tie the leftmost column (names come before titles and cities).
      if (share >= SHARE && (!best || share > best.share)) best = { col, share };
    }
    if (best) {
      best.col.target = rule.field;
      best.col.confidence = CONTENT_CONFIDENCE;
    }
  }
  return out;
}
