import { useEffect } from 'react';
import { useApp } from './context';
import { ROUTES, useRoute, type RouteId } from './routes';
import { useTheme } from './theme';
import { Welcome } from './Welcome';
import { VIEWS } from '../views';
import { Toasts } from '../components/Toasts';
import { ErrorBoundary } from '../components/ErrorBoundary';

export function App() {
  const { info } = useApp();
  const route = useRoute();
  const [theme, toggleTheme] = useTheme();
  useEffect(() => {
    document.title = `Bridgehire — ${ROUTES.find((r) => r.id === route.view)?.label ?? ''}`;
  }, [route.view]);
  const View = VIEWS[route.view as RouteId];
  // An empty workspace still reaches Imports and Settings (a backup is restored from there).
  const showWelcome = info?.empty && route.view !== 'imports' && route.view !== 'settings';
  return (
    <div className="shell">
      <nav className="sidebar" aria-label="Main">
        <div className="brand">
          <span className="logo" aria-hidden>
            ⇄
          </span>
          Bridgehire
        </div>
        <ul>
          {ROUTES.map((r) => (
            <li key={r.id}>
              <a href={`#/${r.id}`} className={route.view === r.id ? 'active' : ''} aria-current={route.view === r.id ? 'page' : undefined} title={r.hint}>
                {r.label}
              </a>
            </li>
          ))}
        </ul>
        <div className="sidebar-foot">
          <button className="ghost" onClick={toggleTheme} aria-label="Switch theme">
            {theme === 'light' ? '☾ Dark theme' : '☀ Light theme'}
          </button>
          {info && (
            <div className="muted small" title="Workspace file">
              {info.workspace} · v{info.version}
            </div>
          )}
        </div>
      </nav>
      <main className="content">
        {info === null ? (
          <div className="loading" role="status">
            Opening the workspace…
          </div>
        ) : (
          <ErrorBoundary resetKey={route.view}>{showWelcome ? <Welcome /> : <View param={route.param} />}</ErrorBoundary>
        )}
      </main>
      <Toasts />
    </div>
  );
}
