/**
 * The page's pool of engine workers (Web Workers), for replications, variants
 * and sweeps: the adapter over poolCore.ts, which does the scheduling. The live
 * run keeps its own worker (client.ts).
 */
import type { SimulationSummary } from '../engine/api';
import type { Scenario } from '../model';
import { WorkerPool, type PoolRunOptions, type PoolWorker } from './poolCore';

export { PoolCancelled } from './poolCore';

/** Workers for `cores` logical processors: all but one, left to the page (its charts and canvas), and at least one. */
export function poolSizeFor(cores: number | undefined): number {
  return Math.max(1, Math.floor(cores || 1) - 1);
}

let pool: WorkerPool<Scenario, SimulationSummary> | null = null;

function spawn(): PoolWorker<Scenario, SimulationSummary> {
  return new Worker(new URL('./pool.worker.ts', import.meta.url), { type: 'module' }) as unknown as PoolWorker<Scenario, SimulationSummary>;
}

/** The page's one pool, sized from navigator.hardwareConcurrency; its workers start on first use. */
export function browserPool(): WorkerPool<Scenario, SimulationSummary> {
  pool ??= new WorkerPool(spawn, poolSizeFor(navigator.hardwareConcurrency));
  return pool;
}

/** Runs every scenario to its end on the pool; the summaries come back in the scenarios' order. */
export function runOnPool(scenarios: readonly Scenario[], options?: PoolRunOptions): Promise<SimulationSummary[]> {
  return browserPool().run(scenarios, options);
}
