import { useCallback, useEffect, useState } from 'react';
import type { InsightsSummary } from '../../../shared/api/contract/insights';
import { errorMessage } from '../api/client';
import { useApp, useDataChanged } from '../app/context';
import { navigate } from '../app/routes';
import { EmptyState } from '../components/EmptyState';
import { formatDate } from '../grid/format';
import { AlumniByExitYear, RehireEligibility } from './insights/AlumniCharts';
import { useChartColors } from './insights/chartTheme';
import { LayoffsByMonth } from './insights/LayoffsChart';
import { PeopleByTrack } from './insights/PeopleCharts';
import { DaysOpen, OpenRolesByTrack } from './insights/RolesCharts';
import { SkillDemand, SkillSupply } from './insights/SkillsCharts';
import { n } from './insights/labels';

/** Where the talent is: people, alumni, open roles, the skills gap and the layoff waves behind them. */
export function InsightsView() {
  const { api } = useApp();
  const colors = useChartColors();
  const [data, setData] = useState<InsightsSummary | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const load = useCallback(
    () =>
      api.call('insights.summary', {}).then(
        (d) => {
          setData(d);
          setFailed(null);
        },
        (e) => setFailed(errorMessage(e)),
      ),
    [api],
  );
  useEffect(() => {
    void load();
  }, [load]);
  useDataChanged(['people', 'alumni', 'roles', 'skills', 'layoffs', 'imports'], () => void load());

  if (!data) {
    return (
      <section className="view">
        {failed ? (
          <EmptyState title="Insights could not be loaded" actions={<button onClick={() => void load()}>Try again</button>}>
            {failed}
          </EmptyState>
        ) : (
          <div className="loading" role="status">
            Adding things up…
          </div>
        )}
      </section>
    );
  }
  const t = data.totals;
  if (t.people === 0 && t.openRoles === 0 && t.layoffEvents === 0) {
    return (
      <section className="view">
        <EmptyState
          title="Nothing to chart yet"
          actions={
            <button className="primary" onClick={() => navigate('imports')}>
              Import a spreadsheet
            </button>
          }
        >
          Insights shows where your talent is — people by track and source, former employees and their rehire eligibility, open roles, the skills gap and
          the layoff waves behind your candidates. Import a spreadsheet, or load the demo workspace from the welcome screen, to fill it.
        </EmptyState>
      </section>
    );
  }
  const tiles: { label: string; value: number; to: Parameters<typeof navigate>[0] }[] = [
    { label: 'People', value: t.people, to: 'candidates' },
    { label: 'Former employees', value: t.alumni, to: 'rehire' },
    { label: 'Open roles', value: t.openRoles, to: 'roles' },
    { label: 'Distinct skills', value: t.skills, to: 'candidates' },
    { label: 'Layoff events', value: t.layoffEvents, to: 'candidates' },
  ];
  return (
    <section className="view insights">
      <header className="view-header">
        <div>
          <h1>Insights</h1>
          <p className="muted">Where the talent is, as of {formatDate(data.asOf)}.</p>
        </div>
      </header>
      <div className="insights-scroll">
        <ul className="kpis" aria-label="Workspace totals">
          {tiles.map((k) => (
            <li key={k.label}>
              <a href={`#/${k.to}`} className="kpi">
                <strong>{n(k.value)}</strong>
                <span>{k.label}</span>
              </a>
            </li>
          ))}
        </ul>
        <div className="insight-grid">
          <PeopleByTrack data={data} colors={colors} />
          <OpenRolesByTrack data={data} colors={colors} />
          <SkillDemand data={data} colors={colors} />
          <SkillSupply data={data} colors={colors} />
          <DaysOpen data={data} colors={colors} />
          <RehireEligibility data={data} colors={colors} />
          <AlumniByExitYear data={data} colors={colors} />
          <LayoffsByMonth data={data} colors={colors} />
        </div>
      </div>
    </section>
  );
}
