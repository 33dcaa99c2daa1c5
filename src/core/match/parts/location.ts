import type { RemotePolicy } from '../../../shared/domain';
import type { MatchFlag } from '../../../shared/api/contract/match';
import { readPlace } from '../facts';
import type { PartResult } from '../types';

export interface PersonPlace {
  location: string | null;
  country: string | null;
  remotePref: RemotePolicy | null;
  relocate: boolean | null;
}
export interface RolePlace {
  location: string | null;
  remotePolicy: RemotePolicy | null;
}

// Location, remote and relocation fit, as a recruiter would rank them.
export const LOC = {
  sameCity: 1,
  remoteOtherCountry: 0.6,
  remoteCountryUnknown: 0.9,
  sameCountryRelocates: 0.75,
  sameCountryMaybe: 0.5,
  sameCountryStays: 0.2,
  abroadRelocates: 0.5,
  abroadMaybe: 0.25,
  abroadStays: 0,
  personUnknown: 0.4,
  /** Cap when a person wants remote work and the role is on-site / hybrid. */
  wantsRemoteOnsite: 0.4,
  wantsRemoteHybrid: 0.6,
} as const;

const relocNote = (r: boolean | null) => (r === true ? 'willing to relocate' : r === false ? 'not willing to relocate' : 'relocation unknown');

export function locationPart(p: PersonPlace, r: RolePlace): PartResult {
  const policy = r.remotePolicy ?? (r.location && /\bremote\b/i.test(r.location) ? 'remote' : null);
  if (policy === null && !r.location) return { value: 0, note: 'The role gives no location or remote policy; location is not scored.', applicable: false };
  const pp = readPlace(p.location, p.country);
  const rp = readPlace(r.location);
  const where = p.location ?? p.country ?? 'location unknown';
  const flags: MatchFlag[] = [];
  if (policy === 'remote') {
    const allowed = rp.region ?? (rp.country ? new Set([rp.country]) : null);
    if (!allowed) return { value: LOC.sameCity, note: `Remote role; ${where}.`, applicable: true };
    if (!pp.country) return { value: LOC.remoteCountryUnknown, note: `Remote role within ${r.location}; the person's country is unknown.`, applicable: true };
    if (allowed.has(pp.country)) return { value: LOC.sameCity, note: `Remote role within ${r.location}; ${where}.`, applicable: true };
    return { value: LOC.remoteOtherCountry, note: `Remote role within ${r.location}; ${where} is outside it.`, applicable: true, flags: ['other_country'] };
  }
  let value: number;
  let note: string;
  const roleWhere = r.location ?? 'the office';
  if (!pp.city && !pp.country) {
    value = LOC.personUnknown;
    note = `${policyLabel(policy)} in ${roleWhere}; the person's location is unknown`;
  } else if (pp.city && rp.city && pp.city === rp.city && (!pp.country || !rp.country || pp.country === rp.country)) {
    value = LOC.sameCity;
    note = `${policyLabel(policy)} in ${roleWhere}; lives there`;
  } else if (pp.country && rp.country && pp.country === rp.country) {
    value = p.relocate === true ? LOC.sameCountryRelocates : p.relocate === false ? LOC.sameCountryStays : LOC.sameCountryMaybe;
    note = `${policyLabel(policy)} in ${roleWhere}; ${where}, same country, ${relocNote(p.relocate)}`;
  } else if (pp.country && rp.country) {
    value = p.relocate === true ? LOC.abroadRelocates : p.relocate === false ? LOC.abroadStays : LOC.abroadMaybe;
    note = `${policyLabel(policy)} in ${roleWhere}; ${where}, another country, ${relocNote(p.relocate)}`;
    flags.push('other_country');
  } else {
    // Only one side's country is known and the cities differ: treat as a move within reach.
    value = p.relocate === true ? LOC.sameCountryRelocates : p.relocate === false ? LOC.abroadMaybe : LOC.personUnknown;
    note = `${policyLabel(policy)} in ${roleWhere}; ${where}, ${relocNote(p.relocate)}`;
  }
  if (p.remotePref === 'remote' && policy !== null) {
    const cap = policy === 'onsite' ? LOC.wantsRemoteOnsite : LOC.wantsRemoteHybrid;
    if (value > cap) {
      value = cap;
      note += '; wants remote work';
      flags.push('wants_remote');
    }
  }
  return { value, note: `${note}.`, applicable: true, ...(flags.length ? { flags } : {}) };
}

function policyLabel(p: RemotePolicy | null): string {
  return p === 'onsite' ? 'On-site role' : p === 'hybrid' ? 'Hybrid role' : 'Role';
}

/** A key that is equal for two people whenever locationPart must be equal for them (for caching). */
export function placeKey(p: PersonPlace): string {
  return `${p.location ?? ''}\u0001${p.country ?? ''}\u0001${p.remotePref ?? ''}\u0001${p.relocate === null ? '' : p.relocate ? 1 : 0}`;
}
