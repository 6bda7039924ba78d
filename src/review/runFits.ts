import type { SimulationSummary } from '../engine/api';
import type { Scenario } from '../model';

/**
 * Whether a finished run's figures are of this diagram: the same seed and the
 * same functions and other nodes. A run of a diagram since edited (a node
 * added, removed or renamed) is not used for the findings or the report.
 */
export function runFitsScenario(scenario: Scenario, run: SimulationSummary | null | undefined): run is SimulationSummary {
  if (!run || run.seed !== scenario.seed) return false;
  const functions = scenario.nodes.filter((n) => n.kind === 'function').map((n) => n.id);
  const others = scenario.nodes.filter((n) => n.kind !== 'function').map((n) => n.id);
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.toSorted().every((id, i) => id === b.toSorted()[i]);
  return same(functions, Object.keys(run.functions)) && same(others, Object.keys(run.resources));
}
