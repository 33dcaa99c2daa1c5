import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FilterModel } from '../../../shared/api/grid';
import type { GridId, ViewState, ViewStateInput } from '../../../shared/api/contract/views';
import type { ServerGridHandle } from './ServerGrid';
import { useSessionState } from './hooks';
import type { BulkSelection } from '../components/BulkBar';

/**
 * What every workbench grid keeps besides its rows: the filter bar, the search, the grid's own
 * column filters, the count, the chosen rows, and saving/restoring all of it as a view.
 */
export function useWorkbench<TB extends object>(grid: GridId, defaults: TB, scopeKeys: readonly (keyof TB)[] = []) {
  const ref = useRef<ServerGridHandle>(null);
  const [state, setState] = useSessionState(`workbench.${grid}`, { toolbar: defaults, quick: '' });
  const toolbar = useMemo(() => ({ ...defaults, ...state.toolbar }), [defaults, state.toolbar]);
  const [total, setTotal] = useState<number | null>(null);
  const [gridFilter, setGridFilter] = useState<FilterModel>({});
  const [selection, setSelection] = useState<BulkSelection>({ ids: [], allFiltered: false });

  const patch = useCallback((p: Partial<TB>) => setState((s) => ({ ...s, toolbar: { ...s.toolbar, ...p } })), [setState]);
  const setQuick = useCallback((quick: string) => setState((s) => ({ ...s, quick })), [setState]);
  const active = useMemo(
    () =>
      Object.entries(toolbar).filter(([k, v]) => !scopeKeys.includes(k as keyof TB) && JSON.stringify(v) !== JSON.stringify((defaults as Record<string, unknown>)[k])).length +
      Object.keys(gridFilter).length +
      (state.quick ? 1 : 0),
    // scopeKeys is a constant list per view.
    [toolbar, defaults, gridFilter, state.quick],
  );
  // "Clear filters" keeps the scope (e.g. the chosen role): it is where you are, not a filter.
  const clearAll = useCallback(() => {
    setState((s) => ({ toolbar: { ...defaults, ...Object.fromEntries(scopeKeys.map((k) => [k, (s.toolbar as TB)[k]])) }, quick: '' }));
    ref.current?.clearFilters();
  }, [defaults, setState]);

  const signature = JSON.stringify([toolbar, state.quick, gridFilter]);
  // What is chosen is tied to what is shown: a new filter starts a new choice.
  const firstSig = useRef(true);
  useEffect(() => {
    if (firstSig.current) {
      firstSig.current = false;
      return;
    }
    ref.current?.clearSelection();
    setSelection({ ids: [], allFiltered: false });
  }, [signature]);

  const capture = useCallback((): ViewStateInput => {
    const g = ref.current?.getViewState() ?? { columns: null, filter: {} };
    return { columns: g.columns ?? null, filter: g.filter ?? {}, toolbar: toolbar as ViewStateInput['toolbar'], quick: state.quick };
  }, [toolbar, state.quick]);
  const apply = useCallback(
    (v: ViewState) => {
      setState({ toolbar: { ...defaults, ...(v.toolbar as Partial<TB>) }, quick: v.quick });
      ref.current?.applyViewState({ columns: v.columns ?? null, sort: v.sort ?? null, filter: v.filter });
    },
    [defaults, setState],
  );

  return {
    ref,
    toolbar,
    patch,
    quick: state.quick,
    setQuick,
    total,
    setTotal,
    gridFilter,
    setGridFilter,
    selection,
    setSelection,
    active,
    clearAll,
    signature,
    capture,
    apply,
  };
}

export type Workbench<TB extends object> = ReturnType<typeof useWorkbench<TB>>;
