/** Selectors that read one number of the run for one node: badges re-render only when that number changes. */
import type { RunState } from '../../store/runStore';

/**
 * The instantaneous value the engine reports under `liveKey` (LiveState), else
 * the latest tick of `metric`, else null. Null before a run has started.
 */
export function liveValue(state: RunState, nodeId: string, liveKey: string, metric: string): number | null {
  if (!state.loaded) return null;
  const live = state.live[nodeId]?.[liveKey];
  if (live !== undefined) return live;
  return state.table.latest(`${nodeId}/${metric}`) ?? null;
}

/** The run's count so far: the engine's live counter under `liveKey`, else the sum of the ticks of `metric`. */
export function runTotal(state: RunState, nodeId: string, liveKey: string, metric: string): number {
  const live = state.live[nodeId]?.[liveKey];
  if (live !== undefined) return live;
  return state.table.total(`${nodeId}/${metric}`) ?? 0;
}

/** Latest per-second rate of a count metric, 0 when absent. */
export function latestRate(state: RunState, nodeId: string, metric: string): number {
  return state.table.latest(`${nodeId}/${metric}`) ?? 0;
}

/** One minute of age: a queue or stream falling this far behind is worth a warning. */
const AGE_WARNING_MS = 60_000;

/** Throttling, refusing callers, or a queue or stream falling behind. */
export function isWarning(state: RunState, nodeId: string): boolean {
  if (state.status === 'idle') return false;
  if (latestRate(state, nodeId, 'Throttles') > 0) return true;
  if (latestRate(state, nodeId, 'Status429') > 0 || latestRate(state, nodeId, 'Status502') > 0) return true;
  const age = liveValue(state, nodeId, 'iteratorAgeMs', 'IteratorAge') ?? liveValue(state, nodeId, 'oldestAgeMs', 'ApproximateAgeOfOldestMessage') ?? 0;
  return age > AGE_WARNING_MS;
}

/** Something moved along a link in the latest tick. */
export function isFlowing(state: RunState, source: string, target: string): boolean {
  if (state.status !== 'running') return false;
  return latestRate(state, target, 'Invocations') > 0 || latestRate(state, source, 'Invocations') > 0;
}
