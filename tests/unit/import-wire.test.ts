import { describe, expect, it } from 'vitest';
import { decodePeople, encodePeople, type PreparedPerson } from '../../src/core/import/prep/wire';

// Prepared rows cross threads as one string: whatever goes in must come out the same.

const plain: PreparedPerson = {
  rowNo: 1,
  raw: '["Ada","ada@example.com"]',
  issues: [],
  extra: {},
  protectedValues: {},
  skills: '[]',
  skillNames: '',
  draft: {
    cols: { full_name: 'Ada', location: null, country: null, remote_pref: null, relocate: null, title: null, company: null, company_norm: null, level: null, track: null, years_exp: null, summary: null, phone: null, available_on: null, notes: null },
    emails: [{ email: 'ada@example.com', kind: null }],
    linkedin: null,
    employeeId: null,
    tags: [],
    sources: ['ats'],
    employment: null,
    unknown: [],
  },
};

const full: PreparedPerson = {
  rowNo: 1234567,
  raw: '["Zoë \\"Z\\" Müller","","line\\nbreak"]',
  issues: [
    { column: 'Start', value: '31/02/2025', severity: 'warning', message: '"31/02/2025" is not a date; the start date was left empty (the value is kept with the row).' },
    { column: '', value: '', severity: 'info', message: 'Possibly the same person as #7.' },
    { column: 'X', value: ' ', severity: 'error', message: 'x' },
  ],
  extra: { 'Favourite colour': 'teal', '': 'empty header', 'Column 17': '0' },
  protectedValues: { Gender: 'F' },
  skills: '[["Kubernetes",1,"k8s","skills_cell",3],["Python",1,"Python","text",3],["Frobnication",0,"frobnication","skills_cell",3]]',
  skillNames: 'Kubernetes, Python, Frobnication',
  draft: {
    cols: {
      full_name: 'Zoë "Z" Müller', location: 'Berlin, DE', country: 'DE', remote_pref: 'hybrid', relocate: 0, title: 'Staff ML Engineer', company: 'Acme, Inc.', company_norm: 'acme',
      level: 'staff', track: 'ml', years_exp: 7.25, summary: 'Built\nthings;\ttabs', phone: "'+49 30 1234", available_on: '2025-03-14', notes: '',
    },
    emails: [{ email: 'zoe@acme.example', kind: 'work' }, { email: 'z@home.example', kind: 'personal' }, { email: 'z@other.example', kind: null }],
    linkedin: 'https://www.linkedin.com/in/zoe',
    employeeId: 'E-0042',
    tags: ['rehire', ''],
    sources: ['alumni'],
    employment: {
      employee_id: 'E-0042', team: 'Platform', title: 'Staff ML Engineer', level: 'staff', manager: null, hire_date: '2019-02-01', exit_date: '2025-03-14', exit_type: 'layoff',
      exit_reason: 'Reduction in force', regrettable: 1, last_performance: null, rehire: 'eligible', rehire_source: 'derived', layoff_wave: null,
    },
    unknown: ['Frobnication'],
  },
};

describe('prepared rows on the wire', () => {
  it('gives back every field, null and empty kept apart where the draft keeps them apart', () => {
    const many = [plain, full, { ...plain, rowNo: 3 }];
    const back = decodePeople(encodePeople(many));
    // notes '' is not a value a draft holds (it would be null): it comes back null, as the writer stores it.
    expect(back).toEqual([plain, { ...full, draft: { ...full.draft, cols: { ...full.draft.cols, notes: null } } }, { ...plain, rowNo: 3 }]);
  });

  it('carries counts past nine and an empty batch', () => {
    const extra = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`Column ${i}`, `v${i}`]));
    const tags = Array.from({ length: 70 }, (_, i) => `tag ${i}`);
    const row: PreparedPerson = { ...plain, extra, draft: { ...plain.draft, tags } };
    expect(decodePeople(encodePeople([row]))).toEqual([row]);
    expect(decodePeople(encodePeople([]))).toEqual([]);
  });

  it('carries a count too big for one character (a row of 70,000 extra cells) and the rows after it', () => {
    const extra = Object.fromEntries(Array.from({ length: 70000 }, (_, i) => [`Column ${i}`, `v${i}`]));
    const rows = [{ ...plain, extra }, { ...plain, rowNo: 2 }];
    expect(decodePeople(encodePeople(rows))).toEqual(rows);
  });

  it('refuses a batch it cannot read rather than misreading it', () => {
    expect(() => decodePeople('x\0y')).toThrow('could not be read');
  });
});
