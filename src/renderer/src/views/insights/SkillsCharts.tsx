import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { InsightsSummary, SkillGapRow } from '../../../../shared/api/contract/insights';
import { ChartCard } from './ChartCard';
import { axisTick, tooltipStyle, type ChartColors } from './chartTheme';
import { n } from './labels';

const pct = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : 0);

/** Shares, so a skill 40 of 60 roles ask for and 900 of 20,000 people hold compare on one axis. */
function shares(rows: SkillGapRow[], data: InsightsSummary) {
  return rows.map((r) => ({ ...r, roleShare: pct(r.roles, data.totals.openRoles), peopleShare: pct(r.people, data.totals.people) }));
}

function SkillBars({ rows, colors, height }: { rows: ReturnType<typeof shares>; colors: ChartColors; height: number }) {
  return (
    <BarChart layout="vertical" data={rows} responsive style={{ width: '100%', height }} margin={{ top: 4, right: 16, bottom: 4, left: 4 }} barGap={1}>
      <CartesianGrid horizontal={false} stroke={colors.grid} />
      <XAxis type="number" tick={axisTick(colors)} stroke={colors.grid} unit="%" domain={[0, (max: number) => Math.min(100, Math.max(10, Math.ceil(max / 10) * 10))]} />
      <YAxis type="category" dataKey="skill" tick={axisTick(colors)} stroke={colors.grid} width={150} interval={0} />
      <Tooltip
        {...tooltipStyle}
        cursor={{ fill: colors.grid, opacity: 0.4 }}
        formatter={(v, name, item) => {
          const row = item.payload as ReturnType<typeof shares>[number];
          return name === 'Open roles asking' ? `${v}% (${n(row.roles)} roles, ${n(row.mustRoles)} as a must-have)` : `${v}% (${n(row.people)} people)`;
        }}
      />
      <Legend itemSorter={null} wrapperStyle={{ fontSize: 12 }} />
      <Bar dataKey="roleShare" name="Open roles asking" fill={colors.series[2]} isAnimationActive={false} maxBarSize={12} />
      <Bar dataKey="peopleShare" name="People holding it" fill={colors.series[1]} isAnimationActive={false} maxBarSize={12} />
    </BarChart>
  );
}

/** The skills open roles ask for most, against how many of your people hold them. */
export function SkillDemand({ data, colors }: { data: InsightsSummary; colors: ChartColors }) {
  const rows = shares(data.skillDemand, data);
  // The gap: asked for by many roles, held by few people.
  const gaps = [...rows].sort((a, b) => b.roleShare - b.peopleShare - (a.roleShare - a.peopleShare) || a.peopleShare - b.peopleShare).filter((r) => r.roleShare > r.peopleShare).slice(0, 3);
  const summary = rows.length
    ? gaps.length
      ? `The widest gaps: ${gaps.map((g) => `${g.skill} (asked by ${g.roleShare}% of roles, held by ${g.peopleShare}% of people)`).join('; ')}.`
      : 'Every skill the open roles ask for is held by at least as large a share of your people.'
    : 'No open roles name skills yet.';
  return (
    <ChartCard title="Skills the open roles ask for" summary={summary} empty={rows.length ? null : 'Import open roles with must-have skills to see the gap.'}>
      <SkillBars rows={rows} colors={colors} height={56 + rows.length * 30} />
    </ChartCard>
  );
}

/** The skills your people hold most, against how many open roles ask for them. */
export function SkillSupply({ data, colors }: { data: InsightsSummary; colors: ChartColors }) {
  const rows = shares(data.skillSupply, data);
  const unused = rows.filter((r) => r.roles === 0).map((r) => r.skill);
  const summary = rows.length
    ? `${n(data.totals.skills)} distinct skills among your people; the most common is ${rows[0]!.skill} (${n(rows[0]!.people)} people).` +
      (unused.length && data.totals.openRoles ? ` No open role asks for ${unused.slice(0, 3).join(', ')}.` : '')
    : 'No skills recorded yet.';
  return (
    <ChartCard title="Skills your people hold" summary={summary} empty={rows.length ? null : data.totals.people ? 'None of your people has a skill Bridgehire knows yet: import a file with their skills or résumés.' : 'Skills appear once people are imported.'}>
      <SkillBars rows={rows} colors={colors} height={56 + rows.length * 30} />
    </ChartCard>
  );
}
