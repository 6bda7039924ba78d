import type { Scenario } from '../model';
import { RULES } from './rules';
import type { Finding, Severity } from './types';

export type { Finding, Rule, Severity } from './types';
export { RULES } from './rules';

const ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** Every finding of every rule on a scenario, most severe first. Pure: the scenario is not changed. */
export function reviewScenario(scenario: Scenario): Finding[] {
  return RULES.flatMap((rule) => rule.check(scenario)).sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}

/** The finding as the command line's --json prints it. */
export const findingJson = (f: Finding) => ({ id: f.id, severity: f.severity, nodes: f.nodes, message: f.message, fix: f.fix });
