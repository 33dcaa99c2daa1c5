import type { ImportKind } from '../../../shared/domain';
import { Rng } from './rng';
import { alumniCsv, makeAlumni } from './alumni';
import { atsCsv, makeApplicants } from './ats';
import { planTeams, planWaves } from './company';
import { IdentityFactory } from './identity';
import { layoffEvents, layoffsCsv } from './layoffs';
import type { Mess } from './messes';
import { makeRoles, rolesCsv } from './roles';
import { listCsv, makeListEntries } from './talentList';

// The demo workspace as spreadsheet files: a pure function of (seed, today, scale), so the same
// inputs give byte-identical files. The demo job feeds them to the importer like any user file.

export interface DemoOptions {
  seed: number;
  /** YYYY-MM-DD: the day the demo is made; every date in it is on or before this day. */
  today: string;
  /** 1 for the full demo (~5,000 alumni, ~20,000 candidates); smaller for quick tests. */
  scale?: number;
}

export interface DemoFile {
  /** What the Imports view shows as the file name. */
  name: string;
  kind: ImportKind;
  /** For candidate files: where the people came from. */
  source?: 'layoff_list' | 'ats';
  text: string;
  rows: number;
}

export interface DemoData {
  /** In import order: layoffs, roles, alumni, laid-off list, ATS export. */
  files: DemoFile[];
  messes: Mess[];
  /** What the generator meant, for tests and the job's report. */
  plan: { alumni: number; listRows: number; atsRows: number; roles: number; layoffEvents: number; alumniOnList: number; alumniInAts: number; listInAts: number };
}

export const FULL = { alumni: 5000, list: 12000, ats: 8600 } as const;

export function generateDemo(opts: DemoOptions): DemoData {
  const { seed, today } = opts;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`today must be YYYY-MM-DD, not ${today}`);
  const scale = opts.scale ?? 1;
  const people = new IdentityFactory(new Rng(seed, 'people'));
  const messes: Mess[] = [];

  const nAlumni = Math.max(40, Math.round(FULL.alumni * scale));
  const waves = planWaves(today, nAlumni);
  const teams = planTeams(people, new Rng(seed, 'teams'));
  const roles = makeRoles(teams, new Rng(seed, 'roles'), today);
  const alumni = makeAlumni(nAlumni, waves, teams, people, new Rng(seed, 'alumni'), today);
  const events = layoffEvents(waves, today);
  const list = makeListEntries(Math.max(40, Math.round(FULL.list * scale)), events, alumni, people, new Rng(seed, 'list'), today);
  const applicants = makeApplicants(Math.max(40, Math.round(FULL.ats * scale)), list, alumni, roles, people, new Rng(seed, 'ats'));

  const stamp = today.replace(/-/g, '');
  const files: DemoFile[] = [
    { name: `layoffs_tracker_${stamp}.csv`, kind: 'layoffs', text: layoffsCsv(events, today), rows: events.length },
    { name: `northwind_open_requisitions_${stamp}.csv`, kind: 'roles', text: rolesCsv(roles), rows: roles.length },
    { name: `northwind_hris_terminations_${stamp}.csv`, kind: 'alumni', text: alumniCsv(alumni, new Rng(seed, 'alumni.csv'), messes), rows: alumni.length },
    { name: 'laid_off_tech_talent_directory.csv', kind: 'candidates', source: 'layoff_list', text: listCsv(list, new Rng(seed, 'list.csv'), messes, today), rows: list.length },
    { name: `greenhouse_candidates_export_${stamp}.csv`, kind: 'candidates', source: 'ats', text: atsCsv(applicants, new Rng(seed, 'ats.csv'), messes), rows: applicants.length },
  ];
  return {
    files,
    messes,
    plan: {
      alumni: alumni.length,
      listRows: list.length,
      atsRows: applicants.length,
      roles: roles.length,
      layoffEvents: events.length,
      alumniOnList: list.filter((e) => e.alumnus).length,
      alumniInAts: applicants.filter((a) => a.from === 'alumni').length,
      listInAts: applicants.filter((a) => a.from === 'list').length,
    },
  };
}
