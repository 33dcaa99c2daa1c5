import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createCore } from '../../src/core';
import { tempDir } from '../helpers/tempCore';
import { score, seedRoles, seedWorld } from '../fixtures/export/world';
import { briefHtml } from '../../src/core/export/brief';
import type { ShortlistDetail } from '../../src/shared/api/contract/shortlists';
import { launchBrowser, openApp, screenshot, SCREENSHOTS, startWeb, type WebApp } from './harness';

const SKILLS = ['Kubernetes', 'Python', 'Terraform', 'Go', 'MLflow', 'PyTorch', 'LangChain', 'AWS', 'Docker', 'Ray'];
const WORST = {
  id: 9, name: 'Platform & MLOps — Q3 boomerangs, EMEA and North America (final round)', roleId: null, reqId: null, roleTitle: null, size: 30, createdAt: '', lastAddedAt: '',
  entries: [{
    personId: 1, position: 1, name: 'Maximiliana Ångström-Núñez de la Vega y Castillo', title: 'Principal Machine Learning Platform Engineer', company: 'International Business Machines',
    location: 'San Francisco Bay Area, California', emails: [], phone: null, linkedin: null, tags: [], stage: 'interviewing', note: 'Led the migration to Kubeflow; call after the offsite, prefers hybrid. '.repeat(4),
    addedBy: 'dana', addedAt: '2025-06-01T10:00:00Z', score: 88.8, engineVersion: 'match-1', weights: null, currentScore: 80.1, scoreChanged: true, points: {},
    matched: SKILLS, partial: ['Ansible for Terraform', 'TensorFlow for PyTorch', 'Nomad for Kubernetes'], missing: ['Rust', 'Scala', 'CUDA', 'Triton', 'vLLM'], explanation: null,
  }],
} as ShortlistDetail;

let app: WebApp;
let browser: Browser;
let dbPath: string;
const dir = tempDir();

beforeAll(async () => {
  dbPath = path.join(dir, 'e2e-shortlist.sqlite');
  const core = createCore({ dbPath, log: () => {} });
  seedWorld(core);
  seedRoles(core);
  await score(core);
  await core.close();
  app = await startWeb(dbPath);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const names = (page: Page) =>
  page.$$eval('.sl-pane .ag-row[row-index]', (rows) =>
    rows
      .filter((r) => r.querySelector('[col-id="name"] .sl-name'))
      .sort((a, b) => Number(a.getAttribute('row-index')) - Number(b.getAttribute('row-index')))
      .map((r) => r.querySelector('[col-id="name"] .sl-name')?.textContent?.trim()),
  );

async function download(page: Page, item: string): Promise<{ name: string; bytes: Buffer }> {
  await page.click('.sl-pane .export-menu > button');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(`.export-menu-list button:has-text("${item}")`)]);
  const file = path.join(dir, dl.suggestedFilename());
  await dl.saveAs(file);
  return { name: dl.suggestedFilename(), bytes: fs.readFileSync(file) };
}

describe('building a shortlist from the match grid and exporting it, in a real browser', () => {
  it('adds the chosen matches to a new shortlist, re-orders it and downloads CSV and ATS files', async () => {
    const { page, errors } = await openApp(browser, app);
    await page.click('a[href="#/matches"]');
    await page.selectOption('select[aria-label="Role"]', '1');
    await page.waitForSelector('.view-header .muted:has-text("for Senior MLOps Engineer")');
    await page.waitForSelector('.ag-row[row-index="2"] [col-id="name"]');
    // Choose the top three matches of ML-101.
    for (const i of [0, 1, 2]) await page.click(`.ag-row[row-index="${i}"] input.ag-checkbox-input`);
    await page.click('button[aria-label="Add to shortlist"]');
    await page.fill('input[aria-label="New shortlist name"]', 'MLOps — Q3 boomerangs');
    await screenshot(page, 'shortlist-add-from-matches');
    await page.click('button:has-text("Create and add 3")');
    await page.waitForSelector('.toast-success');

    await page.click('a[href="#/shortlists"]');
    await page.waitForSelector('.sl-pane .ag-row');
    expect(await names(page)).toEqual(['Amara Okafor', 'Zoë Ångström-Núñez', '=HYPERLINK("http://evil.example/x","Click me")']);
    await expect(page.textContent('.sl-pane-header p')).resolves.toMatch(/ML-101 · Senior MLOps Engineer · 3 people/);

    await page.click('button[aria-label="Move Amara Okafor down"]');
    await page.waitForSelector('.sl-pane .ag-row[row-index="0"] .sl-name:text-is("Zoë Ångström-Núñez")');
    expect(await names(page)).toEqual(['Zoë Ångström-Núñez', 'Amara Okafor', '=HYPERLINK("http://evil.example/x","Click me")']);

    // A stage from the list's own select, a note from the grid's large-text editor; both kept.
    await page.selectOption('select[aria-label="Stage of Zoë Ångström-Núñez"]', 'screening');
    await page.dblclick('.sl-pane .ag-row[row-index="1"] [col-id="note"]');
    await page.fill('.ag-large-text textarea', 'Call after 3pm; prefers remote.');
    await page.click('.sl-pane-header h2');
    await page.waitForSelector('.sl-pane .ag-row[row-index="1"] [col-id="note"]:has-text("Call after 3pm")');
    const saved = async () =>
      (
        (await (await fetch(`${app.origin}/api/shortlists.get`, { method: 'POST', headers: { authorization: `Bearer ${app.token}`, 'content-type': 'application/json' }, body: JSON.stringify({ shortlist: 1 }) })).json()) as {
          value: { entries: { name: string; stage: string; note: string }[] };
        }
      ).value.entries.map((e) => [e.name, e.stage, e.note]);
    await expect.poll(saved).toEqual([
      ['Zoë Ångström-Núñez', 'screening', ''],
      ['Amara Okafor', 'new', 'Call after 3pm; prefers remote.'],
      ['=HYPERLINK("http://evil.example/x","Click me")', 'new', ''],
    ]);
    await page.click('.sl-pane .export-menu > button');
    await screenshot(page, 'shortlist-view-light');
    await page.keyboard.press('Escape');

    const csv = await download(page, 'CSV with explanations');
    expect(csv.name).toMatch(/^MLOps — Q3 boomerangs \d{4}-\d{2}-\d{2}\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toMatch(/^Shortlist position,Name,Email,Phone,LinkedIn,Title,Company,Location,Stage,Note,Added by,Added at \(UTC\),Score when added,Score now,/);
    expect(lines[1]).toMatch(/^1,Zoë Ångström-Núñez,"zoe.angstrom@example.com, zoe@example.se",,,"ML Engineer, ""LLM"" apps",Spotify,"Malmö, Sweden",Screening,,/);
    expect(lines[2]).toMatch(/^2,Amara Okafor,amara@example.com,030 1234567,https:\/\/www.linkedin.com\/in\/amara-okafor,Senior MLOps Engineer,Intel,"Berlin, Germany",New,Call after 3pm; prefers remote\.,/);
    expect(lines[3]).toMatch(/^3,"'=HYPERLINK\(""http:\/\/evil.example\/x"",""Click me""\)",formula@example.com,/);

    const gh = await download(page, 'Greenhouse import');
    expect(gh.bytes.toString('utf8').split('\r\n')[0]).toBe('\uFEFFFirst Name,Last Name,Email,Phone,Company,Title,LinkedIn,Address,Source,Job,Candidate Tags,Notes');
    const lever = await download(page, 'Lever import');
    expect(lever.name).toMatch(/Lever import/);

    const db = new Database(dbPath, { readonly: true });
    const audit = db.prepare("SELECT json_extract(details, '$.format') AS format, json_extract(details, '$.shell') AS shell FROM audit_log WHERE action = 'export' ORDER BY id").all();
    db.close();
    expect(audit).toEqual([
      { format: 'csv', shell: 'web' },
      { format: 'greenhouse', shell: 'web' },
      { format: 'lever', shell: 'web' },
    ]);
    expect(errors).toEqual([]);
  });

  it('prints the one-page brief through a sandboxed frame with no script, and shows well in dark mode', async () => {
    const { page, errors } = await openApp(browser, app, { colorScheme: 'dark' });
    await page.goto(`${app.origin}/#/shortlists`);
    await page.waitForSelector('.sl-pane .ag-row');
    await screenshot(page, 'shortlist-view-dark');

    // Drag the third row to the top with AG Grid's managed row dragging: the new order is stored.
    const handle = (await page.$('.sl-pane .ag-row[row-index="2"] .ag-drag-handle'))!;
    const top = (await page.$('.sl-pane .ag-row[row-index="0"] [col-id="name"]'))!;
    const from = (await handle.boundingBox())!;
    const to = (await top.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + 5, from.y - 10, { steps: 5 });
    await page.mouse.move(to.x + 20, to.y + 4, { steps: 15 });
    await page.mouse.up();
    await page.waitForSelector('.sl-pane .ag-row[row-index="0"] .sl-name:has-text("HYPERLINK")');
    await expect
      .poll(async () => {
        const r = await fetch(`${app.origin}/api/shortlists.get`, { method: 'POST', headers: { authorization: `Bearer ${app.token}`, 'content-type': 'application/json' }, body: JSON.stringify({ shortlist: 1 }) });
        return ((await r.json()) as { value: { entries: { name: string; position: number }[] } }).value.entries.map((e) => `${e.position} ${e.name}`);
      })
      .toEqual(['1 =HYPERLINK("http://evil.example/x","Click me")', '2 Zoë Ångström-Núñez', '3 Amara Okafor']);
    await page.click('.sl-pane .export-menu > button');
    await page.click('.export-menu-list button:has-text("One-page brief")');
    const frame = await page.waitForSelector('iframe.print-frame', { state: 'attached' });
    expect(await frame.getAttribute('sandbox')).toBe('allow-same-origin allow-modals');
    const inner = await (await frame.contentFrame())!.content();
    expect(inner).toContain('<h1>MLOps — Q3 boomerangs</h1>');
    expect(inner).not.toMatch(/<script/i);
    await page.waitForSelector('.toast-info');

    // The brief itself, as the PDF pipeline renders it: one A4 page.
    const res = await fetch(`${app.origin}/api/export.briefHtml`, { method: 'POST', headers: { authorization: `Bearer ${app.token}`, 'content-type': 'application/json' }, body: JSON.stringify({ shortlist: 1 }) });
    const brief = ((await res.json()) as { value: { html: string } }).value.html;
    const printed = await browser.newPage();
    await printed.setContent(brief);
    await printed.emulateMedia({ media: 'print' });
    const pdf = await printed.pdf({ format: 'A4', printBackground: true });
    fs.writeFileSync(path.join(SCREENSHOTS, 'shortlist-brief.pdf'), pdf);
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    await printed.setViewportSize({ width: 800, height: 1130 });
    await screenshot(printed, 'shortlist-brief');

    // The worst case still fits one page: 30 people with long names, titles, notes and many skills.
    const long = { ...WORST, entries: Array.from({ length: 30 }, (_, i) => ({ ...WORST.entries[0]!, personId: i + 1, position: i + 1 })) };
    await printed.setContent(briefHtml(long, null, '2025-06-02T08:00:00.000Z'));
    const worst = await printed.pdf({ format: 'A4', printBackground: true });
    fs.writeFileSync(path.join(SCREENSHOTS, 'shortlist-brief-worst.pdf'), worst);
    expect(worst.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    await printed.close();
    expect(errors).toEqual([]);
  });

  it('creates a shortlist from the top matches in the Shortlists view, renames it and deletes it', async () => {
    const { page, errors } = await openApp(browser, app);
    await page.click('a[href="#/shortlists"]');
    await page.click('button:has-text("New shortlist")');
    await page.fill('form[aria-label="New shortlist"] input[aria-label="Shortlist name"]', 'Platform bench');
    await page.selectOption('form[aria-label="New shortlist"] select[aria-label="Role"]', { label: 'Staff Platform Engineer (PLT-7)' });
    await page.fill('input[aria-label="How many top matches"]', '2');
    await screenshot(page, 'shortlist-new-form');
    await page.click('form[aria-label="New shortlist"] button[type="submit"]');
    await page.waitForSelector('.sl-pane h2:text-is("Platform bench")');
    expect(await names(page)).toEqual(['Bjørn Halvorsen', 'Amara Okafor']);
    await expect(page.textContent('.sl-lists')).resolves.toContain('PLT-7 · Staff Platform Engineer');

    await page.click('.sl-pane-header button:has-text("Rename")');
    await page.fill('.sl-rename input', 'Platform bench (final)');
    await page.click('.sl-rename button:has-text("Save")');
    await page.waitForSelector('.sl-pane h2:text-is("Platform bench (final)")');

    await page.click('.sl-pane-header button.danger:has-text("Delete")');
    await page.click('.sl-confirm button:has-text("Delete")');
    await page.waitForSelector('.toast-success:has-text("Deleted")');
    await page.waitForSelector('.sl-pane h2:text-is("MLOps — Q3 boomerangs")');
    await expect(page.$$eval('.sl-lists li', (li) => li.length)).resolves.toBe(1);
    expect(errors).toEqual([]);
  });
});
