import type { ImportKind } from '../../../shared/domain';
import { IDENTITY_FIELDS } from '../fields';
import type { ColumnMapping } from './auto';

// When no heading names a person's email or LinkedIn column (a sheet in French, a column titled
// "Contact", or "Profile" holding LinkedIn URLs), the values can: a column whose sample cells are
// nearly all email addresses is the email column, whatever it is called. Only for fields no
// heading took, and never a column a heading gave to another identity field or left out.

/** Share of a column's non-empty sample cells that must look right. */
const SHARE = 0.8;
/** Fewer filled cells than this say too little. */
const MIN_CELLS = 2;
/** Confidence shown on the mapping screen: below an exact heading, above the fuzzy threshold. */
export const CONTENT_CONFIDENCE = 0.8;

/** Targets a column keeps whatever its values look like. */
const KEEP = new Set<string>([...IDENTITY_FIELDS, 'ignore', 'protected']);

const EMAIL = /^[^\s@;,<>()"']+@[^\s@;,<>()"']+\.[a-z]{2,}$/i;
const LINKEDIN = /^(https?:\/\/)?([a-z]{2,3}\.)?linkedin\.com\/in\/[^\s/?#]+/i;

const BY_CONTENT: { field: string; taken: string[]; looks: (cell: string) => boolean }[] = [
  // Several addresses in one cell ("a@x.io; b@y.io") still make an email column.
  { field: 'email', taken: ['email', 'workEmail', 'personalEmail'], looks: (c) => c.split(/[;,\s]+/).filter(Boolean).every((e) => EMAIL.test(e)) },
  { field: 'linkedin', taken: ['linkedin'], looks: (c) => LINKEDIN.test(c) },
];

export function mapByContent(columns: ColumnMapping[], sample: readonly string[][], kind: ImportKind): ColumnMapping[] {
  if (kind !== 'candidates' && kind !== 'alumni') return columns;
  const out = columns.map((c) => ({ ...c }));
  for (const rule of BY_CONTENT) {
    if (out.some((c) => rule.taken.includes(c.target))) continue;
    let best: { col: ColumnMapping; share: number } | null = null;
    for (const col of out) {
      if (KEEP.has(col.target)) continue;
      const cells = sample.map((r) => (r[col.index] ?? '').trim()).filter(Boolean);
      if (cells.length < MIN_CELLS) continue;
      const share = cells.filter(rule.looks).length / cells.length;
      if (share >= SHARE && (!best || share > best.share)) best = { col, share };
    }
    if (best) {
      best.col.target = rule.field;
      best.col.confidence = CONTENT_CONFIDENCE;
    }
  }
  return out;
}
