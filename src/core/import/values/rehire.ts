import type Database from 'better-sqlite3';
import type { ExitType, Rehire } from '../../../shared/domain';
import { parseJson } from '../../repos/json';
import { stripDiacritics } from '../../skills/normalize';
import { nameKey } from './text';

// Rehire eligibility: from an explicit column when there is one, otherwise derived from the exit
// reason by an editable mapping (settings 'import.rehireMapping'). The most severe rule that
// matches wins, so "resigned in lieu of termination for misconduct" is ineligible.

export interface RehireRule {
  /** Words or a phrase looked for in the reason, case-insensitive. */
  match: string;
  rehire: Exclude<Rehire, 'unknown'>;
}

export const DEFAULT_REHIRE_RULES: RehireRule[] = [
  { match: 'misconduct', rehire: 'ineligible' },
  { match: 'job abandonment', rehire: 'ineligible' },
  { match: 'abandonment', rehire: 'ineligible' },
  { match: 'no call no show', rehire: 'ineligible' },
  { match: 'policy violation', rehire: 'ineligible' },
  { match: 'violation of policy', rehire: 'ineligible' },
  { match: 'gross negligence', rehire: 'ineligible' },
  { match: 'theft', rehire: 'ineligible' },
  { match: 'harassment', rehire: 'ineligible' },
  { match: 'performance', rehire: 'review' },
  { match: 'not a fit', rehire: 'review' },
  { match: 'poor fit', rehire: 'review' },
  { match: 'cultural fit', rehire: 'review' },
  { match: 'attendance', rehire: 'review' },
  { match: 'relocation', rehire: 'eligible' },
  { match: 'relocat', rehire: 'eligible' },
  { match: 'resignation', rehire: 'eligible' },
  { match: 'resigned', rehire: 'eligible' },
  { match: 'position eliminated', rehire: 'eligible' },
  { match: 'role eliminated', rehire: 'eligible' },
  { match: 'elimination', rehire: 'eligible' },
  { match: 'downsizing', rehire: 'eligible' },
  { match: 'workforce reduction', rehire: 'eligible' },
  { match: 'career advancement', rehire: 'eligible' },
  { match: 'reduction in force', rehire: 'eligible' },
  { match: 'rif', rehire: 'eligible' },
  { match: 'layoff', rehire: 'eligible' },
  { match: 'laid off', rehire: 'eligible' },
  { match: 'restructuring', rehire: 'eligible' },
  { match: 'reorganization', rehire: 'eligible' },
  { match: 'budget', rehire: 'eligible' },
  { match: 'cost reduction', rehire: 'eligible' },
  { match: 'business decision', rehire: 'eligible' },
  { match: 'closure', rehire: 'eligible' },
  { match: 'end of contract', rehire: 'eligible' },
  { match: 'retirement', rehire: 'eligible' },
  { match: 'better opportunity', rehire: 'eligible' },
  { match: 'career change', rehire: 'eligible' },
  { match: 'personal reasons', rehire: 'eligible' },
  { match: 'family', rehire: 'eligible' },
  { match: 'education', rehire: 'eligible' },
  // The same in European HRIS exports.
  { match: 'fristlose', rehire: 'ineligible' },
  { match: 'faute grave', rehire: 'ineligible' },
  { match: 'despido disciplinario', rehire: 'ineligible' },
  { match: 'betriebsbedingt', rehire: 'eligible' },
  { match: 'eigenkundigung', rehire: 'eligible' },
  { match: 'licenciement economique', rehire: 'eligible' },
  { match: 'demission', rehire: 'eligible' },
  { match: 'despido objetivo', rehire: 'eligible' },
  { match: 'baja voluntaria', rehire: 'eligible' },
];

export const REHIRE_SETTING = 'import.rehireMapping';
const SEVERITY: Record<RehireRule['rehire'], number> = { ineligible: 3, review: 2, eligible: 1 };

export function loadRehireRules(db: Database.Database): RehireRule[] {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(REHIRE_SETTING) as { value: string } | undefined;
  const rules = parseJson<RehireRule[] | null>(row?.value, null);
  return Array.isArray(rules) ? rules : DEFAULT_REHIRE_RULES;
}

export function saveRehireRules(db: Database.Database, rules: RehireRule[] | null): void {
  if (rules === null) db.prepare('DELETE FROM settings WHERE key = ?').run(REHIRE_SETTING);
  else db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(REHIRE_SETTING, JSON.stringify(rules));
}

/** " words of the text " in lower case, accents dropped ("Kündigung" is "kundigung", not "k ndigung"). */
const words = (s: string) => ` ${nameKey(s)} `;

/** Compiles rules into a function from reason to verdict (null when no rule matches). */
export function rehireDeriver(rules: RehireRule[]): (reason: string) => RehireRule['rehire'] | null {
  const compiled = rules.map((r) => ({ needle: words(r.match).trimEnd(), rehire: r.rehire }));
  return (reason) => {
    const text = words(reason);
    let best: RehireRule['rehire'] | null = null;
    for (const r of compiled) {
      // Whole words at the start, so "rif" does not match "sheriff" but "relocat" matches "relocation".
      if (text.includes(r.needle) && (!best || SEVERITY[r.rehire] > SEVERITY[best])) best = r.rehire;
    }
    return best;
  };
}

/**
 * An explicit eligibility cell: Y/N, Yes/No, Eligible, Not eligible, Review, ✓, and Workday's
 * "Yes - Eligible", "No - Not Eligible", "Eligible with Review". A "not" or a review in the words
 * outranks the "eligible" beside it.
 */
export function readRehire(raw: string): Rehire | null {
  const s = raw.trim().toLowerCase().replace(/[.!]+$/, '');
  if (!s) return null;
  if (/^(n|no|false|0|✗|✘|ineligible|not eligible|not rehireable|not rehirable|do not rehire|dnr|never|nein|non|não|nao|nee)$/.test(s) || /\bnot eligible\b|\bineligible\b|do not rehire|^no\s*[-–:]/.test(s)) return 'ineligible';
  if (/^(review|maybe|conditional|tbd|needs review|case by case|with approval|m|\?)$/.test(s) || /review|conditional|approval|case by case/.test(s)) return 'review';
  // Yes in the HRIS's own language too (ja, oui, sí, sim).
  if (/^(y|yes|true|1|✓|✔|eligible|rehireable|rehirable|ok|approved|ja|oui|si|sí|sim)$/.test(s) || /^eligible\b|^yes\s*[-–:]/.test(s)) return 'eligible';
  return null;
}

/**
 * Exit type from an explicit cell or, failing that, from the reason. Workday writes a path,
 * "Terminate Employee > Voluntary > Career Advancement": its most specific step that says anything wins.
 */
export function readExitType(raw: string): ExitType | null {
  const steps = raw.split('>');
  for (let i = steps.length - 1; i >= 0; i--) {
    const t = exitTypeOf(steps[i]!);
    if (t) return t;
  }
  return null;
}

/**
 * Also the words of European HRIS exports (accents dropped): a German "betriebsbedingte
 * Kündigung" or a French "licenciement économique" is a layoff, an "Eigenkündigung" or a
 * "démission" the person's own choice, a plain "Kündigung" or "licenciement" the employer's.
 */
function exitTypeOf(raw: string): ExitType | null {
  const s = stripDiacritics(raw.trim().toLowerCase());
  if (!s) return null;
  if (/lay ?off|laid off|\brif\b|reduction in force|eliminat(ed|ion)|restructur|reorg|redundan|downsiz|workforce reduction|reduction of workforce|budget|cost (cutting|reduction|saving)|business (decision|reasons)|(site|office|plant|facility|location) clos|closure|betriebsbedingt|licenciement (economique|pour motif economique)|despido (objetivo|colectivo)|\bere\b|ontslag om bedrijfseconomische/.test(s)) return 'layoff';
  if (/eigenkundigung|arbeitnehmerkundigung|demission|renuncia|baja voluntaria|pedido de demissao|dimissioni|ontslag op eigen verzoek/.test(s)) return 'voluntary';
  if (/involuntary|terminat|dismiss|fired|misconduct|performance|abandon|policy|kundigung|entlassung|licenciement|despido|demissao|licenziamento|ontslag/.test(s)) return 'involuntary';
  if (/voluntary|resign|quit|relocat|retire|better opportunity|personal|career|ruhestand|retraite|jubilacion/.test(s)) return 'voluntary';
  if (/other|contract|death|deceased|end of|aufhebungsvertrag|rupture conventionnelle|befristung|fin de contrat/.test(s)) return 'other';
  return null;
}
