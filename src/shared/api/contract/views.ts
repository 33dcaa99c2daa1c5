import { z } from 'zod';
import { method, returns } from '../define';
import { FilterModel, SortModel } from '../grid';

// Saved views: a grid's columns, sort, column filters and filter-bar settings under a name.

export const GRID_IDS = ['matches', 'rehire', 'candidates', 'roles'] as const;
export type GridId = (typeof GRID_IDS)[number];

const ColumnStateItem = z.object({
  colId: z.string().min(1).max(80),
  width: z.number().min(10).max(2000).nullish(),
  hide: z.boolean().nullish(),
  pinned: z.enum(['left', 'right']).nullish(),
  sort: z.enum(['asc', 'desc']).nullish(),
  sortIndex: z.number().int().min(0).max(50).nullish(),
});

/** The settings of a filter bar, by name: a few scalars and short lists, nothing else. */
const ToolbarValue = z.union([z.string().max(200), z.number(), z.boolean(), z.null(), z.array(z.string().max(100)).max(50)]);

export const ViewState = z.object({
  /** Column order, widths, pinning, visibility and sort; null keeps whatever the grid shows. */
  columns: z.array(ColumnStateItem).max(100).nullish(),
  /** Sort to apply when `columns` is not given (built-in views). */
  sort: SortModel.nullish(),
  /** The grid's own column filters. */
  filter: FilterModel.default({}),
  /** The filter bar above the grid (view-specific keys, e.g. minScore, nearMissOnly). */
  toolbar: z.record(z.string().max(40), ToolbarValue).default({}),
  quick: z.string().max(200).default(''),
});
export type ViewState = z.output<typeof ViewState>;
export type ViewStateInput = z.input<typeof ViewState>;

export interface SavedView {
  id: number;
  grid: GridId;
  name: string;
  state: ViewState;
  builtin: boolean;
  createdAt: string;
}

export const viewsContract = {
  'views.list': method({
    args: z.object({ grid: z.enum(GRID_IDS) }),
    result: returns<SavedView[]>(),
    doc: "A grid's saved views, built-in ones first, then by name.",
  }),
  'views.save': method({
    args: z.object({
      grid: z.enum(GRID_IDS),
      name: z.string().trim().min(1, 'a name is needed').max(80),
      state: ViewState,
      /** Replace a view of the same name instead of refusing. */
      overwrite: z.boolean().default(false),
    }),
    result: returns<SavedView>(),
    doc: "Saves a grid's filters, sort and columns under a name.",
  }),
  'views.delete': method({
    args: z.object({ id: z.number().int().positive() }),
    result: returns<{ deleted: boolean }>(),
    doc: 'Deletes a saved view (built-in ones too; they do not come back).',
  }),
};
