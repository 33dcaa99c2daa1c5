import type { HandlerGroup } from '../gate';
import { auditExport } from '../export/audit';
import { briefHtml, roleFacts } from '../export/brief';
import { safeFileName } from '../export/fileName';
import { exportGrid, type GridExportArgs } from '../export/grid';
import { shortlistCsv } from '../export/shortlistLayouts';
import { detail } from '../shortlists/service';

const GRID_TITLES = { people: 'Candidates', alumni: 'Rehire', matches: 'Matches', shortlist: 'Shortlist' } as const;
/** Column filters, search, or a grid's toolbar filters (the match grid's, the rehire grid's must-haves). */
const isFiltered = (a: GridExportArgs): boolean =>
  Object.keys(a.filter).length > 0 || a.quick.trim() !== '' || Object.keys(a.match ?? {}).length > 0 || a.alumni?.minMust !== undefined;

const FORMAT_WORDS = { csv: '', greenhouse: ' - Greenhouse import', lever: ' - Lever import' } as const;

export const exportHandlers: HandlerGroup<'export.grid' | 'export.shortlist' | 'export.briefHtml'> = {
  'export.grid': async (a, ctx) => {
    const { content, rows } = await exportGrid(ctx, a);
    const fileName = safeFileName(a.title || GRID_TITLES[a.grid], 'csv', ctx.now().toISOString().slice(0, 10));
    auditExport(ctx, `grid:${a.grid}`, { format: 'csv', rows, fileName, columns: a.columns.map((c) => c.colId), filtered: isFiltered(a) });
    return { fileName, content, kind: 'csv' as const, rows, format: 'grid' as const };
  },
  'export.shortlist': ({ shortlist, format }, ctx) => {
    const list = detail(ctx, shortlist, false);
    const role = list.reqId && list.roleTitle ? { reqId: list.reqId, title: list.roleTitle } : null;
    const exportedAt = ctx.now().toISOString();
    const { content, rows } = shortlistCsv(format, { list, role, exportedAt });
    const fileName = safeFileName(`${list.name}${FORMAT_WORDS[format]}`, 'csv', exportedAt.slice(0, 10));
    auditExport(ctx, `shortlist:${list.id}`, { format, rows, fileName, shortlist: list.name });
    return { fileName, content, kind: 'csv' as const, rows, format };
  },
  'export.briefHtml': ({ shortlist }, ctx) => {
    const list = detail(ctx, shortlist);
    const exportedAt = ctx.now().toISOString();
    const html = briefHtml(list, roleFacts(ctx.db, list.roleId), exportedAt);
    const fileName = safeFileName(`${list.name} - brief`, 'pdf', exportedAt.slice(0, 10));
    auditExport(ctx, `shortlist:${list.id}`, { format: 'pdf', rows: list.entries.length, fileName, shortlist: list.name });
    return { fileName, html, rows: list.entries.length };
  },
};
