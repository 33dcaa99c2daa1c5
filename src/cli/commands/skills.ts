import type { Command } from '../command';
import { intFlag, parseWords, usageError } from '../command';
import { table } from '../render';

const ACTIONS = ['resolve', 'search', 'unknown', 'alias'] as const;
const MODES = ['auto', 'cell', 'text'] as const;

export const skillsCommand: Command = {
  name: 'skills',
  usage: 'skills resolve TEXT [--mode auto|cell|text] | search QUERY [--limit N] | unknown [--limit N] | alias TERM --skill SKILL',
  summary: 'What the skills taxonomy reads in a text; look up skills; map unknown terms to skills.',
  async run(core, argv) {
    const { flags, positional } = parseWords(argv, { mode: 'string', limit: 'string', skill: 'string' });
    const [action, ...words] = positional;
    if (!ACTIONS.includes(action as (typeof ACTIONS)[number])) throw usageError(`Say what to do with skills: ${ACTIONS.join(', ')}.`);
    const text = words.join(' ');
    switch (action) {
      case 'resolve': {
        if (!text.trim()) throw usageError('Give the text to read: skills resolve "Python, k8s, AWS".');
        const mode = (flags.mode ?? 'auto') as (typeof MODES)[number];
        if (!MODES.includes(mode)) throw usageError('--mode must be auto, cell or text.');
        const r = await core.invoke('skills.resolve', { text, mode });
        const unknown = r.unknown.length ? `\nunknown: ${r.unknown.join(', ')}` : '';
        return { data: { skills: r.skills, unknown: r.unknown }, text: table(r.skills as unknown as Record<string, unknown>[], ['name', 'raw', 'track']) + unknown };
      }
      case 'search': {
        if (!text.trim()) throw usageError('Give what to look for: skills search kube.');
        const rows = await core.invoke('skills.search', { query: text, limit: intFlag(flags, 'limit', 1, 50) ?? 10 });
        return { data: rows, text: table(rows as unknown as Record<string, unknown>[], ['name', 'tracks', 'aliases']) };
      }
      case 'unknown': {
        const r = await core.invoke('skills.unknown', { limit: intFlag(flags, 'limit', 1, 1000) ?? 50 });
        return { data: r, text: table(r.items as unknown as Record<string, unknown>[], ['display', 'count', 'firstSeen']) };
      }
      case 'alias': {
        if (!text.trim() || typeof flags.skill !== 'string') throw usageError('Say which term means which skill: skills alias "FooDB" --skill PostgreSQL.');
        const r = await core.invoke('skills.addAlias', { alias: text, skill: flags.skill });
        const what = r.createdSkill ? `${r.skill} (a new skill)` : r.skill;
        return { data: r, text: `"${r.alias}" now means ${what}; ${r.updatedPeople} people and ${r.updatedRoles} role skills updated.` };
      }
    }
    throw usageError(`Say what to do with skills: ${ACTIONS.join(', ')}.`);
  },
};
