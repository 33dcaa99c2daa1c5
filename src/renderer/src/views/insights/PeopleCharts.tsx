import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { InsightsSummary } from '../../../../shared/api/contract/insights';
import { SOURCE_KINDS } from '../../../../shared/domain';
import { plural } from '../../grid/format';
import { ChartCard } from './ChartCard';
import { axisTick, tooltipStyle, type ChartColors } from './chartTheme';
import { SOURCE_LABELS, n, trackLabel } from './labels';

/** People per track, stacked by where they came from. */
export function PeopleByTrack({ data, colors }: { data: InsightsSummary; colors: ChartColors }) {
  const rows = data.peopleByTrack.map((r) => ({ label: trackLabel(r.track), total: r.total, ...r.bySource }));
  const sources = SOURCE_KINDS.filter((s) => data.peopleBySource.some((x) => x.source === s));
  const top = data.peopleByTrack[0];
  const summary = top
    ? `${plural(data.totals.people, 'person', 'people')} across ${plural(data.peopleByTrack.length, 'track')}; the most in ${trackLabel(top.track)} (${n(top.total)}). ` +
      data.peopleBySource.map((s) => `${SOURCE_LABELS[s.source]}: ${n(s.count)}`).join(', ') +
      ' (someone from two sources counts in both; in the bars, once, under the first of them).'
    : 'No people yet.';
  return (
    <ChartCard title="People by track and source" summary={summary} empty={rows.length ? null : 'Import a talent list to see where your people are.'}>
      <BarChart layout="vertical" data={rows} responsive style={{ width: '100%', height: 48 + rows.length * 34 }} margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
        <CartesianGrid horizontal={false} stroke={colors.grid} />
        <XAxis type="number" tick={axisTick(colors)} stroke={colors.grid} allowDecimals={false} tickFormatter={n} />
        <YAxis type="category" dataKey="label" tick={axisTick(colors)} stroke={colors.grid} width={96} />
        <Tooltip {...tooltipStyle} cursor={{ fill: colors.grid, opacity: 0.4 }} formatter={(v) => n(Number(v))} />
        <Legend itemSorter={null} wrapperStyle={{ fontSize: 12, color: colors.muted }} />
        {sources.map((s) => (
          <Bar key={s} dataKey={s} name={SOURCE_LABELS[s]} stackId="source" fill={colors.series[SOURCE_KINDS.indexOf(s)]} isAnimationActive={false} maxBarSize={22} />
        ))}
      </BarChart>
    </ChartCard>
  );
}
