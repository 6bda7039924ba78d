/** Sweep: the diagram at each memory size, cost against duration, the cheapest, fastest and balanced sizes, and one applied. */
import { useMemo, useState } from 'react';
import { atPoint, parseSweep, sweepPoints, sweepRow, type Architecture } from '../../analysis/sweep';
import { baseDesign, type FunctionConfig } from '../../model';
import { useScenarioStore } from '../../store/useScenarioStore';
import { formatDurationMs, formatUSD } from '../format';
import { useUiStore } from '../uiStore';
import { DiagramProblem, JobStatus, useDiagramScenario } from './common';
import { defaultSweepSizes, sweepView } from './decideModel';
import { anyRunning, useDecideStore } from './decideStore';
import { SweepChart } from './SweepChart';

const ALL = '*';

/** Which architectures the sweep runs: each function's own, one, or both (arm64 costs 20 % less per GB-s). */
const ARCH_CHOICES: Record<string, { label: string; list: Architecture[] }> = {
  own: { label: "each function's own", list: [] },
  x86_64: { label: 'x86_64', list: ['x86_64'] },
  arm64: { label: 'arm64', list: ['arm64'] },
  both: { label: 'both', list: ['x86_64', 'arm64'] },
};

export function SweepPanel() {
  const parsed = useDiagramScenario();
  const job = useDecideStore((s) => s.sweep);
  const busy = useDecideStore(anyRunning);
  const start = useDecideStore((s) => s.start);
  const scenario = parsed.ok ? baseDesign(parsed.scenario) : null;
  const functions = useMemo(() => (scenario ? scenario.nodes.filter((n) => n.kind === 'function') : []), [scenario]);
  const [target, setTarget] = useState<string>(functions.length > 1 ? ALL : (functions[0]?.id ?? ALL));
  const targetFn = functions.find((f) => f.id === target);
  const [sizesText, setSizesText] = useState(() => defaultSweepSizes(functions[0]?.kind === 'function' ? functions[0].config.memoryMB : undefined).join(', '));
  const [costPercent, setCostPercent] = useState(50);
  const [arch, setArch] = useState('own');
  const [chosen, setChosen] = useState<string | null>(null);
  const sizes = parseSweep(`memoryMB=${sizesText.replace(/\s+/g, '')}`);
  const sizesError = sizes.ok ? (sizes.memoryMB.length < 2 ? 'Give at least two memory sizes, comma-separated.' : null) : sizes.message.replace('--sweep: ', '');
  const functionId = target === ALL ? undefined : target;
  const flat = (targetFn ? [targetFn] : functions).every((f) => f.kind === 'function' && f.config.cpuBoundFraction === 0) && functions.length > 0;
  const key = scenario ? `${target}:${arch}:${sizesText}:${JSON.stringify(scenario)}` : '';
  const view = useMemo(() => (job.result && job.result.rows.length > 0 ? sweepView(job.result.rows, costPercent / 100) : null), [job.result, costPercent]);
  const selected = view ? (view.rows.find((r) => r.label === chosen) ?? view.rows.find((r) => r.marks.includes('balanced')) ?? null) : null;
  const appliedTo = job.result?.functionId ?? null;

  const run = () => {
    if (!scenario || !sizes.ok || sizesError) return;
    const points = sweepPoints([...new Set(sizes.memoryMB)], ARCH_CHOICES[arch].list);
    setChosen(null);
    void start(
      'sweep',
      points.map((p) => atPoint(scenario, p, functionId)),
      key,
      (results) => ({ rows: results.map((r, i) => sweepRow(points[i], r.summary)), functionId: functionId ?? null }),
    );
  };

  const apply = () => {
    if (!selected || !scenario) return;
    const store = useScenarioStore.getState();
    const ids = appliedTo ? [appliedTo] : functions.map((f) => f.id);
    for (const node of store.nodes) {
      if (!ids.includes(node.id) || node.data.kind !== 'function') continue;
      const config = node.data.config as FunctionConfig;
      // The duration stays stated at the memory it was measured at, as in the sweep's runs.
      store.setNodeConfig(node.id, {
        ...config,
        referenceMemoryMB: config.referenceMemoryMB ?? config.memoryMB,
        memoryMB: selected.memoryMB,
        architecture: selected.architecture ?? config.architecture,
      });
    }
    useUiStore.getState().showToast(`${ids.join(', ')}: set to ${selected.label} (undo with Ctrl+Z).`);
  };

  return (
    <div className="lp-decide-tab">
      <p className="lp-decide-intro">
        Runs the diagram at each memory size. Each function's duration stays stated at the memory it has now (or its reference memory) and scales with
        its CPU-bound share; more memory costs more per millisecond and can make each run shorter.
      </p>
      <DiagramProblem parsed={parsed} />
      {scenario && functions.length === 0 && <p className="lp-decide-empty">The diagram has no function to size.</p>}
      {scenario && functions.length > 0 && (
        <div className="lp-decide-actions">
          {functions.length > 1 && (
            <label className="lp-decide-inline">
              Function
              <select value={target} onChange={(e) => setTarget(e.target.value)}>
                <option value={ALL}>every function</option>
                {functions.map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.label || f.id}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label className="lp-decide-inline">
            Architecture
            <select value={arch} onChange={(e) => setArch(e.target.value)}>
              {Object.entries(ARCH_CHOICES).map(([id, c]) => (
                <option key={id} value={id}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
          <label className="lp-decide-inline lp-decide-sizes">
            Memory sizes (MB)
            <input
              value={sizesText}
              aria-invalid={sizesError !== null}
              onChange={(e) => setSizesText(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') run();
              }}
            />
          </label>
          <button type="button" className="lp-decide-primary" disabled={busy || sizesError !== null} onClick={run}>
            Run sweep
          </button>
          {busy && job.status !== 'running' && <span className="lp-decide-muted">Another analysis is running.</span>}
        </div>
      )}
      {targetFn?.kind === 'function' && (
        <p className="lp-decide-muted">
          {targetFn.label || targetFn.id} has {targetFn.config.memoryMB.toLocaleString('en-US')} MB now.
        </p>
      )}
      {flat && (
        <p className="lp-decide-note" data-testid="sweep-flat">
          {(targetFn ? [targetFn] : functions).map((f) => f.label || f.id).join(', ')}: no CPU-bound share, so the duration is the same at every size and
          only the cost moves. Set its CPU-bound share in the inspector to model a handler that runs faster with more memory.
        </p>
      )}
      {sizesError && scenario && functions.length > 0 && (
        <p className="lp-decide-error" role="alert">
          {sizesError}
        </p>
      )}
      <JobStatus kind="sweep" job={job} label="Sweep" stale={job.key !== key} />
      {!view && job.status === 'idle' && functions.length > 0 && <p className="lp-decide-empty">No sweep yet.</p>}
      {view && selected && (
        <>
          <p className="lp-decide-sentence" data-testid="sweep-sentence">
            {view.sentence}.
          </p>
          <label className="lp-decide-inline lp-decide-weight">
            Balance: weight on cost
            <input type="range" min={0} max={100} step={5} value={costPercent} onChange={(e) => setCostPercent(Number(e.target.value))} aria-valuetext={`${costPercent} % on cost, ${100 - costPercent} % on p95`} />
            <output>
              {costPercent} % cost, {100 - costPercent} % p95
            </output>
          </label>
          <div className="lp-decide-sweep">
            <SweepChart view={view} />
            <div className="lp-decide-table-wrap">
              <table className="lp-decide-table" aria-label="Sweep results">
                <thead>
                  <tr>
                    <th scope="col">Choose</th>
                    <th scope="col">Memory</th>
                    <th scope="col">Cost</th>
                    <th scope="col">p50</th>
                    <th scope="col">p95</th>
                    <th scope="col">p99</th>
                    <th scope="col">Marks</th>
                  </tr>
                </thead>
                <tbody>
                  {view.rows.map((r) => (
                    <tr key={r.label} className={r === selected ? 'lp-decide-chosen' : undefined}>
                      <td>
                        <input type="radio" name="lp-decide-size" checked={r === selected} onChange={() => setChosen(r.label)} aria-label={`Choose ${r.label}`} />
                      </td>
                      <th scope="row">{r.label}</th>
                      <td>{formatUSD(r.costUSD)}</td>
                      <td>{formatDurationMs(r.p50Ms)}</td>
                      <td>{formatDurationMs(r.p95Ms)}</td>
                      <td>{formatDurationMs(r.p99Ms)}</td>
                      <td>{r.marks.join(', ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
          <div className="lp-decide-actions">
            <button type="button" className="lp-decide-primary" onClick={apply}>
              Apply {selected.label} to {appliedTo ?? 'every function'}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
