import { useState } from 'react';
import type { GridApi } from 'ag-grid-community';
import { Popover } from './Popover';

interface Col {
  id: string;
  name: string;
  visible: boolean;
  pinned: boolean;
}

function read(api: GridApi | null): Col[] {
  return (api?.getColumns() ?? [])
    .filter((c) => c.getColId() !== 'ag-Grid-SelectionColumn')
    .map((c) => ({ id: c.getColId(), name: c.getColDef().headerName ?? c.getColId(), visible: c.isVisible(), pinned: c.getPinned() === 'left' }));
}

/**
 * Show, hide and pin columns (Community grids have no column menu). Columns are moved by dragging
 * their headers; everything is remembered for next time.
 */
export function ColumnsMenu({ grid }: { grid: () => GridApi | null }) {
  const [cols, setCols] = useState<Col[]>([]);
  const refresh = () => setCols(read(grid()));
  return (
    <span onMouseDown={refresh} onKeyDown={refresh}>
      <Popover label="Columns" ariaLabel="Columns" buttonClassName="filter-button" align="right">
        <div className="columns-menu">
          <p className="muted small">Drag a header to move a column; drag its edge to resize it.</p>
          <ul role="list">
            {cols.map((c) => (
              <li key={c.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={c.visible}
                    onChange={(e) => {
                      grid()?.setColumnsVisible([c.id], e.target.checked);
                      refresh();
                    }}
                  />{' '}
                  {c.name}
                </label>
                <button
                  type="button"
                  className={c.pinned ? 'pin pinned' : 'pin'}
                  aria-pressed={c.pinned}
                  title={c.pinned ? 'Unpin' : 'Pin to the left'}
                  onClick={() => {
                    grid()?.setColumnsPinned([c.id], c.pinned ? null : 'left');
                    refresh();
                  }}
                >
                  {c.pinned ? 'Pinned' : 'Pin'}
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              grid()?.resetColumnState();
              refresh();
            }}
          >
            Reset columns
          </button>
        </div>
      </Popover>
    </span>
  );
}
