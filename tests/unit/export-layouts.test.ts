import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ShortlistDetail, ShortlistEntry } from '../../src/shared/api/contract/shortlists';
import type { Explanation } from '../../src/shared/api/contract/match';
import { shortlistCsv, splitName } from '../../src/core/export/shortlistLayouts';
import { briefHtml } from '../../src/core/export/brief';

const FIX = path.join(__dirname, '..', 'fixtures', 'export');
const weights = { mustHave: 40, niceToHave: 10, trackFit: 10, levelFit: 10, locationFit: 5, availability: 10, boomerang: 5, depth: 10 };
const comp = (points: number) => ({ value: 1, weight: 10, points, note: '' });

function explanation(score: number, o: Partial<Explanation> = {}): Explanation {
  return {
    score,
    components: { mustHave: comp(40), niceToHave: comp(5), trackFit: comp(10), levelFit: comp(10), locationFit: comp(4.5), availability: comp(7.5), boomerang: comp(0), depth: comp(score - 77) },
    matched: [{ skill: 'Kubernetes', raw: 'k8s', kind: 'must' }, { skill: 'Python', raw: 'python', kind: 'must' }],
    partial: [{ skill: 'Terraform', via: 'Ansible', weight: 0.5, raw: 'ansible', kind: 'nice', label: 'Ansible for Terraform' }],
    missing: [],
    missingNice: [],
    mustTotal: 2,
    mustMatched: 2,
    nearMiss: false,
    nearMissSkill: null,
    flags: [],
    eligibleBoomerang: false,
    engineVersion: 'match-1',
    weights,
    asOf: '2025-06-01',
    ...o,
  };
}

function entry(position: number, o: Partial<ShortlistEntry>, x: Explanation | null): ShortlistEntry {
  return {
    personId: position,
    position,
    name: '',
    title: null,
    company: null,
    location: null,
    emails: [],
    phone: null,
    linkedin: null,
    tags: [],
    stage: 'new',
    note: '',
    addedBy: 'me',
    addedAt: '2025-06-01T09:30:12.000Z',
    score: x?.score ?? null,
    engineVersion: x?.engineVersion ?? null,
    weights: x?.weights ?? null,
    explanation: x,
    currentScore: x?.score ?? null,
    scoreChanged: false,
    points: {},
    matched: x ? x.matched.map((m) => m.skill) : [],
    partial: x ? x.partial.map((p) => p.label) : [],
    missing: x?.missing ?? [],
    ...o,
  };
}

export const LIST: ShortlistDetail = {
  id: 3,
  name: 'MLOps — Q3 boomerangs',
  roleId: 1,
  reqId: 'ML-101',
  roleTitle: 'Senior MLOps Engineer',
  size: 3,
  createdAt: '2025-06-01T09:00:00.000Z',
  lastAddedAt: '2025-06-01T09:30:12.000Z',
  entries: [
    entry(1, { name: 'Zoë Ångström-Núñez', title: 'ML Engineer, "LLM" apps', company: 'Spotify', location: 'Malmö, Sweden', emails: ['zoe@example.se', 'zoe.angstrom@example.com'], phone: '+46 40 123 45', linkedin: 'https://www.linkedin.com/in/zoe-a', tags: ['boomerang', 'ml'], stage: 'screening', note: 'Call after 3pm.\nPrefers remote.', currentScore: 80.1, scoreChanged: true }, explanation(82.4)),
    entry(2, { name: '=HYPERLINK("http://evil.example/x","Click me")', title: '+cmd|calc', company: '@Corp', emails: ['formula@example.com'], note: '-2+3' }, explanation(77.5, { missing: ['Kubernetes'], flags: ['ineligible_rehire', 'near_miss'], matched: [{ skill: 'Python', raw: 'Python', kind: 'must' }], partial: [] })),
    entry(3, { name: 'Chen', company: 'Amazon', stage: 'rejected' }, null),
  ],
};

const CTX = { list: LIST, role: { reqId: 'ML-101', title: 'Senior MLOps Engineer' }, exportedAt: '2025-06-02T08:00:00.000Z' };

describe('shortlist files, byte for byte', () => {
  for (const format of ['csv', 'greenhouse', 'lever'] as const) {
    it(`${format}: BOM, CRLF, quoting, accents, neutralised formulas`, () => {
      const { content, rows } = shortlistCsv(format, CTX);
      expect(rows).toBe(3);
      const expected = fs.readFileSync(path.join(FIX, `shortlist-${format}.csv`));
      expect(Buffer.from(content, 'utf8').equals(expected)).toBe(true);
    });
  }

  it('never leaves a cell starting with a formula character', () => {
    for (const format of ['csv', 'greenhouse', 'lever'] as const) {
      const cells = shortlistCsv(format, CTX).content.split(/,|\r\n/);
      for (const c of cells) expect(c.replace(/^"/, '')).not.toMatch(/^[=+@\t\r]|^-(?!\d+(\.\d+)?$)/);
    }
  });
});

describe('names for an ATS', () => {
  it('splits the first word from the rest, and keeps a single name whole', () => {
    expect(splitName('Ana María López García')).toEqual({ first: 'Ana', last: 'María López García' });
    expect(splitName('  Bjørn   Halvorsen ')).toEqual({ first: 'Bjørn', last: 'Halvorsen' });
    expect(splitName('Madonna')).toEqual({ first: 'Madonna', last: '' });
  });
});

describe('the printable brief', () => {
  const role = { reqId: 'ML-101', title: 'Senior MLOps Engineer', track: 'mlops', level: 'senior', location: 'Berlin', remotePolicy: 'hybrid', openedOn: '2025-04-01', hiringManager: 'Dana Reyes', must: ['Kubernetes', 'Python'], nice: ['MLflow'] };
  const html = briefHtml(LIST, role, '2025-06-02T08:00:00.000Z');

  it('has no script, no external resource and escapes every value', () => {
    expect(html).not.toMatch(/<script|javascript:|src=|href=|@import|url\(/i);
    expect(html).toContain('=HYPERLINK(&quot;http://evil.example/x&quot;,&quot;Click me&quot;)');
    expect(html).toContain('ML Engineer, &quot;LLM&quot; apps · Spotify · Malmö, Sweden');
    expect(html).toContain("default-src 'none'");
  });

  it('shows the role, each person in order with the score then and now, and why', () => {
    const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('MLOps — Q3 boomerangs');
    expect(text).toContain('ML-101 · Senior MLOps Engineer');
    expect(text).toContain('MLOps · Senior · Berlin · hybrid · Hiring manager: Dana Reyes · Opened 2025-04-01');
    expect(text).toMatch(/1 Zoë Ångström-Núñez .* 82\.4 now 80\.1 Kubernetes Python Ansible for Terraform Screening Call after 3pm\. Prefers remote\./);
    expect(text).toMatch(/2 =HYPERLINK.* Not eligible for rehire 77\.5 Python Kubernetes New -2\+3/);
    expect(text).toMatch(/3 Chen Amazon — Rejected/);
    expect(text).toContain('3 people on the list · Exported 2025-06-02 08:00 UTC · Score version match-1');
  });
});
