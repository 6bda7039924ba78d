/** The Decide panel: a modal dialog with three tabs, Compare, Replicate and Sweep. */
import { useId, useRef, type KeyboardEvent } from 'react';
import { useModalDialog } from '../ScenarioMenu/Modal';
import { ComparePanel } from './ComparePanel';
import { useDecideStore, type JobKind } from './decideStore';
import { ReplicatePanel } from './ReplicatePanel';
import { SweepPanel } from './SweepPanel';

const TABS: readonly { id: JobKind; label: string }[] = [
  { id: 'compare', label: 'Compare' },
  { id: 'replicate', label: 'Replicate' },
  { id: 'sweep', label: 'Sweep memory' },
];

export default function DecideDialog({ onClose }: { onClose(): void }) {
  const ref = useModalDialog();
  const titleId = useId();
  const tab = useDecideStore((s) => s.tab);
  const setTab = useDecideStore((s) => s.setTab);
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  // Arrow keys, Home and End move between tabs (the WAI-ARIA tabs pattern).
  const onTabKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const i = TABS.findIndex((t) => t.id === tab);
    const next = event.key === 'ArrowRight' ? (i + 1) % TABS.length : event.key === 'ArrowLeft' ? (i + TABS.length - 1) % TABS.length : event.key === 'Home' ? 0 : event.key === 'End' ? TABS.length - 1 : -1;
    if (next < 0) return;
    event.preventDefault();
    setTab(TABS[next].id);
    tabRefs.current[next]?.focus();
  };
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className="lp-decide-dialog"
      // The canvas's single-key shortcuts must not act behind a modal dialog.
      onKeyDown={(event) => event.stopPropagation()}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <header className="lp-decide-header">
        <h2 id={titleId}>Decide: compare, replicate, sweep</h2>
        <div className="lp-decide-tabs" role="tablist" aria-label="Decide" onKeyDown={onTabKey}>
          {TABS.map((t, i) => (
            <button
              key={t.id}
              ref={(el) => {
                tabRefs.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`lp-decide-tab-${t.id}`}
              aria-selected={tab === t.id}
              aria-controls={`lp-decide-panel-${t.id}`}
              tabIndex={tab === t.id ? 0 : -1}
              onClick={() => setTab(t.id)}
            >
              {t.label}
            </button>
          ))}
        </div>
        <button type="button" className="lp-decide-close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <div className="lp-decide-body" role="tabpanel" id={`lp-decide-panel-${tab}`} aria-labelledby={`lp-decide-tab-${tab}`}>
        {tab === 'compare' ? <ComparePanel /> : tab === 'replicate' ? <ReplicatePanel /> : <SweepPanel />}
      </div>
    </dialog>
  );
}
