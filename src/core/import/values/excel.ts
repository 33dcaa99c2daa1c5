import type { Read } from './text';

// What Excel and no-code tools do to cells on the way out: long numbers shortened to scientific
// notation (an employee ID 123456789012 becomes 1.23457E+11), links saved as HYPERLINK formulas,
// and Airtable / Notion linked records written as "Stripe (https://www.notion.so/…)".

/** "1.23457E+11", "4.15555E+09": a number Excel shortened; its last digits are gone. */
const SHORTENED = /^-?\d(?:[.,]\d+)?e\+\d+$/i;

/** Fields whose digits are the value: an ID or phone Excel shortened identifies no one. */
export const DIGITS_MATTER: ReadonlySet<string> = new Set(['employeeId', 'reqId', 'phone']);

/** Wraps a reader so a number Excel shortened is refused with what to do about it. */
export function refuseShortened<T>(read: (raw: string) => Read<T>): (raw: string) => Read<T> {
  return (raw) =>
    SHORTENED.test(raw.trim())
      ? { ok: false, reason: 'is a number Excel shortened to scientific notation, so its last digits are lost (format the column as text in Excel and export again)' }
      : read(raw);
}

const HYPERLINK = /^=\s*hyperlink\s*\(\s*"((?:[^"]|"")*)"\s*(?:[,;]\s*"((?:[^"]|"")*)"\s*)?\)\s*$/i;

/**
 * `=HYPERLINK("https://linkedin.com/in/x", "Ada")` → the address for a link or email field, the
 * label for any other; a cell that is no such formula comes back as it was.
 */
export function unwrapHyperlink(raw: string, wantsAddress: boolean): string {
  const m = HYPERLINK.exec(raw.trim());
  if (!m) return raw;
  const url = m[1]!.replace(/""/g, '"');
  const label = m[2]?.replace(/""/g, '"');
  return wantsAddress || !label ? url.replace(/^mailto:/i, '') : label;
}

/** "Stripe (https://www.notion.so/Stripe-3f1e…)" → "Stripe": a linked record's address is not its name. */
export function dropRecordLinks(text: string): string {
  return text.includes('(http') ? text.replace(/\s*\(https?:\/\/[^\s)]+\)/g, '').trim() || text : text;
}
