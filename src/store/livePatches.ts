/**
 * Edits made while a run is loaded become patches that take effect at the
 * current simulated time (design.md, Data flow 5). Changes the engine cannot
 * take mid-run (new nodes or links, seed, duration) wait for Reset, and the
 * screen says so.
 */
import type { ScenarioPatch } from '../engine/api';
import { CONFIG_SCHEMAS } from '../model';
import type { RunStore } from './runStore';
import type { ScenarioState, ScenarioStore } from './scenarioStore';

export function diagramPatches(before: ScenarioState, after: ScenarioState): { patches: ScenarioPatch[]; structural: boolean } {
  const patches: ScenarioPatch[] = [];
  let structural = before.nodes.length !== after.nodes.length || before.edges.length !== after.edges.length;
  const oldNodes = new Map(before.nodes.map((n) => [n.id, n]));
  for (const node of after.nodes) {
    const old = oldNodes.get(node.id);
    if (!old) structural = true;
    else if (old.data.config !== node.data.config) {
      // Only configs of the node's own kind reach the store; the parse applies nothing new.
      const config = CONFIG_SCHEMAS[node.data.kind].parse(node.data.config);
      patches.push({ type: 'nodeConfig', nodeId: node.id, config });
    }
  }
  const oldEdges = new Map(before.edges.map((e) => [e.id, e]));
  for (const edge of after.edges) {
    const old = oldEdges.get(edge.id);
    if (!old || old.source !== edge.source || old.target !== edge.target || old.data?.kind !== edge.data?.kind) structural = true;
    else if (old.data?.config !== edge.data?.config && edge.data) patches.push({ type: 'edgeConfig', edgeId: edge.id, config: edge.data.config });
  }
  if (before.meta.account !== after.meta.account) patches.push({ type: 'account', account: after.meta.account });
  if (before.meta.seed !== after.meta.seed || before.meta.durationSeconds !== after.meta.durationSeconds) structural = true;
  return { patches, structural };
}

export function connectLivePatches(scenarioStore: ScenarioStore, runStore: RunStore): () => void {
  return scenarioStore.subscribe((after, before) => {
    const run = runStore.getState();
    if (!run.loaded) return;
    if (after.revision !== before.revision) {
      // A different scenario was opened: the run starts over from it.
      run.reset();
      return;
    }
    if (run.status === 'idle') return;
    const { patches, structural } = diagramPatches(before, after);
    for (const patch of patches) run.patch(patch);
    if (structural) run.setNotice('Nodes, links, seed and run length changed during a run take effect after Reset.');
  });
}
