import { describe, expect, it } from 'vitest';
import { summaryFromText, summaryOf } from '../../src/core/shortlists/summaries';
import { scorePair } from '../../src/core/match/score';
import type { Explanation } from '../../src/shared/api/contract/match';
import { person, role, skills, testGraph } from '../helpers/matchGraph';

// An export reads an entry's points, skills and flags out of the stored text without parsing the
// notes; it must read exactly what parsing the whole explanation gives, and parse whole otherwise.

const asOf = '2026-06-30';
const platform = role({ id: 1, track: 'platform', level: 'senior', location: 'London, UK', must: skills('Terraform', 'Kubernetes', 'Go'), nice: skills('Prometheus') });

function engineExplanations(): Explanation[] {
  return [
    person({ id: 1, track: 'platform', level: 'senior', skills: skills('tf', 'k8s', 'Go', 'Prometheus'), summary: 'Owned production on-call.' }),
    person({ id: 2, track: 'sre', skills: skills('Ansible', 'Docker'), alumni: { rehire: 'ineligible', hireDate: '2019-01-01', exitDate: '2024-01-01', exitType: 'layoff', lastPerformance: null, regrettable: null } }),
    person({ id: 3, title: 'DevOps Engineer', skills: [] }),
  ].map((p) => scorePair(p, platform, testGraph, asOf));
}

const fromText = (x: unknown) => summaryFromText(JSON.stringify(x));

describe('an entry summary read from the stored text', () => {
  it('is what parsing the whole explanation gives, for the engine\'s explanations', () => {
    const xs = engineExplanations();
    expect(xs.some((x) => x.flags.length > 0 && x.partial.length > 0)).toBe(true);
    for (const x of xs) expect(fromText(x)).toEqual(summaryOf(x));
    expect(fromText(xs[1])).toMatchObject({ partial: ['Ansible for Terraform', 'Docker for Kubernetes'], flags: ['ineligible_rehire'] });
  });

  it('is not fooled by notes and skill names that look like the keys it cuts at', () => {
    const x = engineExplanations()[0]!;
    const tricky: Explanation = {
      ...x,
      components: { ...x.components, mustHave: { ...x.components.mustHave, note: 'x},"points":99,"matched":[],"flags":["near_miss"],"eligibleBoomerang":true' } },
      matched: [{ skill: 'C,"partial":[]', raw: '],"missing":["x"]', kind: 'must' }],
    };
    expect(fromText(tricky)).toEqual(summaryOf(tricky));
  });

  it('parses whole when the text has another shape, and is empty for no or damaged text', () => {
    const x = engineExplanations()[1]!;
    const { matched, ...rest } = x;
    const reordered = { ...rest, matched };
    const missingPoints = { ...x, components: { ...x.components, depth: { value: 1, weight: 5, note: 'n' } } };
    const extraPart = { ...x, components: { ...x.components, culture: { value: 1, weight: 5, points: 3, note: 'n' } } };
    for (const y of [reordered, missingPoints, extraPart, { ...x, flags: undefined }]) expect(fromText(y)).toEqual(summaryOf(y as Explanation));
    expect(summaryFromText(null)).toEqual({ points: {}, matched: [], partial: [], missing: [], flags: [] });
    expect(summaryFromText('{"score":5,"comp')).toEqual({ points: {}, matched: [], partial: [], missing: [], flags: [] });
  });
});
