import { z } from 'zod';

// What a grid asks the store for: a page of rows, sorted and filtered on the server side.
// Filters mirror AG Grid Community's text/number/date filter models, so the renderer can pass
// the grid's own filter model through; the core whitelists columns and builds parameterised SQL.

const textCond = z.object({
  filterType: z.literal('text'),
  type: z.enum(['contains', 'notContains', 'equals', 'notEqual', 'startsWith', 'endsWith', 'blank', 'notBlank']),
  filter: z.string().max(500).nullish(),
});
const numberCond = z.object({
  filterType: z.literal('number'),
  type: z.enum(['equals', 'notEqual', 'lessThan', 'lessThanOrEqual', 'greaterThan', 'greaterThanOrEqual', 'inRange', 'blank', 'notBlank']),
  filter: z.number().nullish(),
  filterTo: z.number().nullish(),
});
const dateCond = z.object({
  filterType: z.literal('date'),
  type: z.enum(['equals', 'notEqual', 'lessThan', 'greaterThan', 'inRange', 'blank', 'notBlank']),
  dateFrom: z.string().max(40).nullish(),
  dateTo: z.string().max(40).nullish(),
});
const setCond = z.object({ filterType: z.literal('in'), values: z.array(z.string().max(200)).max(200) });
const cond = z.discriminatedUnion('filterType', [textCond, numberCond, dateCond, setCond]);
const combined = z.object({
  filterType: z.enum(['text', 'number', 'date']),
  operator: z.enum(['AND', 'OR']),
  conditions: z.array(cond).max(10),
});
export const FilterModel = z.record(z.string().max(64), z.union([cond, combined]));
export type FilterModel = z.infer<typeof FilterModel>;

export const SortModel = z.array(z.object({ colId: z.string().max(64), sort: z.enum(['asc', 'desc']) })).max(8);
export type SortModel = z.infer<typeof SortModel>;

export const PageArgs = z.object({
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(5000).default(100),
  sort: SortModel.default([]),
  filter: FilterModel.default({}),
  quick: z.string().max(200).default(''),
});
export type PageArgs = z.input<typeof PageArgs>;

export interface Page<T> {
  rows: T[];
  /** Rows matching the filters, all pages together. */
  total: number;
}
