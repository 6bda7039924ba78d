/**
 * The engine's entry points. The worker, the command line, the bench and the
 * tests all drive the same engine through these.
 */
import type { Scenario } from '../model';
import type { Simulation, SimulationOptions, SimulationSummary } from './api';
import { SimulationRun } from './simulation';

export type * from './api';
export { FUNCTION_METRICS, CALLER_METRICS, ACCOUNT_METRICS, ACCOUNT_NODE_ID } from './metricNames';

export function createSimulation(scenario: Scenario, options: SimulationOptions = {}): Simulation {
  return new SimulationRun(scenario, options);
}

/** Runs a scenario to its end and returns the summary (wallMs is left 0: the engine has no wall clock). */
export function runToEnd(scenario: Scenario, options: SimulationOptions = {}): SimulationSummary {
  const sim = createSimulation(scenario, options);
  while (!sim.done) {
    sim.advanceTo(sim.endMs, 1_000_000);
    // Ticks and log entries are not wanted here: drop them so memory stays flat.
    sim.takeTicks();
    sim.takeLog();
  }
  return sim.summary();
}
