import { unpackSkills } from '../../src/core/repos/personSkills';
import { afterEach, describe, expect, it } from 'vitest';
import { tempCore } from '../helpers/tempCore';
import { all, runText, type TestCore } from '../helpers/importGate';
import { peopleSignature, sigText } from '../../src/core/match/freshness';

// Skills live packed on the person's row (people.skills, people.skill_names): an import that merges
// new skills into a stored person is taken back exactly by undo, both columns.

let core: TestCore;
afterEach(async () => core?.dispose());

const packed = (id: number) => all<{ skills: string; skill_names: string }>(core, 'SELECT skills, skill_names FROM people WHERE id = ?', id)[0];

describe('undo of a merge that added skills', () => {
  it('puts back the stored list and names, byte for byte, and the person shows the old skills', async () => {
    core = tempCore();
    const first = await runText(core, 'a.csv', 'Name,Email,Skills\nAda Lovelace,ada@example.com,"PyTorch, Vibe coding"\n', 'candidates');
    const before = packed(1)!;
    expect(before.skill_names).toBe('PyTorch, Vibe coding');
    expect(unpackSkills(before.skills)).toEqual([['PyTorch', 1, 'PyTorch', 'skills_cell', first.batchId], ['Vibe coding', 0, 'Vibe coding', 'skills_cell', first.batchId]]);

    const second = await runText(core, 'b.csv', 'Name,Email,Skills\nAda Lovelace,ADA@example.com,"k8s, PyTorch, Zig-wrangling"\n', 'candidates');
    expect(second.merged).toBe(1);
    const merged = packed(1)!;
    // Known first, then by name; the skill she had keeps its entry from the first import.
    expect(merged.skill_names).toBe('Kubernetes, PyTorch, Vibe coding, Zig-wrangling');
    expect(unpackSkills(merged.skills)).toEqual([
      ['Kubernetes', 1, 'k8s', 'skills_cell', second.batchId],
      ['PyTorch', 1, 'PyTorch', 'skills_cell', first.batchId],
      ['Vibe coding', 0, 'Vibe coding', 'skills_cell', first.batchId],
      ['Zig-wrangling', 0, 'Zig-wrangling', 'skills_cell', second.batchId],
    ]);
    expect((await core.invoke('people.get', { id: 1 })).skills).toEqual(['Kubernetes', 'PyTorch', 'Vibe coding', 'Zig-wrangling']);

    // Two skills taken away count as removed, as when they were rows of their own; match freshness
    // sees the change (the person is marked updated).
    const sig = sigText(peopleSignature(core.db));
    await new Promise((r) => setTimeout(r, 5));
    expect(await core.invoke('import.undo', { batchId: second.batchId! })).toEqual({ batchId: second.batchId, removed: 2, restored: 0 });
    expect(sigText(peopleSignature(core.db))).not.toBe(sig);
    expect(packed(1)).toEqual(before);
    const ada = await core.invoke('people.get', { id: 1 });
    expect(ada.skills).toEqual(['PyTorch', 'Vibe coding']);
    expect(ada.skillsDetail).toEqual([
      { skill: 'PyTorch', known: true, raw: 'PyTorch', origin: 'skills_cell' },
      { skill: 'Vibe coding', known: false, raw: 'Vibe coding', origin: 'skills_cell' },
    ]);
  });

  it('takes back only the skills it added: a term mapped to a skill since then stays mapped', async () => {
    core = tempCore();
    await runText(core, 'a.csv', 'Name,Email,Skills\nAda Lovelace,ada@example.com,Frobnication\n', 'candidates');
    const second = await runText(core, 'b.csv', 'Name,Email,Skills\nAda Lovelace,ada@example.com,Go\n', 'candidates');
    await core.invoke('skills.addAlias', { alias: 'Frobnication', skill: 'Kubernetes' });
    expect(packed(1)!.skill_names).toBe('Go, Kubernetes');
    // Removed: Go; restored: the track Go had filled in.
    expect(await core.invoke('import.undo', { batchId: second.batchId! })).toEqual({ batchId: second.batchId, removed: 1, restored: 1 });
    expect(packed(1)!.skill_names).toBe('Kubernetes');
  });

  it('still takes back a skill logged as a person_skills row by an older version', async () => {
    core = tempCore();
    const first = await runText(core, 'a.csv', 'Name,Email,Skills\nAda Lovelace,ada@example.com,"PyTorch, Go"\n', 'candidates');
    const second = await runText(core, 'b.csv', 'Name,Email,Phone\nAda Lovelace,ada@example.com,+44 20 7946 0001\n', 'candidates');
    // As an older Bridgehire logged "Go was added to #1 by this import".
    core.db.prepare("INSERT INTO import_changes (batch_id, entity, entity_id, field, old_value) VALUES (?, 'person_skills', '[1,\"Go\"]', '+row', NULL)").run(second.batchId);
    expect(await core.invoke('import.undo', { batchId: second.batchId! })).toEqual({ batchId: second.batchId, removed: 1, restored: 1 });
    expect(packed(1)).toEqual({ skills: JSON.stringify([['PyTorch', 1, '', 'c', first.batchId]]), skill_names: 'PyTorch' });
  });
});
