/** Right column: the selected node or link, else the scenario. */
import { useScenarioStore } from '../../store/useScenarioStore';
import { EdgeInspector } from './EdgeInspector';
import { NodeInspector } from './NodeInspector';
import { ScenarioSettings } from './ScenarioSettings';
// Styles load with the component; Vite bundles the file.
// oxlint-disable-next-line import/no-unassigned-import
import './inspector.css';

export function Inspector() {
  const node = useScenarioStore((s) => {
    const selected = s.nodes.filter((n) => n.selected);
    return selected.length === 1 ? selected[0] : null;
  });
  const edge = useScenarioStore((s) => {
    const selected = s.edges.filter((e) => e.selected);
    return selected.length === 1 && !s.nodes.some((n) => n.selected) ? selected[0] : null;
  });
  const count = useScenarioStore((s) => s.nodes.filter((n) => n.selected).length);
  return (
    <aside className="lp-inspector" aria-label="Inspector">
      {node ? (
        <NodeInspector key={node.id} node={node} />
      ) : edge ? (
        <EdgeInspector key={edge.id} edge={edge} />
      ) : count > 1 ? (
        <p className="lp-inspector-sub">{count} nodes selected. Delete, copy or drag them together.</p>
      ) : (
        <ScenarioSettings />
      )}
    </aside>
  );
}
