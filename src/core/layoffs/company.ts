// One spelling per company, so a person's employer finds its layoff events:
// "Amazon.com, Inc." = "amazon" = "Amazon"; "Meta Platforms" = "Meta" = "Facebook".

/** Legal forms and generic tails that do not tell companies apart. Checked at the end, repeatedly. */
const SUFFIXES = [
  'incorporated', 'inc', 'corporation', 'corp', 'company', 'co', 'llc', 'l l c', 'llp', 'lp', 'ltd', 'limited', 'plc',
  'gmbh', 'ag', 'kg', 'sa', 's a', 'nv', 'n v', 'bv', 'b v', 'se', 'sas', 'sarl', 'spa', 's p a', 'srl', 'pty', 'pte',
  'oy', 'oyj', 'ab', 'asa', 'kk', 'holdings', 'holding', 'group', 'technologies', 'technology', 'and',
];

/** Brands that layoff trackers and résumés spell differently. Keys and values are normalised. */
const ALIASES: Record<string, string> = {
  facebook: 'meta',
  'meta platforms': 'meta',
  'facebook meta': 'meta',
  alphabet: 'google',
  'google cloud': 'google',
  'amazon web services': 'amazon',
  aws: 'amazon',
  'international business machines': 'ibm',
  x: 'twitter',
  'x twitter': 'twitter',
  square: 'block',
  'hewlett packard enterprise': 'hpe',
  'hewlett packard': 'hp',
  'hp enterprise': 'hpe',
  'hewlett packard hp': 'hp',
};

const DOMAIN_TAIL = /\.(com|io|ai|co|net|org|app|dev)\b/g;

/** The comparison key of a company name: lower case, no accents, legal form or punctuation. */
export function normalizeCompany(name: string): string {
  if (!name) return '';
  let t = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ') // "(formerly Twitter)"
    .replace(DOMAIN_TAIL, ' ')
    .replace(/&/g, ' and ')
    .replace(/\b([a-z])\.(?=[a-z]\.)/g, '$1') // "S.A." → "sa", "N.V." → "nv"
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '');
  let words = t.split(' ').filter(Boolean);
  for (let changed = true; changed && words.length > 1; ) {
    changed = false;
    for (const s of SUFFIXES) {
      const parts = s.split(' ');
      if (words.length > parts.length && words.slice(-parts.length).join(' ') === s) {
        words = words.slice(0, -parts.length);
        changed = true;
        break;
      }
    }
  }
  t = words.join(' ');
  return ALIASES[t] ?? t;
}

/** True when two names are the same company. */
export function sameCompany(a: string, b: string): boolean {
  const x = normalizeCompany(a);
  return x !== '' && x === normalizeCompany(b);
}
