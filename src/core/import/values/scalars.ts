import type { Read } from './text';

// Yes/no, numbers written with either decimal convention, and percentages.

const YES = new Set(['y', 'yes', 'true', 't', '1', '✓', '✔', '☑', 'x', 'ja', 'oui', 'si', 'sí', 'open', 'eligible', 'willing', 'ok', 'regretted', 'regrettable', 'checked']);
const NO = new Set(['n', 'no', 'false', 'f', '0', '✗', '✘', '☐', 'nein', 'non', 'not eligible', 'ineligible', 'not willing', 'non-regretted', 'non regretted', 'not regretted', 'unregretted', 'non-regrettable', 'non regrettable', 'not regrettable', 'unchecked']);

export function readBool(raw: string): Read<boolean> {
  const s = raw.trim().toLowerCase().replace(/[.!]+$/, '');
  if (YES.has(s)) return { ok: true, value: true };
  if (NO.has(s)) return { ok: true, value: false };
  return { ok: false, reason: 'is not yes or no' };
}

/** "~1000", "approx. 1,000", "1000+": a tracker's rough count is still the count. */
const ROUGHLY = /^(?:~|≈|about|approx(?:\.|imately)?|around|c\.|ca\.|circa|nearly|almost)\s*|\+$/gi;

/**
 * "1,234.5", "1.234,5", "1 234" — the last separator followed by 1–2 digits (or 3 when
 * the other separator also appears) is the decimal point; the others group thousands.
 */
export function readNumber(raw: string): Read<number> {
  let s = raw.trim().replace(ROUGHLY, '').replace(/[\s\u00a0\u202f']/g, '').replace(/^\+/, '');
  if (!s) return { ok: false, reason: 'is empty' };
  s = s.replace(/^[$€£]/, '').replace(/(yrs?|years?|y)$/i, '').replace(/\+$/, '');
  if (!/^-?[\d.,]+$/.test(s)) return { ok: false, reason: 'is not a number' };
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let norm: string;
  if (lastDot >= 0 && lastComma >= 0) {
    norm = lastDot > lastComma ? s.replace(/,/g, '') : s.replace(/\./g, '').replace(',', '.');
  } else if (lastComma >= 0) {
    const groups = s.split(',');
    // "1,234" and "1,234,567" group thousands; "1,7" and "12,50" are decimals.
    norm = groups.length > 2 || groups[groups.length - 1]!.length === 3 ? s.replace(/,/g, '') : s.replace(',', '.');
  } else {
    const groups = s.split('.');
    norm = groups.length > 2 ? s.replace(/\./g, '') : s;
  }
  const n = Number(norm);
  if (!Number.isFinite(n)) return { ok: false, reason: 'is not a number' };
  return { ok: true, value: n };
}

export function readInt(raw: string): Read<number> {
  const r = readNumber(raw);
  if (!r.ok) return r;
  if (!Number.isInteger(r.value)) return Number.isInteger(Math.round(r.value * 1e6) / 1e6) ? { ok: true, value: Math.round(r.value) } : { ok: false, reason: 'is not a whole number' };
  return r;
}

/** "15%", "15", "0.15" → 0.15 (a share of one); above 100 is impossible. */
export function readPercent(raw: string): Read<number> {
  const s = raw.trim();
  const pct = s.endsWith('%');
  const r = readNumber(pct ? s.slice(0, -1) : s);
  if (!r.ok) return { ok: false, reason: 'is not a percentage' };
  const share = pct || r.value > 1 ? r.value / 100 : r.value;
  if (share < 0 || share > 1) return { ok: false, reason: 'is not a percentage between 0 and 100' };
  return { ok: true, value: Math.round(share * 10000) / 10000 };
}
