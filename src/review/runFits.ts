import type { SimulationSummary } from '../engine/api';
import type { Scenario } from '../model';

/**
 * Whether a finished run's figures are of this diagram: the same seed and the
 * same functions and other nodes. A run of a diagram since edited (a node
 * added, removed or renamed) is not used for the findings or the report.
 */
function sameIds(a: readonly string[], b: readonly string[]): boolean {
  const sortedB = b.toSorted();
  return a.length === b.length && a.toSorted().every((id, i) => id === sortedB[i]);
}

export function runFitsScenario(scenario: Scenario, run: SimulationSummary | null | undefined): run is SimulationSummary {
  if (!run || run.seed !== scenario.seed) return false;
  const functions = scenario.nodes.filter((n) => n.kind === 'function').map((n) => n.id);
  const others = scenario.nodes.filter((n) => n.kind !== 'function').map((n) => n.id);
  return sameIds(functions, Object.keys(run.functions)) && sameIds(others, Object.keys(run.resources));
}
