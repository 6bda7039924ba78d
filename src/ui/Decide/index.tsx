/** The Decide bar under the toolbar: one button opening the Decide panel (compare, replicate, sweep), loaded on first use. */
import { lazy, Suspense, useState } from 'react';
import { useScenarioStore } from '../../store/useScenarioStore';
// oxlint-disable-next-line import/no-unassigned-import
import './decide.css';

// The panel brings Recharts and the worker pool: it loads when first opened.
const DecideDialog = lazy(() => import('./DecideDialog'));

export function Decide() {
  const [open, setOpen] = useState(false);
  const variants = useScenarioStore((s) => s.meta.variants?.length ?? 0);
  return (
    <div className="lp-decide-bar">
      <button type="button" onClick={() => setOpen(true)} aria-haspopup="dialog" title="Compare designs on the same traffic, replicate with 95 % intervals, sweep memory">
        Decide…
      </button>
      <span className="lp-decide-muted">
        Compare, replicate, sweep memory
        {variants > 0 ? ` · ${variants} variant${variants === 1 ? '' : 's'} saved` : ''}
      </span>
      {open && (
        <Suspense fallback={<span className="lp-decide-muted" role="status">Loading the Decide panel…</span>}>
          <DecideDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
