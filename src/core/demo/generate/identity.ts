import type { Rng } from './rng';
import { DIAL, REGION_BY_ID, REGIONS, type City, type NameGroup, type Region, type RegionId } from './data/regions';

// Who a person is: a name from a region's pool, where they live, and contact details that are
// unique across the whole demo (two different people never share an email or LinkedIn slug,
// so every merge the importer makes is one the generator meant).

export interface Identity {
  first: string;
  last: string;
  region: RegionId;
  city: City;
  personalEmail: string;
  /** LinkedIn profile slug (the part after /in/). */
  slug: string;
  phone: string;
}

/** Where candidates on tech layoff lists and in ATS exports live, roughly. */
const WORLD: [RegionId, number][] = [
  ['north_america', 30], ['south_asia', 17], ['europe_west', 12], ['europe_east', 7], ['latin_america', 7], ['east_asia', 6], ['southeast_asia', 5],
  ['mena', 5], ['west_africa', 4], ['east_africa', 4], ['southern_africa', 3],
];
const GROUPS = REGIONS.flatMap((region) => region.groups.map((group) => ({ region, group })));
const GLOBAL_MAIL = ['gmail.com', 'gmail.com', 'gmail.com', 'outlook.com', 'yahoo.com', 'proton.me', 'icloud.com', 'hotmail.com'];
const TRANSLIT: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', ß: 'ss', đ: 'd', Đ: 'D', æ: 'ae', Æ: 'AE', ı: 'i', œ: 'oe', þ: 'th' };

/** "Łukasz Wiśniewski" → "lukasz", "wisniewski": ASCII, lower case, letters and digits only. */
export function asciiSlug(s: string): string {
  return s
    .replace(/[łŁøØßđĐæÆıœþ]/g, (c) => TRANSLIT[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

export class IdentityFactory {
  private readonly emails = new Set<string>();
  private readonly slugs = new Set<string>();

  constructor(private readonly rng: Rng) {}

  region(weights: [RegionId, number][] = WORLD): Region {
    return REGION_BY_ID.get(this.rng.weighted(weights))!;
  }

  /** Reserves an email address, adding digits until it is not taken. */
  uniqueEmail(local: string, domain: string): string {
    let candidate = `${local}@${domain}`;
    while (this.emails.has(candidate)) candidate = `${local}${this.rng.int(2, 99)}@${domain}`;
    this.emails.add(candidate);
    return candidate;
  }

  private uniqueSlug(base: string): string {
    let s = base;
    while (this.slugs.has(s)) s = `${base}-${this.rng.int(1, 0xffffff).toString(16)}`;
    this.slugs.add(s);
    return s;
  }

  /** A new person from a region (by the world mix when none is given), living in `city` or where their name group lives. */
  person(regionId?: RegionId, city?: City): Identity {
    const region = regionId ? REGION_BY_ID.get(regionId)! : this.region();
    return this.make(region, this.rng.weighted(region.groups.map((x) => [x, x.weight] as const)), city);
  }

  /** A new person who lives in `country` (null when no name group lives there). */
  personIn(country: string): Identity | null {
    const local = GROUPS.filter(({ group }) => group.cities.some((c) => c.country === country));
    if (local.length === 0) return null;
    const { region, group } = this.rng.weighted(local.map((x) => [x, x.group.weight] as const));
    return this.make(region, group, this.rng.weighted(group.cities.filter((c) => c.country === country).map((c) => [c, c.weight] as const)));
  }

  private make(region: Region, group: NameGroup, city?: City): Identity {
    const rng = this.rng;
    const first = rng.pick(group.first);
    const last = rng.pick(group.last);
    const home = city ?? rng.weighted(group.cities.map((c) => [c, c.weight] as const));
    const f = asciiSlug(first);
    const l = asciiSlug(last);
    const local = rng.weighted([
      [`${f}.${l}`, 5],
      [`${f}${l}`, 2],
      [`${f[0]}${l}`, 2],
      [`${f}_${l}`, 1],
      [`${f}.${l}${rng.int(1, 99)}`, 2],
      [`${l}.${f}`, 1],
    ] as const);
    const domain = rng.chance(0.7) || group.mail.length === 0 ? rng.pick(GLOBAL_MAIL) : rng.pick(group.mail);
    const personalEmail = this.uniqueEmail(local, domain);
    const slug = this.uniqueSlug(rng.chance(0.6) ? `${f}-${l}` : rng.chance(0.5) ? `${f}${l}` : `${f}-${l}-${rng.int(10, 999)}`);
    return { first, last, region: region.id, city: home, personalEmail, slug, phone: this.phone(home.country) };
  }

  phone(country: string): string {
    const rng = this.rng;
    const code = DIAL[country] ?? '+1';
    if (code === '+1') return `+1 (${rng.int(201, 989)}) 555-01${String(rng.int(0, 99)).padStart(2, '0')}`;
    const digits = () => String(rng.int(100, 999));
    return `${code} ${rng.int(10, 99)} ${digits()} ${rng.int(1000, 9999)}`;
  }
}

/** A LinkedIn address as people paste it: with or without scheme, www or trailing slash. */
export function linkedinUrl(slug: string, rng: Rng): string {
  return rng.weighted([
    [`https://www.linkedin.com/in/${slug}`, 6],
    [`https://www.linkedin.com/in/${slug}/`, 2],
    [`linkedin.com/in/${slug}`, 2],
    [`www.linkedin.com/in/${slug}`, 1],
    [`https://linkedin.com/in/${slug}?originalSubdomain=${rng.pick(['uk', 'in', 'de', 'br', 'ng'])}`, 1],
  ] as const);
}
