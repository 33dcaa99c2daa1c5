import { describe, expect, it } from 'vitest';
import { inferOrder, readDate } from '../../src/core/import/values/dates';
import { readLevel, readTrack } from '../../src/core/import/values/levels';
import { DEFAULT_REHIRE_RULES, readExitType, readRehire, rehireDeriver } from '../../src/core/import/values/rehire';
import { readBool, readInt, readNumber, readPercent } from '../../src/core/import/values/scalars';
import { readEmails, readLinkedin, readName, readPhone } from '../../src/core/import/values/text';

const val = <T>(r: { ok: true; value: T } | { ok: false; reason: string }) => (r.ok ? r.value : `!${r.reason}`);

describe('names', () => {
  it('turns "Last, First" around, keeps suffixes, trims', () => {
    expect(readName('  Doe,  Jane ')).toBe('Jane Doe');
    expect(readName('Jane Doe, PhD')).toBe('Jane Doe, PhD');
    expect(readName('Jane   Q.\nDoe')).toBe('Jane Q. Doe');
    expect(readName('King, Jr.')).toBe('King, Jr.');
  });
});

describe('emails', () => {
  it('normalises and validates, several per cell', () => {
    expect(val(readEmails(' Jane.Doe@Example.COM '))).toEqual(['jane.doe@example.com']);
    expect(val(readEmails('Jane <jane@x.io>; mailto:J@Y.org'))).toEqual(['jane@x.io', 'j@y.org']);
    expect(val(readEmails('jane@'))).toBe('!is not a valid email address');
    expect(val(readEmails('n/a'))).toBe('!is not an email address');
    expect(val(readEmails('a@b..com'))).toBe('!is not a valid email address');
  });
});

describe('LinkedIn', () => {
  it('normalises any spelling of a profile to https://www.linkedin.com/in/<slug>', () => {
    const want = 'https://www.linkedin.com/in/jane-doe';
    for (const raw of ['linkedin.com/in/Jane-Doe/', 'https://uk.linkedin.com/in/jane-doe?trk=abc', 'http://www.linkedin.com/in/jane-doe/#x', 'in/jane-doe', 'jane-doe', 'https://mobile.linkedin.com/in/JANE-DOE']) {
      expect(val(readLinkedin(raw))).toBe(want);
    }
    expect(val(readLinkedin('https://www.linkedin.com/company/acme'))).toBe("!is a LinkedIn address but not a person's profile");
    expect(val(readLinkedin('https://github.com/jane'))).toBe('!is not a LinkedIn profile address');
    expect(val(readLinkedin('https://www.linkedin.com/pub/jane-doe/1/2/3'))).toMatch(/old-style/);
    expect(val(readLinkedin('https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa'))).toBe('https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa');
  });

  it('finds the profile in an ATS "Links" cell that lists several addresses', () => {
    expect(val(readLinkedin('https://github.com/jane, https://www.linkedin.com/in/Jane-Doe/ https://jane.dev'))).toBe('https://www.linkedin.com/in/jane-doe');
    expect(val(readLinkedin('https://github.com/jane https://jane.dev'))).toBe('!holds no LinkedIn profile among its links');
  });

  it('keeps phones as text', () => {
    expect(val(readPhone(' +1 (512) 555-0100 '))).toBe('+1 (512) 555-0100');
    expect(val(readPhone('ask'))).toBe('!does not look like a phone number');
  });
});

describe('dates', () => {
  it('reads ISO, US, EU, named-month and Excel serial forms', () => {
    expect(val(readDate('2025-03-14', 'mdy'))).toBe('2025-03-14');
    expect(val(readDate('2025-03-14T09:30:00Z', 'mdy'))).toBe('2025-03-14');
    expect(val(readDate('3/14/2025', 'mdy'))).toBe('2025-03-14');
    expect(val(readDate('14/03/2025', 'dmy'))).toBe('2025-03-14');
    expect(val(readDate('14.03.2025', 'dmy'))).toBe('2025-03-14');
    expect(val(readDate('3/14/25', 'mdy'))).toBe('2025-03-14');
    expect(val(readDate('Mar 14, 2025', 'dmy'))).toBe('2025-03-14');
    expect(val(readDate('March 14th 2025', 'dmy'))).toBe('2025-03-14');
    expect(val(readDate('14 Mar 2025', 'mdy'))).toBe('2025-03-14');
    expect(val(readDate('14-Mar-25', 'mdy'))).toBe('2025-03-14');
    expect(val(readDate('Mar 2025', 'mdy'))).toBe('2025-03-01');
    expect(val(readDate('45730', 'mdy'))).toBe('2025-03-14');
    expect(val(readDate('1/28/2026 0:00', 'mdy'))).toBe('2026-01-28');
    expect(val(readDate('20250314', 'mdy'))).toBe('2025-03-14');
    expect(val(readDate('Friday, March 14, 2025', 'mdy'))).toBe('2025-03-14');
    expect(val(readDate('Fri 14 Mar 2025', 'mdy'))).toBe('2025-03-14');
    expect(val(readDate('20251399', 'mdy'))).toBe('!is not a valid date (there is no month 13)');
    expect(val(readDate('Sunday', 'mdy'))).toBe('!is not a date Bridgehire can read');
  });

  it('reports impossible dates', () => {
    expect(val(readDate('2025-02-30', 'mdy'))).toBe('!is not a valid date (February 2025 has no day 30)');
    expect(val(readDate('13/03/2025', 'mdy'))).toBe('!is not a valid date (there is no month 13)');
    expect(val(readDate('2025-13-01', 'mdy'))).toBe('!is not a valid date (there is no month 13)');
    expect(val(readDate('soon', 'mdy'))).toBe('!is not a date Bridgehire can read');
    expect(val(readDate('12', 'mdy'))).toBe('!is not a date Bridgehire can read');
  });

  it('infers day/month order per column', () => {
    expect(inferOrder(['03/04/2025', '25/03/2025', '01/02/2025'])).toEqual({ order: 'dmy', basis: 'values' });
    expect(inferOrder(['03/04/2025', '03/25/2025'])).toEqual({ order: 'mdy', basis: 'values' });
    expect(inferOrder(['03.04.2025', '01.02.2025'])).toEqual({ order: 'dmy', basis: 'default' });
    expect(inferOrder(['03/04/2025', ''])).toEqual({ order: 'mdy', basis: 'default' });
  });
});

describe('yes/no and numbers', () => {
  it('reads yes/no in their many spellings', () => {
    for (const y of ['Y', 'yes', 'TRUE', '1', '✓', '✔', 'x']) expect(val(readBool(y))).toBe(true);
    for (const n of ['N', 'no', 'false', '0', '✗']) expect(val(readBool(n))).toBe(false);
    expect(val(readBool('maybe'))).toBe('!is not yes or no');
  });

  it('reads numbers with either decimal convention', () => {
    expect(val(readNumber('1,7'))).toBe(1.7);
    expect(val(readNumber('200.000.000'))).toBe(200000000);
    expect(val(readNumber('1,234.5'))).toBe(1234.5);
    expect(val(readNumber('1.234,5'))).toBe(1234.5);
    expect(val(readNumber('12,500'))).toBe(12500);
    expect(val(readNumber('7 yrs'))).toBe(7);
    expect(val(readNumber('seven'))).toBe('!is not a number');
    expect(val(readInt('16000.0'))).toBe(16000);
    expect(val(readInt('2.5'))).toBe('!is not a whole number');
    expect(val(readPercent('15%'))).toBe(0.15);
    expect(val(readPercent('0.15'))).toBe(0.15);
    expect(val(readPercent('1.0'))).toBe(1);
    expect(val(readPercent('150%'))).toBe('!is not a percentage between 0 and 100');
  });
});

describe('rehire', () => {
  const derive = rehireDeriver(DEFAULT_REHIRE_RULES);
  it('derives eligibility from the exit reason, the most severe rule winning', () => {
    expect(derive('Relocation')).toBe('eligible');
    expect(derive('Voluntary resignation')).toBe('eligible');
    expect(derive('Position eliminated')).toBe('eligible');
    expect(derive('Reduction in Force (RIF)')).toBe('eligible');
    expect(derive('Layoff - Q3 restructuring')).toBe('eligible');
    expect(derive('Performance')).toBe('review');
    expect(derive('Not a fit for the role')).toBe('review');
    expect(derive('Misconduct')).toBe('ineligible');
    expect(derive('Job abandonment')).toBe('ineligible');
    expect(derive('Policy violation')).toBe('ineligible');
    expect(derive('Resigned in lieu of termination for misconduct')).toBe('ineligible');
    expect(derive('Sheriff duty')).toBe(null);
  });

  it('reads explicit eligibility cells and exit types', () => {
    expect(['Y', 'Yes', 'Eligible', '✓'].map(readRehire)).toEqual(['eligible', 'eligible', 'eligible', 'eligible']);
    expect(['N', 'No', 'Not eligible', 'Do not rehire'].map(readRehire)).toEqual(['ineligible', 'ineligible', 'ineligible', 'ineligible']);
    expect(['Review', 'Conditional', 'maybe'].map(readRehire)).toEqual(['review', 'review', 'review']);
    expect(readRehire('purple')).toBe(null);
    expect(['Involuntary', 'Voluntary', 'RIF', 'Layoff', 'Terminated'].map(readExitType)).toEqual(['involuntary', 'voluntary', 'layoff', 'layoff', 'involuntary']);
  });

  it('reads Workday\'s answers and reason paths: the most specific step of a path wins', () => {
    expect(['Yes - Eligible', 'No - Not Eligible', 'Eligible with Review', 'Not eligible pending review', 'N/A'].map(readRehire)).toEqual(['eligible', 'ineligible', 'review', 'ineligible', null]);
    expect(
      ['Terminate Employee > Involuntary > Elimination of Position', 'Terminate Employee > Voluntary > Career Advancement', 'Terminate Employee > Involuntary > Misconduct', 'Terminate Employee > Other', 'Terminate Employee', 'Downsizing'].map(readExitType),
    ).toEqual(['layoff', 'voluntary', 'involuntary', 'other', 'involuntary', 'layoff']);
    expect(['Ja', 'Nein', 'Oui', 'Non', 'Sí', 'Não'].map(readRehire)).toEqual(['eligible', 'ineligible', 'eligible', 'ineligible', 'eligible', 'ineligible']);
    expect(['Betriebsbedingte Kündigung', 'Eigenkündigung', 'Kündigung', 'Licenciement économique', 'Démission', 'Rupture conventionnelle', 'Despido objetivo', 'Baja voluntaria'].map(readExitType)).toEqual(
      ['layoff', 'voluntary', 'involuntary', 'layoff', 'voluntary', 'other', 'layoff', 'voluntary'],
    );
    const derive = rehireDeriver(DEFAULT_REHIRE_RULES);
    expect(['Betriebsbedingte Kündigung', 'Eigenkündigung', 'Fristlose Kündigung', 'Licenciement économique', 'Licenciement pour faute grave'].map(derive)).toEqual(['eligible', 'eligible', 'ineligible', 'eligible', 'ineligible']);
    expect(derive('Terminate Employee > Involuntary > Elimination of Position')).toBe('eligible');
    expect(derive('Terminate Employee > Involuntary > Misconduct')).toBe('ineligible');
  });

  it('reads levels and tracks written in their own cells', () => {
    expect(['Senior', 'Sr.', 'L5', 'Staff', 'Principal', 'Junior', 'Intern'].map(readLevel)).toEqual(['senior', 'senior', 'senior', 'staff', 'principal', 'junior', 'intern']);
    expect(['AI/ML', 'MLOps', 'Platform', 'SRE', 'Full-stack', 'Data'].map(readTrack)).toEqual(['ai_ml', 'mlops', 'platform', 'sre', 'fullstack', 'data']);
  });
});
