import { Bar, BarChart, CartesianGrid, Cell, Legend, Pie, PieChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { InsightsSummary } from '../../../../shared/api/contract/insights';
import type { Rehire } from '../../../../shared/domain';
import { navigate } from '../../app/routes';
import { plural } from '../../grid/format';
import { ChartCard } from './ChartCard';
import { axisTick, tooltipStyle, type ChartColors } from './chartTheme';
import { EXIT_LABELS, REHIRE_LABELS, n } from './labels';

const EXIT_KEYS = ['layoff', 'voluntary', 'involuntary', 'other', 'unknown'] as const;

/** Exits per year, stacked by why they left. */
export function AlumniByExitYear({ data, colors }: { data: InsightsSummary; colors: ChartColors }) {
  const rows = data.alumniByExitYear.map((r) => ({ year: String(r.year), ...r.byType }));
  const keys = EXIT_KEYS.filter((k) => data.alumniByExitYear.some((r) => r.byType[k]));
  const layoffs = data.alumniByExitYear.reduce((s, r) => s + (r.byType.layoff ?? 0), 0);
  const peak = [...data.alumniByExitYear].sort((a, b) => b.total - a.total)[0];
  const summary = peak
    ? `${plural(data.totals.alumni, 'former employee')}; ${plural(layoffs, 'exit')} ${layoffs === 1 ? 'was a layoff' : 'were layoffs'}. The most people left in ${peak.year} (${n(peak.total)}).`
    : 'No former employees yet.';
  const exitColor: Record<(typeof EXIT_KEYS)[number], string> = { layoff: colors.series[0]!, voluntary: colors.series[1]!, involuntary: colors.series[2]!, other: colors.series[3]!, unknown: colors.series[7]! };
  return (
    <ChartCard
      title="Former employees by exit year"
      summary={summary}
      wide
      empty={rows.length ? null : 'Import your HRIS or alumni export to see when and why people left.'}
      actions={
        rows.length ? (
          <button className="link-button" onClick={() => navigate('rehire')}>
            Open Rehire →
          </button>
        ) : null
      }
    >
      <BarChart data={rows} responsive style={{ width: '100%', height: 260 }} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
        <CartesianGrid vertical={false} stroke={colors.grid} />
        <XAxis dataKey="year" tick={axisTick(colors)} stroke={colors.grid} />
        <YAxis tick={axisTick(colors)} stroke={colors.grid} allowDecimals={false} tickFormatter={n} width={48} />
        <Tooltip {...tooltipStyle} cursor={{ fill: colors.grid, opacity: 0.4 }} formatter={(v) => n(Number(v))} />
        <Legend itemSorter={null} wrapperStyle={{ fontSize: 12 }} />
        {keys.map((k) => (
          <Bar key={k} dataKey={k} name={EXIT_LABELS[k]} stackId="exit" fill={exitColor[k]} isAnimationActive={false} maxBarSize={48} />
        ))}
      </BarChart>
    </ChartCard>
  );
}

/** Rehire eligibility of each former employee's latest stint. */
export function RehireEligibility({ data, colors }: { data: InsightsSummary; colors: ChartColors }) {
  const color: Record<Rehire, string> = { eligible: colors.good, review: colors.warn, ineligible: colors.bad, unknown: colors.series[7]! };
  const total = data.alumniByRehire.reduce((s, r) => s + r.count, 0);
  const eligible = data.alumniByRehire.find((r) => r.rehire === 'eligible')?.count ?? 0;
  const rows = data.alumniByRehire.map((r) => ({ name: REHIRE_LABELS[r.rehire], value: r.count, rehire: r.rehire }));
  const summary = total ? `${n(eligible)} of ${n(total)} former employees (${Math.round((eligible / total) * 100)}%) are eligible for rehire.` : 'No former employees yet.';
  return (
    <ChartCard title="Rehire eligibility" summary={summary} empty={total ? null : 'Eligibility appears once alumni are imported.'}>
      <div className="insight-donut">
        <PieChart responsive style={{ width: '100%', maxWidth: 220, height: 220 }}>
          <Pie data={rows} dataKey="value" nameKey="name" innerRadius="58%" outerRadius="92%" paddingAngle={1} stroke={colors.panel} isAnimationActive={false}>
            {rows.map((r) => (
              <Cell key={r.rehire} fill={color[r.rehire]} />
            ))}
          </Pie>
          <Tooltip {...tooltipStyle} formatter={(v) => n(Number(v))} />
        </PieChart>
        <ul className="insight-legend">
          {rows.map((r) => (
            <li key={r.rehire}>
              <span className="swatch" style={{ background: color[r.rehire] }} aria-hidden />
              <span>{r.name}</span>
              <strong>{n(r.value)}</strong>
              <span className="muted">{Math.round((r.value / total) * 100)}%</span>
            </li>
          ))}
        </ul>
      </div>
    </ChartCard>
  );
}
