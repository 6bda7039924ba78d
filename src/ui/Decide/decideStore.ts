/**
 * The Decide panel's runs: compare, replicate and sweep, each a batch on the
 * page's worker pool with its progress, its cancel and its result. Kept
 * outside the dialog, so closing it loses nothing and a run goes on.
 */
import { create } from 'zustand';
import type { RunSeries } from '../../analysis/series';
import type { SweepRow } from '../../analysis/sweep';
import type { SimulationSummary } from '../../engine/api';
import type { Scenario } from '../../model';
import { PoolCancelled, runOnPool, type ScenarioResult } from '../../worker/browserPool';

export type JobKind = 'compare' | 'replicate' | 'sweep';

export interface CompareResult {
  designs: { letter: string; name: string }[];
  summaries: SimulationSummary[];
  /** Each design's run in intervals, for the overlaid charts. */
  series: RunSeries[];
  seed: number;
}
export interface ReplicateResult {
  design: string;
  summaries: SimulationSummary[];
  /** Each replication's run in intervals, for the charts' bands. */
  series: RunSeries[];
  seed: number;
}
export interface SweepResult {
  rows: SweepRow[];
  /** The function swept, or null for every function. */
  functionId: string | null;
}

export interface JobState<R> {
  status: 'idle' | 'running' | 'done' | 'error' | 'cancelled';
  done: number;
  total: number;
  result: R | null;
  error: string | null;
  /** What the result was computed from (the scenario's JSON), to tell when the diagram has changed since. */
  key: string | null;
}

interface Results {
  compare: CompareResult;
  replicate: ReplicateResult;
  sweep: SweepResult;
}

export interface DecideState {
  tab: JobKind;
  compare: JobState<CompareResult>;
  replicate: JobState<ReplicateResult>;
  sweep: JobState<SweepResult>;
  setTab(tab: JobKind): void;
  /** Runs the scenarios on the pool (with their series when `series` is set) and keeps what `finish` makes of the results. */
  start<K extends JobKind>(kind: K, scenarios: readonly Scenario[], key: string, finish: (results: ScenarioResult[]) => Results[K], series?: boolean): Promise<void>;
  cancel(kind: JobKind): void;
}

const idle = { status: 'idle', done: 0, total: 0, result: null, error: null, key: null } as const;
const controllers = new Map<JobKind, AbortController>();

export const useDecideStore = create<DecideState>()((set) => ({
  tab: 'compare',
  compare: idle,
  replicate: idle,
  sweep: idle,
  setTab: (tab) => set({ tab }),
  async start(kind, scenarios, key, finish, series = false) {
    controllers.get(kind)?.abort();
    const abort = new AbortController();
    controllers.set(kind, abort);
    const update = (patch: Partial<JobState<unknown>>) => set((s) => ({ [kind]: { ...s[kind], ...patch } }) as Partial<DecideState>);
    update({ status: 'running', done: 0, total: scenarios.length, result: null, error: null, key });
    try {
      const results = await runOnPool(scenarios, { series, signal: abort.signal, onProgress: (done, total) => update({ done, total }) });
      update({ status: 'done', result: finish(results) });
    } catch (error) {
      if (error instanceof PoolCancelled) update({ status: 'cancelled' });
      else update({ status: 'error', error: error instanceof Error ? error.message : String(error) });
    } finally {
      if (controllers.get(kind) === abort) controllers.delete(kind);
    }
  },
  cancel(kind) {
    controllers.get(kind)?.abort();
  },
}));

/** True while any of the three is running: the pool takes one batch at a time. */
export const anyRunning = (s: DecideState): boolean => s.compare.status === 'running' || s.replicate.status === 'running' || s.sweep.status === 'running';
