import type { Scenario } from '../../model';
import type { ScenarioState } from '../../store/scenarioStore';

/**
 * Applies a fixed scenario to the store as edits (each an undoable step) when the fix only
 * changes settings; a fix that adds or removes nodes or edges, or changes the account,
 * replaces the scenario.
 */
export function applyFix(store: ScenarioState, before: Scenario, after: Scenario): void {
  const sameShape =
    JSON.stringify(before.account) === JSON.stringify(after.account) &&
    before.nodes.map((n) => n.id).join('\n') === after.nodes.map((n) => n.id).join('\n') &&
    before.edges.map((e) => e.id).join('\n') === after.edges.map((e) => e.id).join('\n');
  if (!sameShape) return store.replaceScenario(after);
  after.nodes.forEach((n, i) => {
    if (JSON.stringify(n.config) !== JSON.stringify(before.nodes[i].config)) store.setNodeConfig(n.id, n.config);
  });
  after.edges.forEach((e, i) => {
    if (JSON.stringify(e.config) !== JSON.stringify(before.edges[i].config)) store.setEdgeConfig(e.id, e.config);
  });
}
