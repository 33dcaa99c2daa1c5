import type { HandlerGroup } from '../gate';
import { ApiError } from '../../shared/api/errors';
import { taxonomyFor } from '../skills/taxonomy';
import { listUnknown } from '../skills/unknown';
import { addUserAlias } from '../skills/userAliases';
import { looksLikeCell, searchSkills } from '../skills/search';

export const skillsHandlers: HandlerGroup<'skills.resolve' | 'skills.search' | 'skills.get' | 'skills.unknown' | 'skills.addAlias'> = {
  'skills.resolve': ({ text, mode }, ctx) => {
    const tax = taxonomyFor(ctx.db);
    const asCell = mode === 'cell' || (mode === 'auto' && looksLikeCell(text));
    const r = asCell ? tax.readCell(text) : tax.readText(text);
    return { skills: r.skills, unknown: r.unknown, mode: asCell ? 'cell' : 'text' };
  },

  'skills.search': ({ query, limit }, ctx) =>
    searchSkills(taxonomyFor(ctx.db), query, limit).map((d) => ({ name: d.name, tracks: [...d.tracks], aliases: [...d.aliases] })),

  'skills.get': ({ name }, ctx) => {
    const tax = taxonomyFor(ctx.db);
    const def = tax.get(name);
    if (!def) throw new ApiError('NOT_FOUND', `"${name}" is not a skill Bridgehire knows.`, { field: 'name' });
    return {
      name: def.name,
      tracks: [...def.tracks],
      aliases: [...def.aliases],
      parent: def.parent,
      children: [...tax.children(def.name)],
      adjacent: tax.adjacent(def.name).map((a) => ({ skill: a.skill, weight: a.weight })),
      userDefined: tax.isUserDefined(def.name),
    };
  },

  'skills.unknown': ({ limit, offset }, ctx) => {
    const tax = taxonomyFor(ctx.db);
    return listUnknown(ctx.db, { limit, offset, known: (t) => tax.canonical(t) !== null });
  },

  'skills.addAlias': ({ alias, skill, tracks }, ctx) => {
    const r = addUserAlias(ctx.db, alias, skill, tracks ?? [], ctx.now());
    ctx.changed('skills', ...(r.updatedPeople ? (['people'] as const) : []), ...(r.updatedRoles ? (['roles'] as const) : []));
    return r;
  },
};
