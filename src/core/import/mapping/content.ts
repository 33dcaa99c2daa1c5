import type { ImportKind } from '../../../shared/domain';
import { NAME_FIELDS } from '../fields';
import { unwrapHyperlink } from '../values/excel';
import { readNumber } from '../values/scalars';
import { looksLikeEmail } from '../values/text';
import type { ColumnMapping } from './auto';

// When no heading names a person's email or LinkedIn column (a sheet in French, a column titled
// "Contact", "Profile" holding LinkedIn URLs) or, in a sheet saved without its heading row, their
// name, the values can: a column whose sample cells are nearly all email addresses, each a different one, is
// the email column, whatever it is called. Only for fields no heading took, only from columns no
// heading claimed, and never a column about someone else ("Manager Email").

/** Share of a column's non-empty sample cells that must look right. */
const SHARE = 0.8;
/** Fewer filled cells than this say too little. */
const MIN_CELLS = 2;
/** Confidence shown on the mapping screen: below an exact heading, above the fuzzy threshold. */
export const CONTENT_CONFIDENCE = 0.8;

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
  { field: 'email', taken: ['email', 'workEmail', 'personalEmail'], from: ['extra'], looks: (c) => c.split(/[;,\s]+/).filter(Boolean).every(looksLikeEmail) },
  { field: 'linkedin', taken: ['linkedin'], from: ['extra', 'summary'], looks: (c) => LINKEDIN.test(c) },
];

/** "Ada", "O'Brien", "García": one capitalised word (a first or a last name). */
const WORD = /^\p{Lu}[\p{L}'’.-]+$/u;
const fullName = (c: string) => c.length <= 60 && NAME.test(c) && !TITLE_WORD.test(c);
const oneName = (c: string) => c.length <= 30 && WORD.test(c) && !TITLE_WORD.test(c);
/** A sheet without headings has its name in the first few columns, left of titles, teams and cities. */
const NAME_COLUMNS = 3;

/** Cells of a column in the sample, and the share of them that `looks` right (0 when too few, or repeated). */
function shareOf(col: ColumnMapping, sample: readonly string[][], looks: (cell: string) => boolean): number {
  const cells = sample.map((r) => unwrapHyperlink((r[col.index] ?? '').trim(), true)).filter(Boolean);
  if (cells.length < MIN_CELLS || new Set(cells.map((c) => c.toLowerCase())).size < cells.length * DISTINCT) return 0;
  return cells.filter(looks).length / cells.length;
}

const take = (col: ColumnMapping, field: string) => {
  col.target = field;
  col.confidence = CONTENT_CONFIDENCE;
};

/**
 * `headerless`: the sheet has no heading row (read/headerless.ts), and only then is a name looked for
 * by its values: in a sheet with headings, capitalised words are as often a school or a city.
 */
export function mapByContent(columns: ColumnMapping[], sample: readonly string[][], kind: ImportKind, headerless = false): ColumnMapping[] {
  if (kind !== 'candidates' && kind !== 'alumni') return columns;
  const out = columns.map((c) => ({ ...c }));
  for (const rule of BY_CONTENT) {
    if (out.some((c) => rule.taken.includes(c.target))) continue;
    let best: { col: ColumnMapping; share: number } | null = null;
    for (const col of out) {
      if (!rule.from.includes(col.target) || SOMEONE_ELSE.test(col.header)) continue;
      const share = shareOf(col, sample, rule.looks);
      // The best share wins; on a tie the leftmost column.
      if (share >= SHARE && (!best || share > best.share)) best = { col, share };
    }
    if (best) take(best.col, rule.field);
  }
  // "Experience" is years in one sheet and a work history in another (Workable): text is résumé text.
  for (const col of out) {
    if (col.target !== 'yearsExp') continue;
    const cells = sample.map((r) => (r[col.index] ?? '').trim()).filter(Boolean);
    if (cells.length >= MIN_CELLS && cells.filter((c) => readNumber(c).ok).length < cells.length / 2) take(col, 'summary');
  }
  if (headerless && !out.some((c) => NAME_FIELDS.includes(c.target))) {
    const lead = out.filter((c) => c.index < NAME_COLUMNS && c.target === 'extra');
    const whole = lead.find((c) => shareOf(c, sample, fullName) >= SHARE);
    if (whole) take(whole, 'fullName');
    else {
      // "Ada,Lovelace,…" or "1001,Ada,Lovelace,…": first and last name side by side.
      const at = lead.findIndex((c, i) => lead[i + 1]?.index === c.index + 1 && shareOf(c, sample, oneName) >= SHARE && shareOf(lead[i + 1]!, sample, oneName) >= SHARE);
      if (at >= 0) {
        take(lead[at]!, 'firstName');
        take(lead[at + 1]!, 'lastName');
      }
    }
  }
  return out;
}
