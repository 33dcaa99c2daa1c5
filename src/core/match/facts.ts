// Small readers of messy facts (dates, places, ratings) shared by the score parts.
// Each is pure and total: anything it cannot read is null, never a guess presented as fact.

const DAY = 86_400_000;

/** Days from `from` to `to` (YYYY-MM-DD prefixes); null when either is unreadable. */
const dayCache = new Map<string, number>();

/** Milliseconds of a date's first ten characters (NaN when unreadable); dates repeat, so read each once. */
function dayOf(text: string): number {
  const key = text.slice(0, 10);
  let ms = dayCache.get(key);
  if (ms === undefined) {
    if (dayCache.size > 50_000) dayCache.clear();
    dayCache.set(key, (ms = Date.parse(key)));
  }
  return ms;
}

export function daysBetween(from: string | null | undefined, to: string): number | null {
  if (!from) return null;
  const a = dayOf(from);
  const b = dayOf(to);
  if (Number.isNaN(a) || Number.isNaN(b)) return null;
  return Math.round((b - a) / DAY);
}

/** Whole months between two dates, as a hiring manager counts them (30.44 days each). */
export function monthsBetween(from: string | null | undefined, to: string): number | null {
  const d = daysBetween(from, to);
  return d === null ? null : Math.floor(d / 30.44);
}

export function yearsBetween(from: string | null | undefined, to: string | null | undefined): number | null {
  if (!to) return null;
  const d = daysBetween(from, to);
  return d === null || d < 0 ? null : d / 365.25;
}

const COUNTRY_NAMES: Record<string, string> = {
  us: 'US', usa: 'US', 'u.s.': 'US', 'u.s.a.': 'US', 'united states': 'US', 'united states of america': 'US', america: 'US',
  uk: 'GB', gb: 'GB', 'u.k.': 'GB', 'united kingdom': 'GB', 'great britain': 'GB', england: 'GB', scotland: 'GB', wales: 'GB', britain: 'GB',
  ca: 'CA', canada: 'CA', de: 'DE', germany: 'DE', deutschland: 'DE', fr: 'FR', france: 'FR', nl: 'NL', netherlands: 'NL', 'the netherlands': 'NL', holland: 'NL',
  ie: 'IE', ireland: 'IE', es: 'ES', spain: 'ES', pt: 'PT', portugal: 'PT', it: 'IT', italy: 'IT', pl: 'PL', poland: 'PL', se: 'SE', sweden: 'SE',
  dk: 'DK', denmark: 'DK', fi: 'FI', finland: 'FI', no: 'NO', norway: 'NO', ch: 'CH', switzerland: 'CH', at: 'AT', austria: 'AT', be: 'BE', belgium: 'BE',
  in: 'IN', india: 'IN', sg: 'SG', singapore: 'SG', au: 'AU', australia: 'AU', nz: 'NZ', 'new zealand': 'NZ', jp: 'JP', japan: 'JP',
  il: 'IL', israel: 'IL', br: 'BR', brazil: 'BR', mx: 'MX', mexico: 'MX', ar: 'AR', argentina: 'AR', cn: 'CN', china: 'CN', kr: 'KR', 'south korea': 'KR',
  ae: 'AE', uae: 'AE', 'united arab emirates': 'AE', za: 'ZA', 'south africa': 'ZA', ro: 'RO', romania: 'RO', cz: 'CZ', czechia: 'CZ', 'czech republic': 'CZ',
  ua: 'UA', ukraine: 'UA', ee: 'EE', estonia: 'EE', lt: 'LT', lithuania: 'LT', gr: 'GR', greece: 'GR', hu: 'HU', hungary: 'HU',
};
const EU = new Set(['DE', 'FR', 'NL', 'IE', 'ES', 'PT', 'IT', 'PL', 'SE', 'DK', 'FI', 'AT', 'BE', 'RO', 'CZ', 'EE', 'LT', 'GR', 'HU']);
const EUROPE = new Set([...EU, 'GB', 'CH', 'NO', 'UA']);
const REGIONS: Record<string, ReadonlySet<string>> = {
  eu: EU, europe: EUROPE, emea: new Set([...EUROPE, 'IL', 'AE', 'ZA']), americas: new Set(['US', 'CA', 'MX', 'BR', 'AR']),
  'north america': new Set(['US', 'CA']), apac: new Set(['IN', 'SG', 'AU', 'NZ', 'JP', 'CN', 'KR']), uk: new Set(['GB']), us: new Set(['US']),
};
const US_STATES = new Set('AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC'.split(' '));
const CITY_COUNTRY: Record<string, string> = Object.fromEntries(
  Object.entries({
    US: 'san francisco|new york|nyc|seattle|austin|boston|chicago|los angeles|denver|atlanta|san jose|mountain view|palo alto|sunnyvale|menlo park|portland|miami|dallas|raleigh|pittsburgh|san diego',
    GB: 'london|manchester|edinburgh|cambridge|oxford|bristol|glasgow|leeds',
    DE: 'berlin|munich|münchen|hamburg|frankfurt|cologne|köln|stuttgart',
    FR: 'paris|lyon', NL: 'amsterdam|rotterdam|utrecht|eindhoven', IE: 'dublin|cork', ES: 'madrid|barcelona', PT: 'lisbon|porto',
    SE: 'stockholm', DK: 'copenhagen', FI: 'helsinki', NO: 'oslo', CH: 'zurich|zürich|geneva', AT: 'vienna', PL: 'warsaw|krakow|kraków',
    CA: 'toronto|vancouver|montreal|montréal|ottawa|waterloo', IN: 'bangalore|bengaluru|hyderabad|pune|mumbai|delhi|chennai',
    IL: 'tel aviv|haifa', SG: 'singapore', AU: 'sydney|melbourne', JP: 'tokyo', BR: 'são paulo|sao paulo',
  }).flatMap(([code, cities]) => cities.split('|').map((c) => [c, code])),
);

/** ISO-2 code for a country as people write it ("United Kingdom", "USA", "de"), or null. */
export function countryCode(text: string | null | undefined): string | null {
  if (!text) return null;
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  return COUNTRY_NAMES[t] ?? null;
}

export interface Place {
  /** Lower-case city, or null. */
  city: string | null;
  country: string | null;
  /** Countries a "Remote (EU)"-style location allows, or null for anywhere / unknown. */
  region: ReadonlySet<string> | null;
}

const placeCache = new Map<string, Place>();

/** Reads "London, UK", "San Francisco, CA", "Remote (EU)", "Berlin" into a city and a country. */
export function readPlace(location: string | null | undefined, country?: string | null): Place {
  // Places repeat across thousands of people; read each spelling once.
  const key = `${location ?? ''}\u0001${country ?? ''}`;
  let hit = placeCache.get(key);
  if (!hit) {
    if (placeCache.size > 20_000) placeCache.clear();
    placeCache.set(key, (hit = readPlaceNow(location, country)));
  }
  return hit;
}

function readPlaceNow(location: string | null | undefined, country?: string | null): Place {
  const explicit = countryCode(country);
  if (!location || !location.trim()) return { city: null, country: explicit, region: null };
  const text = location.trim();
  const remote = /\bremote\b/i.test(text);
  let region: ReadonlySet<string> | null = null;
  const inner = text.match(/\(([^)]+)\)|[-–:]\s*([^,]+)$/);
  const regionText = (inner?.[1] ?? inner?.[2] ?? '').trim().toLowerCase();
  if (remote && regionText) region = REGIONS[regionText] ?? (countryCode(regionText) ? new Set([countryCode(regionText)!]) : null);
  const parts = text.replace(/\([^)]*\)/g, '').split(',').map((s) => s.trim()).filter(Boolean);
  let city: string | null = null;
  let code = explicit;
  if (!remote && parts.length) city = parts[0]!.toLowerCase();
  if (parts.length > 1) {
    const last = parts[parts.length - 1]!;
    // "Berlin, DE" is Germany and "Wilmington, DE" Delaware: a known city decides first.
    const fromLast = (city && CITY_COUNTRY[city]) ?? (US_STATES.has(last) ? 'US' : countryCode(last));
    code = code ?? fromLast;
  } else if (parts.length === 1 && !remote) {
    // A lone word may itself be a country ("Germany").
    const asCountry = countryCode(parts[0]);
    if (asCountry) {
      city = null;
      code = code ?? asCountry;
    }
  }
  if (!code && city && CITY_COUNTRY[city]) code = CITY_COUNTRY[city]!;
  if (!code && region && region.size === 1) code = [...region][0]!;
  return { city, country: code, region };
}

export type Rating = 'high' | 'meets' | 'low';

/** Reads a last performance rating ("Exceeds", "4/5", "3.2", "Needs improvement") into three bands. */
export function readRating(text: string | null | undefined): Rating | null {
  if (!text) return null;
  const t = text.trim().toLowerCase();
  if (!t) return null;
  if (/\b(needs? improvement|below|low|partially|pip|unsatisfactory|poor|does not meet|did not meet|underperform)/.test(t)) return 'low';
  if (/\b(exceed|outstanding|exceptional|strong|top|excellent|high|superior|far above|above)/.test(t)) return 'high';
  if (/\b(meets|solid|good|successful|achieves|fully|on track|satisfactory|valued)/.test(t)) return 'meets';
  const frac = t.match(/^(\d+(?:\.\d+)?)\s*(?:\/|of|out of)\s*(\d+(?:\.\d+)?)$/);
  const pct = t.match(/^(\d+(?:\.\d+)?)\s*%$/);
  const num = t.match(/^(\d+(?:\.\d+)?)$/);
  let share: number | null = null;
  if (frac) share = Number(frac[1]) / Number(frac[2]);
  else if (pct) share = Number(pct[1]) / 100;
  else if (num) share = Number(num[1]) / (Number(num[1]) <= 5 ? 5 : 100);
  if (share === null || !Number.isFinite(share)) return null;
  return share >= 0.79 ? 'high' : share >= 0.59 ? 'meets' : 'low';
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Aug 2025" from an ISO date; the text itself when it is not one. */
export function fmtDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${month} ${m[1]}` : iso;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
