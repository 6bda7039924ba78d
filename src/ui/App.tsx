/** The playground screen: toolbar, palette, canvas, inspector, dashboard. */
import { ReactFlowProvider } from '@xyflow/react';
import { lazy, Suspense, useEffect } from 'react';
import { Canvas } from './Canvas';
import { Decide } from './Decide';
import { HelpPanel } from './HelpPanel';
import { Inspector } from './Inspector';
import { LessonsPanel } from './Lessons';
import { Palette } from './Palette';
import { ReviewPanel } from './Review';
import { useShortcuts } from './shortcuts';
import { StatusBanner } from './StatusBanner';
import { Toolbar } from './Toolbar';
import { useUiStore } from './uiStore';
// Styles load with the component; Vite bundles the file.
// oxlint-disable-next-line import/no-unassigned-import
import '../styles/app.css';

// Recharts is the heaviest dependency: it loads after the first paint.
const Dashboard = lazy(() => import('./Dashboard'));

function Screen() {
  useShortcuts();
  const theme = useUiStore((s) => s.theme);
  const dashboardOpen = useUiStore((s) => s.dashboardOpen);
  const toggleDashboard = useUiStore((s) => s.toggleDashboard);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return (
    <div className={`lp-app${dashboardOpen ? '' : ' lp-app-no-dashboard'}`}>
      <Toolbar />
      <div className="lp-banners">
        <StatusBanner />
        {/* The review, and the panels that open from it, share one line under the toolbar. */}
        <div className="lp-tools-row">
          <ReviewPanel />
          <Decide />
          <LessonsPanel />
        </div>
      </div>
      <main className="lp-main">
        <Palette />
        <Canvas />
        <Inspector />
      </main>
      <div className="lp-bottom">
        <button type="button" className="lp-bottom-toggle" onClick={toggleDashboard} aria-expanded={dashboardOpen} aria-label={dashboardOpen ? 'Hide dashboard' : 'Show dashboard'}>
          {dashboardOpen ? 'Hide dashboard' : 'Show dashboard'}
        </button>
        {dashboardOpen && (
          <Suspense fallback={<p className="lp-loading">Loading charts…</p>}>
            <Dashboard />
          </Suspense>
        )}
      </div>
      <HelpPanel />
    </div>
  );
}

export function App() {
  return (
    <ReactFlowProvider>
      <Screen />
    </ReactFlowProvider>
  );
}
