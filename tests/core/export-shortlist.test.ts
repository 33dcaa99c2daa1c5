import { afterEach, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { tempCore } from '../helpers/tempCore';
import { score, seedRoles, seedWorld } from '../fixtures/export/world';

const NOW = '2025-06-01T10:00:00.000Z';
let core: ReturnType<typeof tempCore>;
afterEach(async () => core?.dispose());

async function shortlist() {
  core = tempCore({ now: () => new Date(NOW), actor: 'dana' });
  seedWorld(core);
  seedRoles(core);
  await score(core);
  const d = await core.invoke('shortlists.create', { name: 'MLOps: Q3 / boomerangs', reqId: 'ML-101', top: 5 });
  await core.invoke('shortlists.updateEntry', { shortlist: d.id, personId: d.entries[0]!.personId, stage: 'screening', note: 'Call after 3pm.\nPrefers remote.' });
  return core.invoke('shortlists.get', { shortlist: d.id });
}

const parse = (content: string) => {
  expect(content.startsWith('\uFEFF')).toBe(true);
  const r = Papa.parse<Record<string, string>>(content.slice(1), { header: true, skipEmptyLines: true });
  expect(r.errors).toEqual([]);
  return r.data;
};

describe('exporting a shortlist', () => {
  it('as CSV with its explanation columns: the score then and now, its parts, matched/partial/missing, version', async () => {
    const d = await shortlist();
    const f = await core.invoke('export.shortlist', { shortlist: 'mlops: q3 / boomerangs' });
    expect(f).toMatchObject({ fileName: 'MLOps - Q3 - boomerangs 2025-06-01.csv', rows: d.entries.length, format: 'csv', kind: 'csv' });
    const rows = parse(f.content);
    expect(rows.map((r) => r.Name)).toEqual(d.entries.map((e) => (e.name.startsWith('=') ? `'${e.name}` : e.name)));
    const first = d.entries[0]!;
    const x = first.explanation!;
    expect(rows[0]).toMatchObject({
      'Shortlist position': '1',
      Stage: 'Screening',
      Note: 'Call after 3pm.\nPrefers remote.',
      'Added by': 'dana',
      'Added at (UTC)': '2025-06-01 10:00',
      'Score when added': String(first.score),
      'Score now': String(first.currentScore),
      'Must-haves (points)': String(x.components.mustHave.points),
      'Depth (points)': String(x.components.depth.points),
      'Matched skills': x.matched.map((m) => m.skill).join(', '),
      'Missing skills': x.missing.join(', '),
      'Score version': 'match-2',
      'Req ID': 'ML-101',
      'Role title': 'Senior MLOps Engineer',
      Shortlist: 'MLOps: Q3 / boomerangs',
      'Exported at (UTC)': '2025-06-01 10:00',
    });
    expect(rows[0]!.Weights).toMatch(/^Must-haves \d+ · Nice-to-haves \d+ · Track fit \d+ · Level fit \d+ · Location fit \d+ · Availability \d+ · Boomerang \d+ · Depth \d+$/);
  });

  it('in the Greenhouse and Lever import layouts, formulas neutralised', async () => {
    const d = await shortlist();
    const gh = parse((await core.invoke('export.shortlist', { shortlist: d.id, format: 'greenhouse' })).content);
    expect(Object.keys(gh[0]!)).toEqual(['First Name', 'Last Name', 'Email', 'Phone', 'Company', 'Title', 'LinkedIn', 'Address', 'Source', 'Job', 'Candidate Tags', 'Notes']);
    const amara = gh.find((r) => r['Last Name'] === 'Okafor')!;
    expect(amara).toMatchObject({ 'First Name': 'Amara', Email: 'amara@example.com', Phone: '030 1234567', Company: 'Intel', LinkedIn: 'https://www.linkedin.com/in/amara-okafor', Address: 'Berlin, Germany', Source: 'Bridgehire', Job: 'Senior MLOps Engineer (ML-101)', 'Candidate Tags': 'boomerang' });
    expect(amara.Notes).toMatch(/^Shortlisted in Bridgehire \("MLOps: Q3 \/ boomerangs" for ML-101 Senior MLOps Engineer\), stage: (New|Screening)\.\nScore [\d.]+ of 100 when added on 2025-06-01 \(match-2\)\./);
    const evil = gh.find((r) => r.Email === 'formula@example.com')!;
    expect(evil['First Name']).toBe('\'=HYPERLINK("http://evil.example/x","Click');
    expect(evil.Title).toBe("'+cmd|calc");
    expect(evil.Company).toBe("'@Corp");

    const lever = parse((await core.invoke('export.shortlist', { shortlist: d.id, format: 'lever' })).content);
    expect(Object.keys(lever[0]!)).toEqual(['Full Name', 'Email', 'Phone', 'Location', 'Current Company', 'Current Title', 'Links', 'Tags', 'Sources', 'Origin', 'Stage', 'Note']);
    const zoe = lever.find((r) => r['Full Name'] === 'Zoë Ångström-Núñez')!;
    expect(zoe).toMatchObject({ Email: 'zoe.angstrom@example.com,zoe@example.se', 'Current Company': 'Spotify', 'Current Title': 'ML Engineer, "LLM" apps', Sources: 'Bridgehire', Origin: 'Sourced' });
    expect(lever.map((r) => r.Stage)).toEqual(d.entries.map((e) => (e.stage === 'screening' ? 'Recruiter Screen' : 'New Lead')));
  });

  it('as a printable brief, and every export is in the audit log', async () => {
    const d = await shortlist();
    const b = await core.invoke('export.briefHtml', { shortlist: d.id });
    expect(b).toMatchObject({ fileName: 'MLOps - Q3 - boomerangs - brief 2025-06-01.pdf', rows: d.entries.length });
    expect(b.html).toContain('<h1>MLOps: Q3 / boomerangs</h1>');
    expect(b.html).not.toMatch(/<script/i);
    await core.invoke('export.shortlist', { shortlist: d.id, format: 'lever' });
    const log = (core.db.prepare("SELECT subject, details FROM audit_log WHERE action = 'export' ORDER BY id").all() as { subject: string; details: string }[]).map((r) => ({
      subject: r.subject,
      ...JSON.parse(r.details),
    }));
    expect(log).toEqual([
      { subject: `shortlist:${d.id}`, format: 'pdf', rows: d.entries.length, fileName: b.fileName, shortlist: d.name, actor: 'dana', shell: 'test' },
      { subject: `shortlist:${d.id}`, format: 'lever', rows: d.entries.length, fileName: 'MLOps - Q3 - boomerangs - Lever import 2025-06-01.csv', shortlist: d.name, actor: 'dana', shell: 'test' },
    ]);
  });

  it('exports the shortlist grid as shown: its columns, sort and filters', async () => {
    const d = await shortlist();
    const f = await core.invoke('export.grid', {
      grid: 'shortlist',
      shortlist: d.id,
      columns: [
        { colId: 'name', header: 'Name' },
        { colId: 'score', header: 'Score' },
        { colId: 'points.mustHave', header: 'Must-haves' },
        { colId: 'stage', header: 'Stage' },
      ],
      sort: [{ colId: 'score', sort: 'asc' }],
      filter: { score: { filterType: 'number', type: 'greaterThan', filter: 45 } },
    });
    const want = d.entries.filter((e) => e.score! > 45).sort((a, b) => a.score! - b.score!);
    expect([f.rows, want.length, d.entries.length]).toEqual([3, 3, 5]);
    expect(f.content.split('\r\n').slice(1, -1)).toEqual(want.map((e) => [e.name.startsWith('=') ? `"'${e.name.replace(/"/g, '""')}"` : e.name, e.score, e.points.mustHave, e.stage.charAt(0).toUpperCase() + e.stage.slice(1)].join(',')));
  });
});
