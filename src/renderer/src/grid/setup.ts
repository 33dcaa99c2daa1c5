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
  accentColor: '#2563eb',
});
