/**
 * The page's pool of engine workers (Web Workers), for replications, variants
 * and sweeps: the adapter over poolCore.ts, which does the scheduling. The live
 * run keeps its own worker (client.ts).
 */
import type { Scenario } from '../model';
import { WorkerPool, type PoolRunOptions, type PoolWorker, type ScenarioJob, type ScenarioResult } from './poolCore';

export { PoolCancelled, type ScenarioResult } from './poolCore';

/** Workers for `cores` logical processors: all but one, left to the page (its charts and canvas), and at least one. */
export function poolSizeFor(cores: number | undefined): number {
  return Math.max(1, Math.floor(cores || 1) - 1);
}

let pool: WorkerPool<ScenarioJob, ScenarioResult> | null = null;

function spawn(): PoolWorker<ScenarioJob, ScenarioResult> {
  return new Worker(new URL('./pool.worker.ts', import.meta.url), { type: 'module' }) as unknown as PoolWorker<ScenarioJob, ScenarioResult>;
}

/** The page's one pool, sized from navigator.hardwareConcurrency; its workers start on first use. */
export function browserPool(): WorkerPool<ScenarioJob, ScenarioResult> {
  pool ??= new WorkerPool(spawn, poolSizeFor(navigator.hardwareConcurrency));
  return pool;
}

/**
 * Runs every scenario to its end on the pool; the results come back in the
 * scenarios' order, each with its series in intervals when `series` is set.
 */
export function runOnPool(scenarios: readonly Scenario[], options: PoolRunOptions & { series?: boolean } = {}): Promise<ScenarioResult[]> {
  const { series = false, ...run } = options;
  return browserPool().run(
    scenarios.map((scenario) => ({ scenario, series })),
    run,
  );
}
