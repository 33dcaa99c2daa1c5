import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { addSkills, packedColumns, removeSkill, splitSkillNames, unpackSkills, type PackedSkill } from '../../src/core/repos/personSkills';

const skill = (name: string, known: 0 | 1 = 1, raw = name): PackedSkill => [name, known, raw, 'skills_cell', null];

describe('packed skills', () => {
  it('orders known first, then by name exactly as SQLite ORDER BY known DESC, skill', () => {
    const names = ['python', 'Python', 'Zig', 'Äther', 'a', 'ab', '\uFFFD', '😀 emoji', '\uE000x', 'Go', 'C++', 'c#'];
    const list = names.map((n, i) => skill(n, (i % 3 === 0 ? 0 : 1) as 0 | 1));
    const db = new Database(':memory:');
    db.exec('CREATE TABLE s (skill TEXT, known INTEGER)');
    const ins = db.prepare('INSERT INTO s VALUES (?, ?)');
    for (const [n, k] of list) ins.run(n, k);
    const sqlOrder = db.prepare('SELECT skill FROM s ORDER BY known DESC, skill').pluck().all();
    db.close();
    const { skills, skillNames } = packedColumns(list);
    expect(unpackSkills(skills).map((s) => s[0])).toEqual(sqlOrder);
    expect(skillNames).toBe(sqlOrder.join(', '));
  });

  it('adds by name: what is held keeps its entry, the first of repeated new ones wins', () => {
    const held = [skill('Kubernetes', 1, 'k8s')];
    const r = addSkills(held, [skill('Kubernetes', 1, 'kubernetes'), skill('Go', 1, 'golang'), skill('Go', 1, 'Go'), skill('vibe coding', 0)]);
    expect(r.added).toEqual([skill('Go', 1, 'golang'), skill('vibe coding', 0)]);
    expect(r.list).toEqual([skill('Go', 1, 'golang'), skill('Kubernetes', 1, 'k8s'), skill('vibe coding', 0)]);
    expect(addSkills(held, [skill('Kubernetes')]).added).toEqual([]);
    expect(removeSkill(r.list, 'Go')).toEqual([skill('Kubernetes', 1, 'k8s'), skill('vibe coding', 0)]);
  });

  it('packs an empty list as the column defaults and reads anything unreadable as no skills', () => {
    expect(packedColumns([])).toEqual({ skills: '[]', skillNames: '' });
    expect(unpackSkills('[]')).toEqual([]);
    expect(unpackSkills(null)).toEqual([]);
    expect(unpackSkills('not json')).toEqual([]);
  });

  it('splits skill_names back into names, keeping a built-in name with a comma in it whole', () => {
    const { skillNames } = packedColumns([skill('Python'), skill('Governance, risk and compliance'), skill('Go')]);
    expect(skillNames).toBe('Go, Governance, risk and compliance, Python');
    expect(splitSkillNames(skillNames)).toEqual(['Go', 'Governance, risk and compliance', 'Python']);
    expect(splitSkillNames('Go, Python')).toEqual(['Go', 'Python']);
    expect(splitSkillNames('')).toEqual([]);
  });
});
