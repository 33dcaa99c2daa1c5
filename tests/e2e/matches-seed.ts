/// <reference lib="dom" />
// Page functions run in the browser, so these tests see DOM types.
import path from 'node:path';
import { createCore } from '../../src/core';
import { tempDir } from '../helpers/tempCore';
import { seedPeople, type SeedPerson } from '../helpers/seed';

// A small, realistic workspace for the workbench's browser tests, written through the core
// (roles.save, match.rescore) and plain SQL for people and alumni records: no importer needed.

export const TODAY = new Date();
const iso = (monthsAgo: number) => {
  const d = new Date(Date.UTC(TODAY.getUTCFullYear(), TODAY.getUTCMonth() - monthsAgo, 10));
  return d.toISOString().slice(0, 10);
};

interface Alum {
  team: string;
  title: string;
  manager: string;
  hire: number;
  exit: number;
  exitType: 'layoff' | 'voluntary' | 'involuntary';
  reason: string;
  rehire: 'eligible' | 'review' | 'ineligible' | 'unknown';
  source: 'explicit' | 'derived';
  perf: string;
  wave?: string;
}

export const PEOPLE: (SeedPerson & { alum?: Alum; availableMonthsAgo?: number; remote?: string })[] = [
  { name: 'Amara Okafor', title: 'Senior MLOps Engineer', company: 'Intel', track: 'mlops', level: 'senior', location: 'Austin, TX', email: 'amara@example.com', skills: ['Kubernetes', 'MLflow', 'Python', 'Terraform'], sources: ['alumni'], availableMonthsAgo: 4,
    alum: { team: 'ML Platform', title: 'MLOps Engineer', manager: 'Dana Whitfield', hire: 60, exit: 4, exitType: 'layoff', reason: 'Reduction in force', rehire: 'eligible', source: 'explicit', perf: 'Exceeds', wave: '2025-Q3 RIF' } },
  { name: 'Bjørn Halvorsen', title: 'Staff Platform Engineer', company: 'Meta', track: 'platform', level: 'staff', location: 'Oslo, Norway', skills: ['Terraform', 'Go', 'Kubernetes', 'AWS'], sources: ['layoff_list'], availableMonthsAgo: 2 },
  { name: 'Chen Wei', title: 'Data Engineer', company: 'Amazon', track: 'data', level: 'mid', location: 'Seattle, WA', skills: ['Apache Spark', 'SQL', 'Python'], sources: ['ats'] },
  { name: 'Daniela Souza', title: 'ML Engineer', company: 'Bridgehire Corp', track: 'ai_ml', level: 'senior', location: 'Remote', skills: ['PyTorch', 'Python', 'LangChain'], sources: ['alumni'], availableMonthsAgo: 14,
    alum: { team: 'Search Relevance', title: 'Senior ML Engineer', manager: 'Priya Raman', hire: 70, exit: 14, exitType: 'voluntary', reason: 'Left for a startup', rehire: 'eligible', source: 'derived', perf: 'Strong' } },
  { name: 'Emeka Nwosu', title: 'Site Reliability Engineer', company: 'Google', track: 'sre', level: 'senior', location: 'London, UK', skills: ['Kubernetes', 'Prometheus', 'Go'], sources: ['layoff_list'], availableMonthsAgo: 1 },
  { name: 'Fatima Zahra', title: 'AI Engineer', company: 'Microsoft', track: 'ai_ml', level: 'mid', location: 'Toronto, Canada', skills: ['LangChain', 'Python', 'OpenAI API', 'PyTorch'], sources: ['ats'] },
  { name: 'Gustavo Lima', title: 'DevOps Engineer', company: 'Bridgehire Corp', track: 'platform', level: 'mid', location: 'Lisbon, Portugal', skills: ['Ansible', 'Docker', 'Kubernetes'], sources: ['alumni'], availableMonthsAgo: 30,
    alum: { team: 'Infrastructure', title: 'DevOps Engineer', manager: 'Dana Whitfield', hire: 80, exit: 30, exitType: 'involuntary', reason: 'Policy violation', rehire: 'ineligible', source: 'explicit', perf: 'Meets' } },
  { name: 'Hannah Schmidt', title: 'Cloud Architect', company: 'SAP', track: 'cloud_infra', level: 'principal', location: 'Berlin, Germany', skills: ['AWS', 'Terraform', 'Kubernetes', 'Go'], sources: ['layoff_list'], availableMonthsAgo: 5 },
  { name: 'Ines Moreau', title: 'Full-stack Engineer', company: 'Shopify', track: 'fullstack', level: 'senior', location: 'Paris, France', skills: ['TypeScript', 'React', 'Node.js'], sources: ['ats'] },
  { name: 'Jamal Carter', title: 'Platform Engineer', company: 'Bridgehire Corp', track: 'platform', level: 'senior', location: 'Denver, CO', skills: ['Terraform', 'Kubernetes', 'Python'], sources: ['alumni'], availableMonthsAgo: 8,
    alum: { team: 'Developer Platform', title: 'Platform Engineer', manager: 'Lee Park', hire: 50, exit: 8, exitType: 'layoff', reason: 'Position eliminated', rehire: 'eligible', source: 'explicit', perf: 'Exceeds', wave: '2025-Q2 RIF' } },
  { name: 'Kenji Tanaka', title: 'Machine Learning Engineer', company: 'Salesforce', track: 'ai_ml', level: 'staff', location: 'San Francisco, CA', skills: ['PyTorch', 'Python', 'Kubernetes', 'MLflow'], sources: ['layoff_list'], availableMonthsAgo: 3 },
  { name: 'Lucía Fernández', title: 'SRE Lead', company: 'Bridgehire Corp', track: 'sre', level: 'staff', location: 'Madrid, Spain', skills: ['Prometheus', 'Kubernetes', 'Go', 'Terraform'], sources: ['alumni'], availableMonthsAgo: 20,
    alum: { team: 'Reliability', title: 'Staff SRE', manager: 'Lee Park', hire: 90, exit: 20, exitType: 'voluntary', reason: 'Relocation', rehire: 'review', source: 'derived', perf: 'Strong' } },
];

export const ROLES = [
  { reqId: 'REQ-101', title: 'Senior Platform Engineer', track: 'platform' as const, level: 'senior' as const, team: 'Developer Platform', location: 'Denver, CO', remotePolicy: 'hybrid' as const, must: ['Kubernetes', 'Terraform', 'Go'], nice: ['AWS'] },
  { reqId: 'REQ-102', title: 'MLOps Engineer', track: 'mlops' as const, level: 'senior' as const, team: 'ML Platform', location: 'Remote', remotePolicy: 'remote' as const, must: ['Kubernetes', 'MLflow', 'Python'], nice: ['Terraform'] },
  { reqId: 'REQ-103', title: 'Applied AI Engineer', track: 'ai_ml' as const, level: 'mid' as const, team: 'Assistants', location: 'Toronto, Canada', remotePolicy: 'hybrid' as const, must: ['Python', 'LangChain', 'PyTorch'], nice: ['OpenAI API'] },
];

/** Writes the workspace to a fresh file and returns its path; scores are computed. */
export async function seedWorkbench(opts: { rescore?: boolean } = {}): Promise<string> {
  const dbPath = path.join(tempDir('bridgehire-e2e-'), 'workbench.sqlite');
  const core = createCore({ dbPath, log: () => {} });
  const ids = seedPeople(core.db, PEOPLE);
  const avail = core.db.prepare('UPDATE people SET available_on = ? WHERE id = ?');
  const emp = core.db.prepare(
    `INSERT INTO employments (person_id, employee_id, team, title, manager, hire_date, exit_date, exit_type, exit_reason, rehire, rehire_source, last_performance, layoff_wave)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  PEOPLE.forEach((p, i) => {
    const id = ids[i]!;
    if (p.availableMonthsAgo != null) avail.run(iso(p.availableMonthsAgo), id);
    const a = p.alum;
    if (a) emp.run(id, `E${1000 + i}`, a.team, a.title, a.manager, iso(a.hire), iso(a.exit), a.exitType, a.reason, a.rehire, a.source, a.perf, a.wave ?? null);
  });
  for (const r of ROLES) await core.invoke('roles.save', { ...r, openedOn: iso(2) });
  if (opts.rescore !== false) await core.invoke('match.rescore', { jobId: 'seed', full: true });
  await core.close();
  return dbPath;
}

/**
 * The text of one column's cells, top to bottom (rows sorted by their index, not DOM order). Rows
 * still loading are placeholders, and cells are drawn a frame later: wait until every cell has text.
 */
export async function column(page: import('playwright-core').Page, colId: string, opts: { allowEmpty?: boolean } = {}): Promise<string[]> {
  const read = () =>
    page.$$eval(
      '.ag-row[row-index]',
      (rows, id) => {
        const byIndex = new Map<number, string>();
        for (const r of rows) {
          const cell = r.querySelector(`[col-id="${id}"]`);
          if (cell) byIndex.set(Number(r.getAttribute('row-index')), cell.textContent?.trim() ?? '');
        }
        return { loading: document.querySelectorAll('.ag-row-loading').length > 0 || !!document.querySelector('.grid-loading'), texts: [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, t]) => t) };
      },
      colId,
    );
  const until = Date.now() + 10_000;
  for (;;) {
    const { loading, texts } = await read();
    if ((!loading && (opts.allowEmpty || texts.every((t) => t !== ''))) || Date.now() > until) return texts;
    await page.waitForTimeout(100);
  }
}

/** Waits until the view's count line says exactly this. */
export async function waitForCount(page: import('playwright-core').Page, text: string): Promise<void> {
  try {
    await page.waitForFunction((t) => document.querySelector('.view-header p.muted')?.textContent === t, text, { timeout: 15_000 });
  } catch {
    throw new Error(`The count line says "${await page.textContent('.view-header p.muted')}", not "${text}".`);
  }
}

/** Calls the running app's API as the page would (token and all), to check what was stored. */
export async function apiCall<T>(app: { origin: string; token: string }, method: string, args: unknown): Promise<T> {
  const res = await fetch(`${app.origin}/api/${method}`, { method: 'POST', headers: { authorization: `Bearer ${app.token}`, 'content-type': 'application/json', origin: app.origin }, body: JSON.stringify(args) });
  const env = (await res.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!env.ok) throw new Error(env.error?.message);
  return env.value as T;
}
