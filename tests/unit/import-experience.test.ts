import { describe, expect, it } from 'vitest';
import { yearsFromText } from '../../src/core/import/values/experience';

describe('years of experience from a résumé', () => {
  it('reads what the résumé says of the whole career', () => {
    expect(yearsFromText('Staff machine learning engineer with 11 years of experience building ML platforms.')).toBe(11);
    expect(yearsFromText('SRE. 8+ years of professional experience; 3 years of Go experience.')).toBe(8);
    expect(yearsFromText('12+ yrs building data platforms at scale.\nEXPERIENCE\nAcme (2019-2024)')).toBe(12);
  });

  it('does not take a stint or a date for a career', () => {
    expect(yearsFromText('Senior engineer at Google (6 yrs), then Stripe.')).toBeNull();
    expect(yearsFromText('Amazon 2014–2025; led a team of 6.')).toBeNull();
    // "N years building …" counts only as the summary's opening claim.
    expect(yearsFromText('Summary.\n' + 'x'.repeat(500) + '\n9 years building things')).toBeNull();
    expect(yearsFromText('Over 99 years of experience')).toBeNull();
    // A team's years are not the person's; a stay in a city is not a career.
    expect(yearsFromText('Joined a team with 40 years of combined experience.')).toBeNull();
    expect(yearsFromText('3 years in Berlin, then back to Lagos.')).toBeNull();
  });
});
