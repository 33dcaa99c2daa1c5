import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { InsightsSummary } from '../../../../shared/api/contract/insights';
import { formatDate, plural } from '../../grid/format';
import { ChartCard } from './ChartCard';
import { axisTick, tooltipStyle, type ChartColors } from './chartTheme';
import { monthLabel, n } from './labels';

const compact = new Intl.NumberFormat(typeof navigator !== 'undefined' ? navigator.language : 'en-US', { notation: 'compact', maximumFractionDigits: 1 });

/** Layoff waves at the companies your people came from, month by month, and those companies. */
export function LayoffsByMonth({ data, colors }: { data: InsightsSummary; colors: ChartColors }) {
  const rows = data.layoffsByMonth.map((m) => ({ ...m, label: monthLabel(m.month) }));
  const cut = rows.reduce((s, r) => s + r.laidOff, 0);
  const events = rows.reduce((s, r) => s + r.events, 0);
  const peak = [...rows].sort((a, b) => b.laidOff - a.laidOff)[0];
  const empty = !rows.length
    ? data.totals.layoffEvents
      ? `${n(data.totals.layoffEvents)} layoff events are in the workspace, none at a company your people came from.`
      : 'Import layoff-tracker data (layoffs.fyi style) to see the waves behind your candidates.'
    : null;
  const summary = rows.length
    ? `${plural(events, 'layoff event')} at ${plural(data.layoffCompaniesTotal, 'company', 'companies')} your people came from, ${plural(cut, 'job')} cut` +
      (peak && peak.laidOff ? `; the largest month was ${peak.label} (${n(peak.laidOff)}).` : '.')
    : 'No layoff events at companies your people came from.';
  return (
    <ChartCard
      title="Layoffs at companies your people came from"
      summary={summary}
      empty={empty}
      wide
      footer={
        data.layoffCompanies.length > 0 && (
          <ul className="layoff-companies">
            {data.layoffCompanies.map((c) => (
              <li key={c.company}>
                <strong>{c.company}</strong>
                <span className="muted">{c.people === 1 ? '1 of your people' : `${n(c.people)} of your people`}</span>
                <span className="layoff-facts">
                  {c.laidOff ? `cut ${n(c.laidOff)}` : plural(c.events, 'event')}
                  {c.latest ? ` · latest ${formatDate(c.latest)}` : ''}
                </span>
              </li>
            ))}
          </ul>
        )
      }
    >
      <BarChart data={rows} responsive style={{ width: '100%', height: 240 }} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
        <CartesianGrid vertical={false} stroke={colors.grid} />
        <XAxis dataKey="label" tick={axisTick(colors)} stroke={colors.grid} minTickGap={16} />
        <YAxis tick={axisTick(colors)} stroke={colors.grid} allowDecimals={false} width={52} tickFormatter={(v: number) => compact.format(v)} />
        <Tooltip
          {...tooltipStyle}
          cursor={{ fill: colors.grid, opacity: 0.4 }}
          formatter={(v, _name, item) => {
            const row = item.payload as (typeof rows)[number];
            return [`${n(Number(v))} (${n(row.events)} ${row.events === 1 ? 'event' : 'events'})`, 'Jobs cut'];
          }}
        />
        <Bar dataKey="laidOff" name="Jobs cut" fill={colors.series[4]} isAnimationActive={false} maxBarSize={28} />
      </BarChart>
    </ChartCard>
  );
}
