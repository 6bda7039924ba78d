import type { SimulationSummary } from '../engine/api';
import type { Scenario } from '../model';
import { RULES } from './rules';
import type { Finding, Severity } from './types';

export type { Finding, Rule, Severity } from './types';
export { RULES } from './rules';

const ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/**
 * Every finding of every rule on a scenario, most severe first. Pure: the scenario is not changed.
 * With `run` (a finished run of this scenario), the rules that read a run's figures take part too.
 */
export function reviewScenario(scenario: Scenario, run?: SimulationSummary): Finding[] {
  return RULES.flatMap((rule) => rule.check(scenario, run)).sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}

/** The rules that find something only with a finished run's figures. */
export const RUN_RULES = RULES.filter((r) => r.usesRun);

/** The finding as the command line's --json prints it. */
export const findingJson = (f: Finding) => ({ id: f.id, severity: f.severity, nodes: f.nodes, message: f.message, fix: f.fix });
