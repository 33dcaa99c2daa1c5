// Readers for the public reference data the taxonomy borrows vocabulary from.
// They only propose (skill, alias) pairs for skills the curated seed already has; the builder
// decides what to keep. Nothing here is read by the app at run time.
import fs from 'node:fs';
import Papa from 'papaparse';

export interface Proposal {
  /** A name or alias the curated seed may already know; used to find the skill. */
  lookup: string[];
  /** Spellings to add as aliases when the skill is found. */
  aliases: string[];
}

// ---------- O*NET 28 technology skills (CC BY 4.0, USDOL/ETA) ----------

export interface OnetRow {
  soc: string;
  example: string;
  commodity: string;
  hot: boolean;
}

export function readOnet(file: string): OnetRow[] {
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/).slice(1);
  return lines
    .filter((l) => l.trim())
    .map((l) => {
      const [soc, example, , commodity, hot] = l.split('\t');
      return { soc, example: example.trim(), commodity: commodity ?? '', hot: hot === 'Y' };
    });
}

/** Vendor names O*NET prefixes to product names ("IBM Terraform", "Oracle Java"). */
const VENDORS = [
  'Amazon Web Services AWS', 'Amazon Web Services', 'Amazon', 'Microsoft', 'Oracle', 'IBM', 'Apache', 'Google', 'Atlassian',
  'Red Hat', 'The MathWorks', 'Adobe', 'Apple', 'SAP', 'Cisco Systems', 'Cisco', 'Hewlett Packard', 'Salesforce',
  'Dassault Systemes', 'Autodesk', 'Intuit', 'Qlik Tech', 'Quest', 'Embarcadero', 'Trimble', 'Bentley', 'ESRI',
  'StataCorp', 'National Instruments', 'Perforce', 'Tenable', 'Portswigger', 'Veritas', 'Citrix', 'Symantec', 'VMware',
  'Informatica', 'Talend', 'JetBrains', 'Splunk', 'HashiCorp', 'Micro Focus', 'BMC', 'Meta', 'Facebook', 'OpenAI', 'NVIDIA',
];

function stripVendor(name: string): string {
  for (const v of VENDORS) {
    if (name.startsWith(v + ' ') && name.length > v.length + 1) return name.slice(v.length + 1);
  }
  return name;
}

/** True when an acronym's letters run in order through the words, the first one in the first word. */
function spells(acronym: string, words: string[]): boolean {
  const letters = acronym.replace(/[^A-Za-z]/g, '').toLowerCase();
  const text = words.join('').toLowerCase();
  if (letters.length < (/\d/.test(acronym) ? 2 : 3) || !words[0]?.toLowerCase().includes(letters[0])) return false;
  let i = 0;
  for (const ch of text) if (ch === letters[i]) i++;
  return i === letters.length;
}

/**
 * Candidate spellings of an O*NET example, for finding the skill: as written, without the vendor
 * or a trailing "software", and a trailing acronym when it spells the words before it
 * ("Extensible markup language XML" → XML, but not "Sun Microsystems Java Servlet API" → API).
 */
export function onetCandidates(example: string): string[] {
  const out = new Set<string>([example]);
  const noSoftware = example.replace(/\s+software$/i, '');
  for (const base of [example, noSoftware]) {
    out.add(base);
    const v = stripVendor(base);
    if (v.includes(' ') || /[^A-Za-z]/.test(v) || v.length >= 5) out.add(v);
    const words = v.split(/\s+/);
    const last = words[words.length - 1];
    if (words.length >= 3 && /^[A-Z][A-Z0-9./+#-]{1,9}$/.test(last) && spells(last, words.slice(0, -1).filter((w) => !VENDORS.includes(w)))) {
      out.add(last);
      out.add(words.slice(0, -1).join(' '));
    }
    const paren = base.match(/^(.*?)\s*\(([^)]+)\)$/);
    if (paren) out.add(paren[1]);
  }
  return [...out].filter((s) => s.trim().length > 0);
}

/** Occupations whose technology lists describe tech work (computer, data science, IT management). */
export function isTechOccupation(soc: string): boolean {
  return soc.startsWith('15-12') || soc.startsWith('15-2051') || soc.startsWith('11-3021') || soc.startsWith('17-2061');
}

/** O*NET examples whose vendor-free name is a different, generic thing. */
const ONET_SKIP = new Set([
  'Adobe Analytics', 'Splunk Enterprise', 'IBM Power Systems software', 'Electronic design automation EDA', 'Citrix cloud computing software',
  'Enterprise report management ERM software', 'Amazon Data Pipeline', 'Oracle Application Express APEX',
]);

/** Hot technologies anywhere, and every technology of tech occupations; the O*NET name becomes an alias. */
export function onetProposals(rows: OnetRow[]): Proposal[] {
  const seen = new Set<string>();
  const out: Proposal[] = [];
  for (const r of rows) {
    if (seen.has(r.example) || ONET_SKIP.has(r.example) || !(r.hot || isTechOccupation(r.soc))) continue;
    seen.add(r.example);
    const noSoftware = r.example.replace(/\s+software$/i, '');
    out.push({ lookup: onetCandidates(r.example), aliases: noSoftware.includes(' ') ? [r.example, noSoftware] : [r.example] });
  }
  return out;
}

// ---------- ESCO 1.2 digital skills (European Commission, reuse with attribution) ----------

interface EscoRow {
  preferredLabel: string;
  altLabels: string;
}

/** ESCO labels that collide with a different skill of ours ("SPARK" is an Ada dialect, "ML" a language). */
const ESCO_SKIP_LABELS = new Set(['SPARK', 'ML (computer programming)', 'Cisco', 'unstructured data', 'information extraction', 'ObjectStore']);
/** Words too general to show that an alternative label names the same thing. */
const GENERIC = new Set(
  'visual data software system systems management development engineering design language languages programming computer information network networks security ict digital online web cloud service services technology technologies analysis processing application applications server database databases edition standard standards enterprise framework frameworks learning model models tools tool platform'.split(' '),
);
const significantWords = (s: string) => new Set(s.toLowerCase().split(/[^a-z0-9+#]+/).filter((w) => w.length >= 4 && !GENERIC.has(w)));
const ESCO_ALT_NOISE =
  /\b(techniques?|principles|paradigms?|coding in|testing in|related|knowledge of|types of|kinds of|use of|using|software|process(es)?|methods?|approach(es)?|features|characteristics|remote sensing|global positioning|drone|algorithms?|arrangements?|mechanisms?|scheme|structure|organisation|typology|operating system|configuration system| of |^the )\b/i;
const ESCO_VERB_START = /^(apply|operate|perform|manage|create|develop|use|design|implement|maintain|utilise|utilize|carry|conduct|execute|undertake|adopt|handle|build|define|establish|test|analyse|analyze|monitor)\b/i;

export function readEsco(file: string): EscoRow[] {
  const parsed = Papa.parse<EscoRow>(fs.readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });
  return parsed.data;
}

export function escoProposals(rows: EscoRow[]): Proposal[] {
  const out: Proposal[] = [];
  for (const r of rows) {
    const label = (r.preferredLabel ?? '').trim();
    if (!label || ESCO_SKIP_LABELS.has(label)) continue;
    const cleaned = label.replace(/\s*\([^)]*\)\s*$/, '').trim();
    const labelWords = significantWords(cleaned);
    const alts = (r.altLabels ?? '')
      .split(/\s*[|\n]\s*/)
      .map((a) => a.trim())
      .filter((a) => a && a.length <= 40 && a.split(/\s+/).length <= 5 && !ESCO_ALT_NOISE.test(a) && !ESCO_VERB_START.test(a))
      // An alternative label must share a distinctive word with the preferred one ("Informatica Power Center").
      .filter((a) => [...significantWords(a)].some((w) => labelWords.has(w)));
    out.push({ lookup: [label, cleaned], aliases: [cleaned, ...alts] });
  }
  return out;
}

// ---------- GitHub linguist languages.yml (MIT) ----------

interface LinguistLang {
  name: string;
  type: string;
  aliases: string[];
}

/** A reader for the one shape languages.yml uses: top-level names, two-space fields, "- item" lists. */
export function readLinguist(file: string): LinguistLang[] {
  const langs: LinguistLang[] = [];
  let cur: LinguistLang | null = null;
  let inAliases = false;
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (!line || line.startsWith('#') || line === '---') continue;
    const top = line.match(/^([^\s#].*):\s*$/);
    if (top) {
      cur = { name: top[1].replace(/^"|"$/g, ''), type: '', aliases: [] };
      langs.push(cur);
      inAliases = false;
      continue;
    }
    if (!cur) continue;
    const field = line.match(/^ {2}([a-z_]+):\s*(.*)$/);
    if (field) {
      inAliases = field[1] === 'aliases';
      if (field[1] === 'type') cur.type = field[2].trim();
      continue;
    }
    const item = line.match(/^ {2}- (.*)$/);
    if (item && inAliases) cur.aliases.push(item[1].replace(/^"|"$/g, '').trim());
  }
  return langs;
}

/** Linguist aliases that are file-type nicknames rather than names people write. */
const LINGUIST_SKIP = new Set(['rusthon', 'cakescript', 'cake', 'envrc', 'rake', 'rbx', 'posh', 'sh', 'node', 'bash', 'nomad', 'octave', 'coffee', 'clipper', 'sarif', 'wast', 'less']);

/** Linguist languages whose name is one of our skills' aliases but means something else (ATS is a language, not an ATS). */
const LINGUIST_SKIP_NAMES = new Set(['ATS']);

export function linguistProposals(langs: LinguistLang[]): Proposal[] {
  return langs
    .filter((l) => (l.type === 'programming' || l.type === 'markup' || l.type === 'data') && !LINGUIST_SKIP_NAMES.has(l.name))
    .map((l) => ({ lookup: [l.name], aliases: [l.name, ...l.aliases.filter((a) => !LINGUIST_SKIP.has(a.toLowerCase()))] }));
}
