import type { Command } from '../command';
import { intFlag, parseWords, usageError } from '../command';
import { table } from '../render';
import type { ShortlistDetail } from '../../shared/api/contract/shortlists';

const ACTIONS = ['create', 'list', 'show', 'add', 'remove', 'delete'] as const;

/** What a terminal needs of a shortlist: the list, and per entry the score then and now, and why. */
export function compactDetail(d: ShortlistDetail) {
  return {
    id: d.id,
    name: d.name,
    reqId: d.reqId,
    roleTitle: d.roleTitle,
    size: d.size,
    createdAt: d.createdAt,
    entries: d.entries.map((e) => ({
      position: e.position,
      personId: e.personId,
      name: e.name,
      title: e.title,
      company: e.company,
      emails: e.emails,
      stage: e.stage,
      note: e.note,
      addedBy: e.addedBy,
      addedAt: e.addedAt,
      score: e.score,
      currentScore: e.currentScore,
      engineVersion: e.engineVersion,
      matched: e.matched,
      partial: e.partial,
      missing: e.missing,
    })),
  };
}

function showText(d: ShortlistDetail): string {
  const head = `${d.name} — ${d.reqId ? `${d.reqId} ${d.roleTitle}` : 'role no longer in the workspace'} (${d.size} ${d.size === 1 ? 'person' : 'people'})`;
  return `${head}\n${table(d.entries as unknown as Record<string, unknown>[], ['position', 'name', 'title', 'stage', 'score', 'currentScore', 'missing'])}`;
}

function personIds(v: string | boolean | undefined): number[] {
  const ids = String(v ?? '').split(/[\s,]+/).filter(Boolean).map(Number);
  if (ids.length === 0 || ids.some((n) => !Number.isInteger(n) || n < 1)) throw usageError('--person needs one or more person ids, e.g. --person 12,40.');
  return ids;
}

export const shortlistCommand: Command = {
  name: 'shortlist',
  usage: 'shortlist create NAME --role REQ_ID [--top N] | list | show NAME',
  summary: 'Named lists per role from the top matches; also add|remove NAME --person IDS, delete NAME.',
  async run(core, argv) {
    const { flags, positional } = parseWords(argv, { role: 'string', top: 'string', person: 'string' });
    const [action, ...words] = positional;
    if (!ACTIONS.includes(action as (typeof ACTIONS)[number])) throw usageError(`Say what to do with shortlists: ${ACTIONS.join(', ')}.`);
    const name = words.join(' ').trim();
    if (action !== 'list' && !name) throw usageError(`Name the shortlist: shortlist ${action} NAME.`);
    switch (action) {
      case 'list': {
        const rows = await core.invoke('shortlists.list', {});
        return { data: rows, text: table(rows as unknown as Record<string, unknown>[], ['name', 'reqId', 'roleTitle', 'size', 'lastAddedAt']) };
      }
      case 'create': {
        if (typeof flags.role !== 'string') throw usageError('Say which role: --role REQ_ID.');
        const top = intFlag(flags, 'top', 1, 1000);
        const d = await core.invoke('shortlists.create', { name, reqId: flags.role, top });
        return { data: compactDetail(d), text: showText(d) };
      }
      case 'show': {
        const d = await core.invoke('shortlists.get', { shortlist: name });
        return { data: compactDetail(d), text: showText(d) };
      }
      case 'add': {
        const r = await core.invoke('shortlists.addPeople', { shortlist: name, personIds: personIds(flags.person) });
        return { data: { added: r.added, alreadyThere: r.alreadyThere, shortlist: compactDetail(r.shortlist) }, text: `Added ${r.added}; ${r.alreadyThere} already there.\n${showText(r.shortlist)}` };
      }
      case 'remove': {
        const [personId] = personIds(flags.person);
        const d = await core.invoke('shortlists.removeEntry', { shortlist: name, personId: personId! });
        return { data: compactDetail(d), text: showText(d) };
      }
      default: {
        const r = await core.invoke('shortlists.delete', { shortlist: name });
        return { data: r, text: r.deleted ? `Deleted "${name}".` : 'Nothing was deleted.' };
      }
    }
  },
};
