import {
  CellStyleModule,
  ColumnApiModule,
  ColumnAutoSizeModule,
  CsvExportModule,
  DateFilterModule,
  GridStateModule,
  InfiniteRowModelModule,
  ClientSideRowModelModule,
  ModuleRegistry,
  NumberFilterModule,
  QuickFilterModule,
  RowApiModule,
  RowSelectionModule,
  RowStyleModule,
  ScrollApiModule,
  TextFilterModule,
  TooltipModule,
  ValidationModule,
  colorSchemeVariable,
  themeQuartz,
} from 'ag-grid-community';

// Only the Community modules the grids use, so the bundle stays small.
ModuleRegistry.registerModules([
  InfiniteRowModelModule,
  ClientSideRowModelModule,
  TextFilterModule,
  NumberFilterModule,
  DateFilterModule,
  QuickFilterModule,
  RowSelectionModule,
  ColumnAutoSizeModule,
  GridStateModule,
  ColumnApiModule,
  RowApiModule,
  ScrollApiModule,
  RowStyleModule,
  CellStyleModule,
  TooltipModule,
  CsvExportModule,
  ...(import.meta.env.DEV ? [ValidationModule] : []),
]);

/** One theme for every grid; light/dark follows body[data-ag-theme-mode]. */
export const gridTheme = themeQuartz.withPart(colorSchemeVariable).withParams({
  fontFamily: 'inherit',
  fontSize: 13,
  headerFontWeight: 600,
  rowHeight: 36,
  headerHeight: 38,
  spacing: 6,
  // The app's own colours, so grids match the rest of the window in both themes.
  accentColor: 'var(--accent)',
  backgroundColor: 'var(--panel)',
  foregroundColor: 'var(--text)',
  headerBackgroundColor: 'var(--panel-2)',
  borderColor: 'var(--border)',
  chromeBackgroundColor: 'var(--panel-2)',
});

/**
 * The same theme for a grid of taller rows. Give the height here, not only as the grid's rowHeight
 * prop: the prop alone makes rows taller but lays each cell out for the theme's 36 px (top-heavy).
 * Call it once per module, not per render: each call is a theme of its own.
 */
export function gridThemeWithRowHeight(rowHeight: number) {
  return gridTheme.withParams({ rowHeight });
}
