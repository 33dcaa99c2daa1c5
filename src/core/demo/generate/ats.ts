import type { Track } from '../../../shared/domain';
import type { Rng } from './rng';
import { makeCareer, skillsCell, summaryFor, type Career } from './career';
import { toCsv, type Cell } from './csv';
import { EDUCATION, LAID_OFF_SPELLINGS, OTHER_EMPLOYERS } from './data/companies';
import { asciiSlug, linkedinUrl, type Identity, type IdentityFactory } from './identity';
import type { Alumnus } from './alumni';
import type { ListEntry } from './talentList';
import { CANDIDATE_TRACKS } from './talentList';
import type { Role } from './roles';
import type { Mess } from './messes';

// A Greenhouse-style candidate export: applicants to Northwind's open roles, with the custom
// fields recruiters add (LinkedIn, key skills, résumé text). Some applicants are on the laid-off
// list too, and some are Northwind alumni applying to come back.

export interface Applicant {
  who: Identity;
  career: Career;
  company: string;
  role: Role;
  email: string;
  linkedin: boolean;
  from: 'new' | 'list' | 'alumni';
}

const LAID_OFF = Object.entries(LAID_OFF_SPELLINGS);
const FAMILY: Record<Track, string> = { ai_ml: 'AI/ML', mlops: 'MLOps', platform: 'Platform', sre: 'SRE', cloud_infra: 'Cloud/Infra', fullstack: 'Full-stack', data: 'Data', security: 'Security', other: '' };

function employer(who: Identity, rng: Rng): string {
  if (rng.chance(0.4)) {
    const [, spellings] = rng.pick(LAID_OFF);
    return rng.pick(spellings);
  }
  const local = OTHER_EMPLOYERS[who.region] ?? [];
  return rng.chance(0.6) && local.length ? rng.pick(local) : rng.pick(OTHER_EMPLOYERS.global!);
}

/** An email as an ATS form receives it: same address, different case or stray spaces. */
function retyped(email: string, rng: Rng): string {
  const [local, domain] = email.split('@') as [string, string];
  return rng.weighted([
    [email, 3],
    [`${local.charAt(0).toUpperCase()}${local.slice(1)}@${domain.charAt(0).toUpperCase()}${domain.slice(1)}`, 2],
    [` ${email} `, 1],
  ] as const);
}

export function makeApplicants(n: number, list: ListEntry[], alumni: Alumnus[], roles: Role[], ids: IdentityFactory, rng: Rng): Applicant[] {
  const out: Applicant[] = [];
  const open = roles.filter((r) => r.status !== 'Filled');
  // People mostly apply to roles of their track, and often at their level.
  const roleFor = (c: Career) => {
    const fits = open.filter((r) => r.family === FAMILY[c.track]);
    const level = fits.filter((r) => r.level.toLowerCase() === c.level);
    return rng.pick(level.length && rng.chance(0.6) ? level : fits.length && rng.chance(0.8) ? fits : open);
  };
  for (const e of rng.sample(list.filter((x) => !x.alumnus), Math.round(n * 0.04))) {
    const viaEmail = !e.hasLinkedin || rng.chance(0.6);
    out.push({
      who: e.who, career: e.career, company: e.company, role: roleFor(e.career), from: 'list', linkedin: e.hasLinkedin,
      email: viaEmail ? retyped(e.email, rng) : ids.uniqueEmail(`${asciiSlug(e.who.first)}.${asciiSlug(e.who.last)}.jobs`, 'gmail.com'),
    });
  }
  const boomerangs = alumni.filter((a) => a.personalOnFile && (a.exitType === 'voluntary' || a.exitType === 'layoff') && a.verdict !== 'ineligible' && a.career.track !== 'other');
  for (const a of rng.sample(boomerangs, Math.round(n * 0.019))) {
    out.push({ who: a.who, career: a.career, company: employer(a.who, rng), role: roleFor(a.career), from: 'alumni', linkedin: rng.chance(0.7), email: a.who.personalEmail });
  }
  while (out.length < n) {
    const who = ids.person();
    const career = makeCareer(rng, rng.weighted(CANDIDATE_TRACKS));
    out.push({ who, career, company: employer(who, rng), role: roleFor(career), from: 'new', linkedin: rng.chance(0.75), email: who.personalEmail });
  }
  return rng.shuffle(out);
}

export const ATS_HEADERS = [
  'First Name', 'Last Name', 'Company', 'Title', 'Email', 'Phone', 'LinkedIn Profile', 'Website', 'Address', 'Notes', 'Source', 'Who gets credit',
  'Job', 'Department', 'Office', 'Milestone', 'Candidate Tags', 'Education', 'Key Skills', 'Resume Text', 'Years of Experience',
];

const SOURCE: Record<Applicant['from'], [string, number][]> = {
  new: [['LinkedIn', 5], ['Company website', 3], ['Referral', 2], ['Agency', 1], ['Job board', 2]],
  list: [['Laid-off talent list', 3], ['LinkedIn', 1]],
  alumni: [['Boomerang', 3], ['Referral', 1]],
};

export function atsCsv(rows: Applicant[], rng: Rng, messes: Mess[]): string {
  const cells: Cell[][] = rows.map((a) => {
    const { who, career } = a;
    const tags = [a.from === 'alumni' ? 'boomerang' : '', a.from === 'list' ? 'laid-off' : '', career.archetype === 'specialist' && rng.chance(0.3) ? 'strong-depth' : ''].filter(Boolean);
    return [
      who.first,
      who.last,
      a.company,
      career.title,
      a.email,
      rng.chance(0.7) ? who.phone : '',
      a.linkedin ? linkedinUrl(who.slug, rng) : '',
      rng.chance(0.1) ? `https://${who.slug}.dev` : '',
      [who.city.city, who.city.region ?? who.city.country].join(', '),
      rng.chance(0.04) ? 'Strong referral; fast-track' : '',
      rng.weighted(SOURCE[a.from]),
      rng.chance(0.5) ? rng.pick([a.role.manager, 'Recruiting team']) : '',
      `${a.role.title} (${a.role.reqId})`,
      a.role.team,
      a.role.location,
      rng.weighted([['Application Review', 10], ['Recruiter Screen', 4], ['Assessment', 3], ['Face to Face', 2], ['Offer', 1]] as const),
      tags.join(', '),
      career.track === 'other' ? rng.pick(['B.A. Economics', 'MBA']) : rng.pick(EDUCATION),
      rng.chance(0.9) ? skillsCell(career.skills, rng, ', ', 0.35) : '',
      rng.chance(0.8) ? summaryFor(career, a.company, rng) : '',
      rng.chance(0.85) ? String(career.years) : '',
    ];
  });
  const picked = rng.sample(rows.map((_, i) => i), 5);
  const note = (k: number, column: string, value: string, expect: Mess['expect']) => {
    cells[picked[k]!]![ATS_HEADERS.indexOf(column)] = value;
    messes.push({ file: 'ats', row: picked[k]! + 1, column, value, expect });
  };
  note(0, 'Phone', 'n/a', 'warning');
  note(1, 'Years of Experience', 'ten', 'warning');
  note(2, 'LinkedIn Profile', `linkedin.com/pub/${rows[picked[2]!]!.who.slug}/1a/2b3/456`, 'warning');
  note(3, 'Email', `mailto:${rows[picked[3]!]!.email.trim().toUpperCase()}`, 'read');
  note(4, 'First Name', `  ${rows[picked[4]!]!.who.first} `, 'spaces');
  return toCsv(ATS_HEADERS, cells, { newline: '\r\n' });
}
