/** What the three Decide tabs share: the diagram as a scenario, and a run's progress, cancel and error. */
import { useMemo } from 'react';
import { parseScenario, type ParseResult } from '../../model';
import { toScenario } from '../../store/scenarioStore';
import { useScenarioStore } from '../../store/useScenarioStore';
import { useDecideStore, type JobKind, type JobState } from './decideStore';

/** The diagram, validated: what every Decide run starts from. */
export function useDiagramScenario(): ParseResult {
  const meta = useScenarioStore((s) => s.meta);
  const nodes = useScenarioStore((s) => s.nodes);
  const edges = useScenarioStore((s) => s.edges);
  return useMemo(() => parseScenario(toScenario({ meta, nodes, edges })), [meta, nodes, edges]);
}

export function DiagramProblem({ parsed }: { parsed: ParseResult }) {
  if (parsed.ok) return null;
  return (
    <p className="lp-decide-error" role="alert">
      The diagram has errors, so it cannot be run: {parsed.issues[0].path}: {parsed.issues[0].message}
      {parsed.issues.length > 1 ? ` (and ${parsed.issues.length - 1} more)` : ''}
    </p>
  );
}

const runs = (n: number) => `${n.toLocaleString('en-US')} run${n === 1 ? '' : 's'}`;

/** Progress while running (with Cancel), then what became of the run. */
export function JobStatus({ kind, job, label, stale }: { kind: JobKind; job: JobState<unknown>; label: string; stale: boolean }) {
  const cancel = useDecideStore((s) => s.cancel);
  if (job.status === 'running')
    return (
      <div className="lp-decide-progress" role="status" aria-live="polite">
        <progress max={job.total} value={job.done} aria-label={`${label} progress`} />
        <span data-testid={`decide-${kind}-progress`}>
          {job.done} of {runs(job.total)} done
        </span>
        <button type="button" onClick={() => cancel(kind)}>
          Cancel
        </button>
      </div>
    );
  if (job.status === 'cancelled')
    return (
      <p className="lp-decide-note" role="status">
        Cancelled after {job.done} of {runs(job.total)}.
      </p>
    );
  if (job.status === 'error')
    return (
      <p className="lp-decide-error" role="alert">
        The run failed: {job.error}
      </p>
    );
  if (job.status === 'done' && stale)
    return (
      <p className="lp-decide-note" role="status">
        The diagram has changed since this run: run it again to see the figures of the diagram as it is now.
      </p>
    );
  return null;
}
