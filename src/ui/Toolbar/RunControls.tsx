/** Play, pause, step, reset, speed, the simulated clock, run length, seed, and "run to end". */
import { FastForward, Pause, Play, RotateCcw, StepForward, X } from 'lucide-react';
import { useState } from 'react';
import { parseScenario } from '../../model';
import { SPEEDS } from '../../store/runStore';
import { toScenario } from '../../store/scenarioStore';
import { useRunStore, runStore } from '../../store/useRunStore';
import { useScenarioStore } from '../../store/useScenarioStore';
import type { Speed } from '../../worker/protocol';
import { RunProgress, SimClock } from './SimClock';

function NumberSetting({ label, field, value, min, title }: { label: string; field: 'seed' | 'durationSeconds'; value: number; min: number; title: string }) {
  const fieldClass = field === 'seed' ? ' lp-tool-field-seed' : '';
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const commit = (raw: string) => {
    setText(raw);
    const next = Number(raw);
    const candidate = { ...toScenario(useScenarioStore.getState()), [field]: raw === '' ? Number.NaN : next };
    const parsed = parseScenario(candidate);
    if (!parsed.ok) {
      setError(parsed.issues.find((i) => i.path === field)?.message ?? parsed.issues[0].message);
      return;
    }
    setError(null);
    setText(null);
    useScenarioStore.getState().setMeta({ [field]: parsed.scenario[field] });
  };
  return (
    <label className={`lp-tool-field${fieldClass}${error ? ' lp-field-invalid' : ''}`} title={error ?? title}>
      <span>{label}</span>
      <input type="number" min={min} step={1} value={text ?? String(value)} aria-invalid={Boolean(error)} onChange={(e) => commit(e.target.value)} />
      {error && (
        <span className="lp-tool-error" role="alert">
          {error}
        </span>
      )}
    </label>
  );
}

export function RunControls() {
  const status = useRunStore((s) => s.status);
  const endMs = useRunStore((s) => s.endMs);
  const speed = useRunStore((s) => s.speed);
  const runningToEnd = useRunStore((s) => s.runningToEnd);
  const failed = useRunStore((s) => s.failure !== null);
  const seed = useScenarioStore((s) => s.meta.seed);
  const durationSeconds = useScenarioStore((s) => s.meta.durationSeconds);
  const run = runStore.getState();
  const running = status === 'running';
  // Idle, the next run loads the diagram again: its length is the one shown.
  const totalMs = status === 'idle' || !endMs ? durationSeconds * 1000 : endMs;

  return (
    <div className="lp-run-controls" role="group" aria-label="Run controls">
      <button
        type="button"
        className="lp-primary"
        onClick={() => (running ? run.pause() : run.play())}
        disabled={failed || status === 'done'}
        aria-label={running ? 'Pause' : 'Play'}
        title={running ? 'Pause (K)' : 'Play (K)'}
      >
        {running ? <Pause size={16} aria-hidden="true" /> : <Play size={16} aria-hidden="true" />}
      </button>
      <button type="button" onClick={() => run.step()} disabled={failed || running || status === 'done'} aria-label="Step one tick" title="Step one tick (.)">
        <StepForward size={16} aria-hidden="true" />
      </button>
      <button type="button" onClick={() => run.reset()} disabled={failed} aria-label="Reset" title="Reset (R)">
        <RotateCcw size={16} aria-hidden="true" />
      </button>
      <label className="lp-tool-field">
        <span>Speed</span>
        <select
          aria-label="Speed"
          value={String(speed)}
          onChange={(e) => run.setSpeed((e.target.value === 'max' ? 'max' : Number(e.target.value)) as Speed)}
        >
          {SPEEDS.map((s) => (
            <option key={String(s)} value={String(s)}>
              {s === 'max' ? 'max' : `${s}×`}
            </option>
          ))}
        </select>
      </label>
      <SimClock totalMs={totalMs} />
      <span className="lp-status" data-testid="run-status" aria-live="polite">
        {status}
      </span>
      <NumberSetting label="Length (s)" field="durationSeconds" value={durationSeconds} min={1} title="Simulated seconds the run lasts" />
      <NumberSetting label="Seed" field="seed" value={seed} min={0} title="The same seed gives the same run" />
      {runningToEnd ? (
        <span className="lp-progress">
          <RunProgress totalMs={totalMs} />
          <button type="button" onClick={() => run.cancelRunToEnd()} aria-label="Cancel run to end">
            <X size={14} aria-hidden="true" /> Cancel
          </button>
        </span>
      ) : (
        <button type="button" onClick={() => run.runToEnd()} disabled={failed || status === 'done'} aria-label="Run to end" title="Run to the end as fast as possible">
          <FastForward size={16} aria-hidden="true" /> To end
        </button>
      )}
    </div>
  );
}
