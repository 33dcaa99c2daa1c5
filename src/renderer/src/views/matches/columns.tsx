import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { MatchRow } from '../../../../shared/api/contract/match';
import { LEVEL_LABELS, TRACK_LABELS } from '../../../../shared/domain';
import { EligibilityBadge, ScoreBar, SkillChips, SourceBadges } from '../../grid/cells';
import { formatDate, formatInt, formatMonthsAgo, formatNumber, monthsSince } from '../../grid/format';
import { REMOTE_LABELS, STAGE_LABELS, label } from '../../grid/labels';

type P = ICellRendererParams<MatchRow>;

/** "Intel — cut 15,000, Aug 2025" */
export function layoffText(l: MatchRow['layoff']): string {
  if (!l) return '';
  return `${l.company}${l.laidOff ? ` — cut ${formatInt(l.laidOff)}` : ''}${l.date ? `, ${formatDate(l.date)}` : ''}`;
}

/** The person's shortlists as chips: the row's role's lists first, marked, then the others. */
export function ShortlistChips({ row, max = 3 }: { row: MatchRow; max?: number }) {
  if (!row.shortlists.length) return <span className="muted">—</span>;
  const shown = row.shortlists.slice(0, max);
  return (
    <span className="chips" title={row.shortlists.map((n, i) => (i < row.shortlistsForRole ? `${n} (this role)` : n)).join('\n')}>
      {shown.map((n, i) => (
        <span key={n} className={i < row.shortlistsForRole ? 'chip chip-list-role' : 'chip'}>
          {n}
        </span>
      ))}
      {row.shortlists.length > max && <span className="chip chip-more">+{row.shortlists.length - max}</span>}
    </span>
  );
}

/**
 * The match grid's columns; the role column only when every open role is shown. What a manager
 * reads first (score, name, role, source, rehire, must-haves, shortlists) fits a 1440 px window.
 */
export function matchColumns(allRoles: boolean): ColDef<MatchRow>[] {
  return [
    { field: 'score', headerName: 'Score', width: 130, pinned: 'left', filter: 'agNumberColumnFilter', sort: 'desc', cellRenderer: (p: P) => (p.data ? <ScoreBar score={p.data.score} points={p.data.points} /> : null) },
    { field: 'name', headerName: 'Name', width: 160, pinned: 'left', filter: 'agTextColumnFilter' },
    {
      field: 'roleTitle',
      headerName: 'Role',
      width: 210,
      hide: !allRoles,
      filter: 'agTextColumnFilter',
      cellRenderer: (p: P) =>
        p.data ? (
          <span className="role-title-cell" title={`${p.data.roleTitle} (${p.data.reqId})`}>
            <span className="role-title-text">{p.data.roleTitle}</span>
            <small>{p.data.reqId}</small>
          </span>
        ) : null,
    },
    { field: 'rank', headerName: 'Rank', width: 80, filter: 'agNumberColumnFilter', type: 'numericColumn', hide: allRoles, valueFormatter: (p) => formatInt(p.value) },
    { field: 'sources', headerName: 'Source', width: 150, sortable: false, filter: false, cellRenderer: (p: P) => <SourceBadges sources={p.data?.sources} /> },
    { field: 'eligibility', headerName: 'Rehire', width: 110, filter: false, cellRenderer: (p: P) => (p.data ? <EligibilityBadge value={p.data.eligibility} /> : null) },
    {
      colId: 'mustMatched',
      field: 'mustMatched',
      headerName: 'Must-haves',
      width: 250,
      filter: 'agNumberColumnFilter',
      cellRenderer: (p: P) =>
        p.data ? (
          <span className="must-cell">
            <span className="must-count" title="Must-have skills matched exactly or by alias">
              {formatInt(p.data.mustMatched)}/{formatInt(p.data.mustTotal)}
            </span>
            {/* Two chips and a "+N" fit the column; the title lists them all. */}
            <SkillChips matched={p.data.matched} partial={p.data.partial} missing={p.data.missing} max={2} missingFirst />
          </span>
        ) : null,
    },
    // Filtered and sorted in SQL over the list names joined with ", ".
    { field: 'shortlists', headerName: 'Shortlists', width: 170, filter: 'agTextColumnFilter', cellRenderer: (p: P) => (p.data ? <ShortlistChips row={p.data} /> : null) },
    { field: 'formerTeam', headerName: 'Former team', width: 150, filter: 'agTextColumnFilter', valueFormatter: (p) => p.value ?? '' },
    { field: 'title', headerName: 'Title', width: 190, filter: 'agTextColumnFilter' },
    { field: 'company', headerName: 'Company', width: 130, filter: 'agTextColumnFilter', hide: true },
    { field: 'track', headerName: 'Track', width: 110, filter: false, valueFormatter: (p) => label(TRACK_LABELS, p.value) },
    { field: 'level', headerName: 'Level', width: 100, filter: 'agTextColumnFilter', valueFormatter: (p) => label(LEVEL_LABELS, p.value) },
    { field: 'yearsExp', headerName: 'Years', width: 80, filter: 'agNumberColumnFilter', type: 'numericColumn', hide: true, valueFormatter: (p) => formatNumber(p.value) },
    { field: 'location', headerName: 'Location', width: 150, filter: 'agTextColumnFilter' },
    { field: 'remotePref', headerName: 'Remote', width: 100, filter: false, valueFormatter: (p) => label(REMOTE_LABELS, p.value) },
    {
      field: 'availableOn',
      headerName: 'Since exit / layoff',
      width: 170,
      filter: 'agDateColumnFilter',
      valueFormatter: (p) => formatMonthsAgo(monthsSince(p.value)),
      tooltip: (p) => formatDate(p.value as string | null),
    },
    { colId: 'layoff', headerName: 'Layoff event', context: { exportField: 'layoff.company', exportHeader: 'Layoff (company)' }, width: 220, sortable: false, filter: false, valueGetter: (p) => layoffText(p.data?.layoff ?? null), tooltip: true },
    { field: 'stage', headerName: 'Stage', width: 110, filter: false, valueFormatter: (p) => label(STAGE_LABELS, p.value) },
  ];
}
