import { AI_PEOPLE, MLOPS_PEOPLE } from './people-ai';
import { CLOUD_PEOPLE } from './people-cloud';
import { PLATFORM_PEOPLE, SRE_PEOPLE } from './people-infra';
import { DATA_PEOPLE, FULLSTACK_PEOPLE } from './people-app';
import { OTHER_PEOPLE } from './people-other';
import { ROLES } from './roles';
import type { EvalPerson, EvalRole, Grade } from './types';

// The labelled evaluation set: 14 roles, 160 people, and a graded judgement for every
// (role, person) pair. Written by hand, with reasons, before the engine was tuned or run on it.
// A hiring manager's view: 3 would interview first, 2 good, 1 a stretch, 0 not relevant.
// A pair a person's entry does not list is a 0: outside the role's track and must-haves.

export const PEOPLE: EvalPerson[] = [...AI_PEOPLE, ...MLOPS_PEOPLE, ...PLATFORM_PEOPLE, ...SRE_PEOPLE, ...CLOUD_PEOPLE, ...FULLSTACK_PEOPLE, ...DATA_PEOPLE, ...OTHER_PEOPLE];
export { ROLES };
export type { EvalPerson, EvalRole, Grade };

/** The date availability is measured against, so the evaluation never drifts. */
export const AS_OF = '2026-06-30';

export interface Judgement {
  grade: Grade;
  reason: string;
}

/** The judgement of every (role, person) pair. */
export function judgements(): Map<string, Map<string, Judgement>> {
  const out = new Map<string, Map<string, Judgement>>();
  for (const r of ROLES) {
    const m = new Map<string, Judgement>();
    for (const p of PEOPLE) {
      const g = p.grades[r.reqId];
      m.set(p.key, g ? { grade: g[0], reason: g[1] } : { grade: 0, reason: 'Not relevant: outside the role’s track and must-haves' });
    }
    out.set(r.reqId, m);
  }
  return out;
}

/** Checks the set is what it claims to be; throws with the first problem. */
export function validate(): void {
  const keys = new Set<string>();
  for (const p of PEOPLE) {
    if (keys.has(p.key)) throw new Error(`duplicate person ${p.key}`);
    keys.add(p.key);
    for (const reqId of Object.keys(p.grades)) if (!ROLES.some((r) => r.reqId === reqId)) throw new Error(`${p.key} judges unknown role ${reqId}`);
  }
  if (PEOPLE.length < 150 || ROLES.length < 12) throw new Error('the set must hold at least 150 people and 12 roles');
}
