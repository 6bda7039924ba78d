import type { Scenario } from '../model';
import type { SimulationSummary } from '../engine/api';
import { replicationSeed } from './seeds';
import { summariseReplications, type Intervals } from './summarise';

/** Runs one scenario (in this thread or in a worker) and resolves with its summary. */
export type RunScenario = (scenario: Scenario) => Promise<SimulationSummary>;

export interface ReplicationResult {
  replications: number;
  summary: Intervals<Omit<SimulationSummary, 'seed' | 'wallMs' | 'events'>>;
}

/** The scenarios of N replications: the same scenario under derived seeds. */
export function replicationScenarios(scenario: Scenario, n: number): Scenario[] {
  return Array.from({ length: n }, (_, i) => ({ ...scenario, seed: replicationSeed(scenario.seed, i) }));
}

/** Runs N replications and gives the mean and 95 % interval of every figure; the order runs finish in does not matter. */
export async function replicate(scenario: Scenario, n: number, run: RunScenario): Promise<ReplicationResult> {
  if (!Number.isInteger(n) || n < 1) throw new Error(`replications must be a whole number of at least 1, not ${n}`);
  const summaries = await Promise.all(replicationScenarios(scenario, n).map(run));
  const stripped = summaries.map(({ seed: _seed, wallMs: _wall, events: _events, ...rest }) => rest);
  return { replications: n, summary: summariseReplications(stripped) };
}
