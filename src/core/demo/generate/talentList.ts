import type { Track } from '../../../shared/domain';
import type { Rng } from './rng';
import { makeCareer, skillsCell, type Career } from './career';
import { addDays, maxDate, minDate } from './dates';
import { toCsv, type Cell } from './csv';
import { LAID_OFF_SPELLINGS, OUR_COMPANY } from './data/companies';
import type { LayoffEventDef } from './data/layoffEvents';
import { PROFILE_BY_TRACK } from './data/tracks';
import { linkedinUrl, type Identity, type IdentityFactory } from './identity';
import type { Alumnus } from './alumni';
import type { Mess } from './messes';

// A public laid-off-talent list (the Google-Sheet kind): people who lost their jobs in the
// layoffs of the layoffs file, plus some of Northwind's own laid-off alumni.

export interface ListEntry {
  who: Identity;
  career: Career;
  company: string;
  event: LayoffEventDef;
  lastDay: string;
  alumnus: Alumnus | null;
  /** The email written on the list (not always the one HR has). */
  email: string;
  hasLinkedin: boolean;
}

export const CANDIDATE_TRACKS: [Track, number][] = [['ai_ml', 18], ['mlops', 7], ['platform', 14], ['sre', 10], ['cloud_infra', 10], ['fullstack', 24], ['data', 12], ['security', 3], ['other', 2]];

export function makeListEntries(n: number, events: LayoffEventDef[], alumni: Alumnus[], ids: IdentityFactory, rng: Rng, today: string): ListEntry[] {
  const out: ListEntry[] = [];
  // Northwind's recent layoffs: a share of those people put themselves on the list.
  const since = addDays(today, -600);
  const recent = alumni.filter((a) => a.wave && a.wave.date >= since && a.career.track !== 'other');
  for (const a of rng.sample(recent, Math.round(n * 0.035))) {
    const sameEmail = rng.chance(0.8);
    out.push({
      who: a.who, career: a.career, company: OUR_COMPANY.name, alumnus: a, hasLinkedin: true,
      event: { company: OUR_COMPANY.name, location: 'Seattle', laidOff: a.wave!.size, date: a.wave!.date, percentage: a.wave!.share, industry: 'AI', stage: 'Post-IPO', country: 'United States', source: '' },
      lastDay: a.exit,
      email: sameEmail ? a.who.personalEmail : ids.uniqueEmail(`${a.who.personalEmail.split('@')[0]}.work`, 'gmail.com'),
    });
  }
  // Everyone else: the bigger and more recent a layoff, the more of its people are on lists.
  const from = addDays(today, -900);
  const window = events.filter((e) => e.date <= today && e.date >= from);
  const pool = (window.length ? window : events.filter((e) => e.date <= today)).filter((e) => e.company !== OUR_COMPANY.name);
  const [months4, year] = [addDays(today, -120), addDays(today, -365)];
  const recency = (d: string) => (d >= months4 ? 4 : d >= year ? 2 : 1);
  const weighted = pool.map((e) => [e, Math.sqrt(e.laidOff ?? 150) * recency(e.date)] as const);
  while (out.length < n && weighted.length) {
    const event = rng.weighted(weighted);
    // Most people laid off outside the US live where the company cut; US companies cut worldwide.
    const local = rng.chance(event.country === 'United States' ? 0.45 : 0.7);
    const who = (local && (event.country === 'United States' ? ids.person('north_america') : ids.personIn(event.country))) || ids.person();
    const career = makeCareer(rng, rng.weighted(CANDIDATE_TRACKS));
    const spellings = LAID_OFF_SPELLINGS[event.company] ?? [event.company];
    out.push({
      who, career, event, alumnus: null, hasLinkedin: rng.chance(0.82),
      company: rng.chance(0.7) ? spellings[0]! : rng.pick(spellings),
      lastDay: minDate(today, addDays(event.date, rng.weighted([[0, 4], [14, 2], [30, 2], [60, 1]] as const) + rng.int(0, 6))),
      email: who.personalEmail,
    });
  }
  return rng.shuffle(out);
}

export const LIST_HEADERS = [
  'full_name', 'first_name', 'last_name', 'email', 'phone', 'linkedin_url', 'resume_url', 'github_url', 'portfolio_url', 'former_company', 'former_title',
  'department', 'team', 'seniority', 'years_experience', 'last_day', 'layoff_date', 'location_city', 'location_region', 'location_country', 'open_to_remote',
  'open_to_hybrid', 'open_to_relocation', 'relocation_targets', 'work_authorization', 'needs_visa_sponsorship', 'notice_period', 'desired_roles', 'skills',
  'languages', 'consent_to_share', 'date_added', 'source_list_url', 'notes',
];

const SENIORITY: Record<string, string> = { junior: 'Entry level', mid: 'Mid-level', senior: 'Senior', staff: 'Staff', principal: 'Principal', manager: 'Manager', director: 'Director' };
const DEPT: Record<Track, string> = { ai_ml: 'AI/ML', mlops: 'ML Infrastructure', platform: 'Infrastructure', sre: 'Infrastructure', cloud_infra: 'Infrastructure', fullstack: 'Engineering', data: 'Data', security: 'Security', other: 'Product' };
const LANGS: Record<string, string> = {
  west_africa: 'English, Yoruba', east_africa: 'English, Swahili', southern_africa: 'English, Zulu', south_asia: 'English, Hindi', east_asia: 'English, Mandarin',
  southeast_asia: 'English, Tagalog', europe_west: 'English, German', europe_east: 'English, Polish', latin_america: 'Portuguese, English', mena: 'Arabic, English', north_america: 'English',
};
const yn = (b: boolean) => (b ? 'Yes' : 'No');
const LIST_URL = 'https://docs.google.com/spreadsheets/d/1demo-laid-off-talent-directory';

export function listCsv(entries: ListEntry[], rng: Rng, messes: Mess[], today: string): string {
  const cells: Cell[][] = entries.map((e) => {
    const { who, career } = e;
    const remote = rng.chance(0.7);
    const track = PROFILE_BY_TRACK.get(career.track)!;
    return [
      `${who.first} ${who.last}`,
      rng.chance(0.9) ? who.first : '',
      rng.chance(0.9) ? who.last : '',
      e.email,
      rng.chance(0.35) ? who.phone : '',
      e.hasLinkedin ? linkedinUrl(who.slug, rng) : '',
      rng.chance(0.25) ? `https://drive.google.com/file/d/1${who.slug.replace(/-/g, '')}cv/view` : '',
      career.track !== 'other' && rng.chance(0.35) ? `https://github.com/${who.slug.replace(/-/g, '')}` : '',
      rng.chance(0.08) ? `https://${who.slug}.dev` : '',
      e.company,
      career.title,
      DEPT[career.track],
      rng.pick(track.teams),
      SENIORITY[career.level],
      String(career.years),
      e.lastDay,
      e.event.date,
      who.city.city,
      who.city.region ?? '',
      who.city.country,
      yn(remote),
      yn(!remote || rng.chance(0.5)),
      yn(rng.chance(0.35)),
      rng.chance(0.15) ? rng.pick(['US, Canada', 'Berlin; Amsterdam', 'London', 'Anywhere in EU', 'Singapore', 'Toronto']) : '',
      rng.pick(['Authorized to work in my country of residence', 'Requires sponsorship abroad', '']),
      yn(rng.chance(0.25)),
      rng.pick(['Immediately', 'Immediately', '2 weeks', '1 month']),
      track.titles[career.level === 'junior' ? 'mid' : career.level === 'mid' ? 'senior' : career.level][0],
      skillsCell(career.skills, rng, ', '),
      LANGS[who.region] ?? 'English',
      'Yes',
      minDate(today, maxDate(e.lastDay, addDays(e.event.date, rng.int(1, 40)))),
      LIST_URL,
      rng.chance(0.03) ? 'Open to contract work' : '',
    ];
  });
  const picked = rng.sample(entries.map((_, i) => i), 7);
  const note = (k: number, column: string, value: string, expect: Mess['expect']) => {
    cells[picked[k]!]![LIST_HEADERS.indexOf(column)] = value;
    messes.push({ file: 'list', row: picked[k]! + 1, column, value, expect });
  };
  const at = (k: number) => entries[picked[k]!]!.who;
  note(0, 'full_name', `${at(0).last}, ${at(0).first}`, 'flipped-name');
  note(1, 'full_name', ` ${at(1).first}  ${at(1).last}  `, 'spaces');
  note(2, 'years_experience', '10+', 'read');
  note(3, 'last_day', 'last Friday', 'warning');
  note(4, 'open_to_relocation', 'Maybe', 'warning');
  note(5, 'years_experience', `${entries[picked[5]!]!.career.years} yrs`, 'read');
  note(6, 'last_day', '2025-13-01', 'warning');
  return toCsv(LIST_HEADERS, cells);
}
