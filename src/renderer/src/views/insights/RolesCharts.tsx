import { Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { InsightsSummary } from '../../../../shared/api/contract/insights';
import { navigate } from '../../app/routes';
import { plural } from '../../grid/format';
import { ChartCard } from './ChartCard';
import { axisTick, tooltipStyle, type ChartColors } from './chartTheme';
import { n, trackLabel } from './labels';

/** Open roles per track, with how long they have been open on average. */
export function OpenRolesByTrack({ data, colors }: { data: InsightsSummary; colors: ChartColors }) {
  const rows = data.openRolesByTrack.map((r) => ({ label: trackLabel(r.track), roles: r.roles, headcount: r.headcount, avgDaysOpen: r.avgDaysOpen }));
  const oldest = [...data.openRolesByTrack].filter((r) => r.avgDaysOpen != null).sort((a, b) => b.avgDaysOpen! - a.avgDaysOpen!)[0];
  const heads = data.openRolesByTrack.reduce((s, r) => s + r.headcount, 0);
  const summary = rows.length
    ? `${plural(data.totals.openRoles, 'open role')} (${plural(heads, 'hire')}) in ${plural(rows.length, 'track')}.` +
      (oldest ? ` ${trackLabel(oldest.track)} roles have waited longest: ${n(oldest.avgDaysOpen!)} days on average.` : '')
    : 'No open roles.';
  return (
    <ChartCard
      title="Open roles by track"
      summary={summary}
      empty={rows.length ? null : 'Import your open requisitions to see where the demand is.'}
      actions={
        rows.length ? (
          <button className="link-button" onClick={() => navigate('roles')}>
            Open Roles →
          </button>
        ) : null
      }
    >
      <ComposedChart data={rows} responsive style={{ width: '100%', height: 260 }} margin={{ top: 8, right: 4, bottom: 4, left: 0 }}>
        <CartesianGrid vertical={false} stroke={colors.grid} />
        <XAxis dataKey="label" tick={axisTick(colors)} stroke={colors.grid} interval={0} />
        <YAxis yAxisId="roles" tick={axisTick(colors)} stroke={colors.grid} allowDecimals={false} width={40} />
        <YAxis yAxisId="days" orientation="right" tick={axisTick(colors)} stroke={colors.grid} allowDecimals={false} width={44} unit=" d" />
        <Tooltip
          {...tooltipStyle}
          cursor={{ fill: colors.grid, opacity: 0.4 }}
          formatter={(v, name) => (name === 'Average days open' ? (v == null ? 'no dates' : `${n(Number(v))} days`) : n(Number(v)))}
        />
        <Legend itemSorter={null} wrapperStyle={{ fontSize: 12 }} />
        <Bar yAxisId="roles" dataKey="roles" name="Open roles" fill={colors.series[0]} isAnimationActive={false} maxBarSize={44} />
        <Bar yAxisId="roles" dataKey="headcount" name="Hires wanted" fill={colors.series[6]} isAnimationActive={false} maxBarSize={44} />
        <Line yAxisId="days" dataKey="avgDaysOpen" name="Average days open" stroke={colors.series[2]} strokeWidth={2} dot={{ r: 4, fill: colors.series[2] }} connectNulls isAnimationActive={false} />
      </ComposedChart>
    </ChartCard>
  );
}

/** "91–180 days" → "91–180"; the axis says "days open" once. */
const shortBucket = (b: string) => (b === 'Date unknown' ? 'No date' : b.replace(/ days$/, ''));

/** How long the open roles have been waiting. */
export function DaysOpen({ data, colors }: { data: InsightsSummary; colors: ChartColors }) {
  const rows = data.daysOpenBuckets;
  const over90 = rows.filter((r) => r.bucket === '91–180 days' || r.bucket === 'Over 180 days').reduce((s, r) => s + r.roles, 0);
  const summary = rows.length ? `${n(over90)} of ${n(data.totals.openRoles)} open roles have been open for more than 90 days.` : 'No open roles.';
  return (
    <ChartCard title="How long roles have been open" summary={summary} empty={rows.length ? null : 'Days open appear once roles with an opened date are imported.'}>
      <BarChart data={rows} responsive style={{ width: '100%', height: 260 }} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
        <CartesianGrid vertical={false} stroke={colors.grid} />
        <XAxis dataKey="bucket" tick={axisTick(colors)} stroke={colors.grid} interval={0} tickFormatter={shortBucket} />
        <YAxis tick={axisTick(colors)} stroke={colors.grid} allowDecimals={false} width={40} />
        <Tooltip {...tooltipStyle} cursor={{ fill: colors.grid, opacity: 0.4 }} formatter={(v) => n(Number(v))} />
        <Bar dataKey="roles" name="Open roles" fill={colors.series[2]} isAnimationActive={false} maxBarSize={56} />
        <Legend itemSorter={null} wrapperStyle={{ fontSize: 12 }} formatter={() => 'Open roles, by days since they were opened'} />
      </BarChart>
    </ChartCard>
  );
}
