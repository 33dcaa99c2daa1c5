import { z } from 'zod';
import { method, returns } from '../define';
import { FilterModel, SortModel } from '../grid';
import { ShortlistRef, MatchGridSelection } from './shortlists';
import { AlumniFilters } from './people';

// Exports (issue #7): what a grid shows, a shortlist with its explanations, ATS import layouts and a
// printable brief. The core renders the file; the shell saves it (a dialog in the desktop app, a
// download in the browser, a path in the CLI). Every export is written to the audit log.

export const GRIDS = ['people', 'alumni', 'matches', 'shortlist'] as const;
export type GridName = (typeof GRIDS)[number];

export const SHORTLIST_FORMATS = ['csv', 'greenhouse', 'lever'] as const;
export type ShortlistFormat = (typeof SHORTLIST_FORMATS)[number];

export interface ExportFile {
  /** A suggested file name, safe for any file system and for shell.saveFile. */
  fileName: string;
  /** The whole file: UTF-8 text starting with a byte-order mark, CRLF line ends. */
  content: string;
  kind: 'csv';
  rows: number;
  format: ShortlistFormat | 'grid';
}

export interface BriefFile {
  fileName: string;
  /** A self-contained printable page: no scripts, no external resources. */
  html: string;
  rows: number;
}

const colId = z.string().trim().min(1).max(120);
export const ExportColumn = z.object({
  colId,
  /** The header as the grid shows it. */
  header: z.string().max(200),
  /** The row field to read, when it differs from colId (dotted paths allowed: "points.mustHave"). */
  field: colId.optional(),
});

export const exportContract = {
  'export.grid': method({
    args: z.object({
      grid: z.enum(GRIDS),
      columns: z.array(ExportColumn).min(1, 'choose at least one column').max(100),
      sort: SortModel.default([]),
      filter: FilterModel.default({}),
      quick: z.string().max(200).default(''),
      /** The match grid: its role (omit for all open roles) and its toolbar filters. */
      role: z.union([z.number().int().positive(), z.string().trim().min(1).max(100)]).optional(),
      match: MatchGridSelection.omit({ sort: true, filter: true, quick: true, limit: true }).optional(),
      /** The rehire grid: its toolbar filters beyond the column filters ("at least K must-haves of an open role"). */
      alumni: AlumniFilters.optional(),
      /** The shortlist grid: which list. */
      shortlist: ShortlistRef.optional(),
      /** A word for the file name, e.g. the view's title. */
      title: z.string().trim().max(80).optional(),
    }),
    result: returns<ExportFile>(),
    doc: "Every row a grid's filters and search select (not only the rows loaded), in its sort, with its visible columns in order, as CSV.",
  }),
  'export.shortlist': method({
    args: z.object({ shortlist: ShortlistRef, format: z.enum(SHORTLIST_FORMATS).default('csv') }),
    result: returns<ExportFile>(),
    doc: 'A shortlist as CSV with its explanation columns, or in the Greenhouse or Lever candidate-import layout.',
  }),
  'export.briefHtml': method({
    args: z.object({ shortlist: ShortlistRef }),
    result: returns<BriefFile>(),
    doc: 'A one-page printable brief of a shortlist, for shell.printToPdf (desktop) or the browser\'s print.',
  }),
};
