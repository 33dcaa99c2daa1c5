// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AppProvider } from '../../src/renderer/src/app/context';
import { Toasts } from '../../src/renderer/src/components/Toasts';
import { PersonPanel } from '../../src/renderer/src/views/PersonPanel';
import type { PersonDetail } from '../../src/shared/api/contract/people';
import type { Explanation } from '../../src/shared/api/contract/match';
import { fakeApi } from './fakeApi';

afterEach(cleanup);

const info = () => ({ version: '0.1.0', schemaVersion: 4, engineVersion: 'match-1', workspace: 'w.sqlite', shell: 'web' as const, empty: false });

const person = (): PersonDetail => ({
  id: 7,
  name: 'Amara Okafor',
  emails: ['amara@example.com'],
  linkedin: 'https://www.linkedin.com/in/amara',
  title: 'Senior MLOps Engineer',
  company: 'Intel',
  location: 'Austin, TX',
  country: 'US',
  remotePref: 'remote',
  track: 'mlops',
  level: 'senior',
  yearsExp: 8,
  skills: ['Kubernetes', 'MLflow'],
  sources: ['alumni', 'layoff_list'],
  stage: 'new',
  availableOn: '2025-08-01',
  tags: ['boomerang'],
  updatedAt: '2026-01-01T00:00:00Z',
  phone: null,
  summary: 'Shipped the feature store to production.',
  relocate: null,
  notes: '',
  editedFields: [],
  extra: {},
  skillsDetail: [
    { skill: 'Kubernetes', known: true, raw: 'k8s', origin: 'skills_cell' },
    { skill: 'MLflow', known: true, raw: 'MLflow', origin: 'text' },
    { skill: 'Kubeflow Pipelines v9', known: false, raw: 'Kubeflow Pipelines v9', origin: 'skills_cell' },
  ],
  employments: [
    {
      id: 1, employeeId: 'E1001', team: 'ML Platform', title: 'MLOps Engineer', level: 'L5', manager: 'Dana Whitfield', hireDate: '2020-03-01', exitDate: '2025-08-01',
      exitType: 'layoff', exitReason: 'Reduction in force', regrettable: true, lastPerformance: 'Exceeds', rehire: 'eligible', rehireSource: 'derived', layoffWave: '2025-Q3 RIF',
    },
  ],
  layoffEvent: { company: 'Intel', date: '2025-08-01', laidOff: 15000, percentage: 15 },
  history: [{ batchId: 3, fileName: 'hris-terminations.csv', kind: 'alumni', outcome: 'created', at: '2026-01-02T10:00:00Z' }],
});

const part = (value: number, weight: number, points: number, note: string) => ({ value, weight, points, note });
const explanation: Explanation = {
  score: 81,
  components: {
    mustHave: part(0.83, 40, 33, '2 of 3 must-haves, 1 through an adjacent skill.'),
    niceToHave: part(1, 10, 10, '1 of 1 nice-to-have.'),
    trackFit: part(1, 10, 10, 'MLOps background, MLOps role.'),
    levelFit: part(1, 10, 10, 'Senior for a Senior role.'),
    locationFit: part(1, 6, 6, 'Remote role.'),
    availability: part(0.5, 8, 4, 'Laid off 5 months ago.'),
    boomerang: part(1, 8, 8, 'Former employee, eligible for rehire.'),
    depth: part(0, 0, 0, 'Does not apply to this role.'),
  },
  matched: [
    { skill: 'Kubernetes', raw: 'k8s', kind: 'must' },
    { skill: 'MLflow', raw: 'MLflow', kind: 'must' },
  ],
  partial: [{ skill: 'Terraform', via: 'Ansible', weight: 0.5, raw: 'ansible playbooks', kind: 'must', label: 'Ansible for Terraform' }],
  missing: ['Python'],
  missingNice: ['Ray'],
  mustTotal: 4,
  mustMatched: 2,
  nearMiss: true,
  nearMissSkill: 'Python',
  flags: ['near_miss'],
  eligibleBoomerang: true,
  engineVersion: 'match-1',
  weights: { mustHave: 40, niceToHave: 10, trackFit: 10, levelFit: 10, locationFit: 6, availability: 8, boomerang: 8, depth: 0 },
  asOf: '2026-01-10',
};

function setup() {
  let current = person();
  const api = fakeApi({
    'app.info': info,
    'people.get': () => current,
    'people.update': (a: { patch: Partial<PersonDetail> }) => (current = { ...current, ...a.patch, editedFields: Object.keys(a.patch) }),
    'match.explain': (a: { roleId: number }) => ({ explanation: a.roleId === 2 ? { ...explanation, score: 64 } : explanation, stored: { score: 78, rank: 3, engineVersion: 'match-1', computedAt: '2026-01-09T08:00:00Z' } }),
    'match.forPerson': () => [
      { roleId: 1, reqId: 'REQ-102', title: 'MLOps Engineer', track: 'mlops', level: 'senior', score: 81, rank: 3, explanation },
      { roleId: 2, reqId: 'REQ-101', title: 'Senior Platform Engineer', track: 'platform', level: 'senior', score: 64, rank: 9, explanation },
    ],
  });
  render(
    <AppProvider api={api}>
      <PersonPanel id={7} roleId={1} roleTitle="MLOps Engineer" onClose={() => {}} />
      <Toasts />
    </AppProvider>,
  );
  return api;
}

describe('the person panel', () => {
  it('shows the person from every source: facts, skills with where they came from, and their time with us', async () => {
    setup();
    await screen.findByRole('heading', { name: 'Amara Okafor' });
    const panel = screen.getByRole('complementary', { name: 'Person details' });
    expect(panel.textContent).toContain('Senior MLOps Engineer · Intel — Austin, TX');
    expect(within(panel).getByText('Alumnus')).toBeTruthy();
    expect(within(panel).getByText('Laid-off list')).toBeTruthy();
    const skills = within(panel).getAllByRole('listitem').filter((li) => li.closest('.skill-evidence')).map((li) => li.textContent);
    expect(skills).toEqual(['Kubernetes from “k8s” in the skills column', 'MLflow in the résumé or summary', 'Kubeflow Pipelines v9 in the skills column · not in the taxonomy']);
    expect(panel.textContent).toContain('Intel — cut 15,000 (15%), Aug 1, 2025');
    const stint = panel.querySelector('.history.employment li')!.textContent!;
    expect(stint).toContain('MLOps Engineer, ML Platform (L5)');
    expect(stint).toContain('Layoff — “Reduction in force” · wave 2025-Q3 RIF');
    expect(stint).toContain('Eligible (derived)');
    expect(stint).toContain('derived from the exit reason');
    expect(panel.textContent).toContain('hris-terminations.csv (alumni) — created');
  });

  it('explains the score: each part with value, weight and points, each skill with its evidence', async () => {
    setup();
    const ex = await screen.findByRole('region', { name: 'Score explanation' });
    const rows = within(ex).getAllByRole('row').slice(1).map((r) => Array.from(r.children).map((c) => c.textContent?.trim()));
    expect(rows[0]).toEqual(['Must-have skills2 of 3 must-haves, 1 through an adjacent skill.', '83%', '40', '33']);
    expect(rows[5]).toEqual(['AvailabilityLaid off 5 months ago.', '50%', '8', '4']);
    expect(rows[7]).toEqual(['DepthDoes not apply to this role.', '0%', 'n/a', '0']);
    expect(rows.at(-1)).toEqual(['Score', '', '', '81']);
    expect(ex.textContent).toContain('the weights of the parts that apply are scaled to add up to 100');
    expect(ex.textContent).toContain('Near miss: Python');
    expect(ex.textContent).toContain('Must-haves: 2 of 4');
    const evidence = Array.from(ex.querySelectorAll('.evidence li')).map((li) => li.textContent);
    expect(evidence).toEqual([
      '✓ Kubernetesmust-have · from “k8s”',
      '✓ MLflowmust-have · from “MLflow”',
      '≈ Ansible for Terraformmust-have · 50% credit · from “ansible playbooks”',
      '✗ Pythonmust-have · no evidence',
      'Raynice-to-have · no evidence',
    ]);
    // The grid's stored score is older than today's: say so.
    expect(ex.textContent).toContain('The grid shows 78');
  });

  it('switches the explanation to another of the person’s best roles', async () => {
    const api = setup();
    await screen.findByRole('region', { name: 'Score explanation' });
    fireEvent.click(await screen.findByRole('button', { name: /Senior Platform Engineer/ }));
    await waitFor(() => expect(api.calls.filter((c) => c.method === 'match.explain').at(-1)?.args).toEqual({ roleId: 2, personId: 7 }));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Score explanation' }).textContent).toContain('Fit for Senior Platform Engineer'));
  });

  it('keeps edits to stage, tags and notes', async () => {
    const api = setup();
    await screen.findByRole('heading', { name: 'Amara Okafor' });
    fireEvent.change(screen.getByLabelText('Stage'), { target: { value: 'contacted' } });
    await screen.findByText('Stage saved.');
    const add = screen.getByLabelText('Add a tag');
    fireEvent.change(add, { target: { value: 'platform-pool' } });
    fireEvent.keyDown(add, { key: 'Enter' });
    await waitFor(() => expect(screen.getByText('platform-pool')).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Remove tag boomerang' }));
    await waitFor(() => expect(screen.queryByText('boomerang')).toBeNull());
    const notes = screen.getByLabelText('Notes');
    fireEvent.change(notes, { target: { value: 'Call back in March.' } });
    fireEvent.blur(notes);
    await screen.findByText('Note saved.');
    expect(api.calls.filter((c) => c.method === 'people.update').map((c) => c.args)).toEqual([
      { id: 7, patch: { stage: 'contacted' } },
      { id: 7, patch: { tags: ['boomerang', 'platform-pool'] } },
      { id: 7, patch: { tags: ['platform-pool'] } },
      { id: 7, patch: { notes: 'Call back in March.' } },
    ]);
  });
});
