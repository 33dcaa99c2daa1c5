import { describe, expect, it } from 'vitest';
import { normalizeCompany, sameCompany } from '../../src/core/layoffs/company';
import { layoffSummary, pickEvent } from '../../src/core/layoffs/link';

describe('company names', () => {
  it.each([
    ['Amazon.com, Inc.', 'amazon'],
    ['amazon', 'amazon'],
    ['Amazon', 'amazon'],
    ['Amazon Web Services', 'amazon'],
    ['Meta Platforms, Inc.', 'meta'],
    ['Meta', 'meta'],
    ['Facebook', 'meta'],
    ['Alphabet Inc.', 'google'],
    ['Google LLC', 'google'],
    ['Intel Corporation', 'intel'],
    ['Microsoft Corp.', 'microsoft'],
    ['Nestlé S.A.', 'nestle'],
    ['Siemens AG', 'siemens'],
    ['SAP SE', 'sap'],
    ['Zalando GmbH', 'zalando'],
    ['Spotify Technology S.A.', 'spotify'],
    ['Accenture plc', 'accenture'],
    ['BlackBerry Limited', 'blackberry'],
    ['Lyft, Inc', 'lyft'],
    ['Wells Fargo & Co.', 'wells fargo'],
    ['Procter & Gamble Co.', 'procter and gamble'],
    ['AT&T Inc.', 'at and t'],
    ['The Walt Disney Company', 'walt disney'],
    ['Salesforce.com', 'salesforce'],
    ['Booking Holdings Inc.', 'booking'],
    ['Booking.com', 'booking'],
    ['Zillow Group', 'zillow'],
    ['Micron Technology, Inc.', 'micron'],
    ['Dell Technologies', 'dell'],
    ['X Corp.', 'twitter'],
    ['Twitter (now X)', 'twitter'],
    ['Block, Inc.', 'block'],
    ['Square', 'block'],
    ['Hewlett-Packard Enterprise', 'hpe'],
    ['HP Inc.', 'hp'],
    ['Koninklijke Philips N.V.', 'koninklijke philips'],
    ['Palo Alto Networks', 'palo alto networks'],
    ['Scale AI', 'scale ai'],
    ['  Stripe  ', 'stripe'],
    ['', ''],
  ])('%j → %j', (name, norm) => {
    expect(normalizeCompany(name)).toBe(norm);
  });

  it('keeps a name that is only a legal form rather than erase it', () => {
    expect(normalizeCompany('Inc.')).toBe('inc');
  });

  it('compares names', () => {
    expect(sameCompany('Meta Platforms', 'Facebook, Inc.')).toBe(true);
    expect(sameCompany('Google', 'Alphabet')).toBe(true);
    expect(sameCompany('Intel', 'IntelyCare')).toBe(false);
    expect(sameCompany('', '')).toBe(false);
  });
});

describe('choosing the layoff event of a departure', () => {
  const events = [
    { id: 1, date: '2023-01-20' },
    { id: 2, date: '2024-01-10' },
    { id: 3, date: '2024-08-01' },
    { id: 4, date: '2025-04-23' },
  ];
  it.each([
    ['2024-08-15', 3], // two weeks after the announcement
    ['2024-11-20', 3], // 111 days after: still that wave
    ['2024-07-25', 3], // a week before the tracker dated it
    ['2024-06-01', 2], // nothing in the window: the latest one before
    ['2025-05-01', 4],
    ['2022-01-01', null], // left before any layoff
  ] as const)('left on %s → event %s', (date, id) => {
    expect(pickEvent(events, date)?.id ?? null).toBe(id);
  });

  it('takes the latest event when the day is not known', () => {
    expect(pickEvent(events)?.id).toBe(4);
    expect(pickEvent(events, 'soon')?.id).toBe(4);
    expect(pickEvent([], '2024-01-01')).toBeNull();
  });
});

describe('layoff summaries', () => {
  it('says who cut how many, when', () => {
    expect(layoffSummary({ company: 'Intel', laidOff: 15000, percentage: null, date: '2025-08-01' })).toBe('Intel — cut 15,000, Aug 2025');
    expect(layoffSummary({ company: 'Intel', laidOff: 15000, percentage: 0.15, date: '2024-08-01' })).toBe('Intel — cut 15,000 (15%), Aug 2024');
    expect(layoffSummary({ company: 'Pinterest', laidOff: null, percentage: 0.15, date: '2026-01-27' })).toBe('Pinterest — cut 15%, Jan 2026');
    expect(layoffSummary({ company: 'Acme', laidOff: null, percentage: 12.5, date: null })).toBe('Acme — cut 12.5%');
    expect(layoffSummary({ company: 'Acme', date: '2023-03-09' })).toBe('Acme — layoffs, Mar 2023');
  });
});
