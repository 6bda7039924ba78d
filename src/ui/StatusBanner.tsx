/** What went wrong with the worker (with a restart), and notices about the run. */
import { RotateCcw, X } from 'lucide-react';
import { runStore, useRunStore } from '../store/useRunStore';

export function StatusBanner() {
  const failure = useRunStore((s) => s.failure);
  const notice = useRunStore((s) => s.notice);
  if (failure)
    return (
      <div className="lp-banner lp-banner-error" role="alert">
        <span>
          The simulation stopped: {failure.replace(/\.$/, '')}. Your diagram is kept.
        </span>
        <button type="button" onClick={() => runStore.getState().restartWorker()} aria-label="Restart the simulation">
          <RotateCcw size={14} aria-hidden="true" /> Restart simulation
        </button>
      </div>
    );
  if (notice)
    return (
      <div className="lp-banner lp-banner-info" role="status">
        <span className="lp-banner-text">{notice}</span>
        <button type="button" onClick={() => runStore.getState().setNotice(null)} aria-label="Dismiss notice">
          <X size={14} aria-hidden="true" />
        </button>
      </div>
    );
  return null;
}
