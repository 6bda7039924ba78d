/** Links of the selected node, and a way to add one without a mouse: pick a target and a kind. */
import { useState } from 'react';
import type { EdgeKind } from '../../model';
import { useScenarioStore } from '../../store/useScenarioStore';
import { EDGE_KIND_LABELS } from '../Canvas/KindEdge';
import { EdgeKindOptions } from './EdgeKindOptions';
import { useUiStore } from '../uiStore';

export function LinkEditor({ nodeId }: { nodeId: string }) {
  const nodes = useScenarioStore((s) => s.nodes);
  const edges = useScenarioStore((s) => s.edges);
  const [target, setTarget] = useState('');
  const [kind, setKind] = useState<EdgeKind>('trigger');
  const name = (id: string) => nodes.find((n) => n.id === id)?.data.label || id;
  const mine = edges.filter((e) => e.source === nodeId || e.target === nodeId);

  const add = () => {
    if (!target) return;
    // The main handle stands for trigger or writes; the others have handles of their own.
    const sourceHandle = kind === 'trigger' || kind === 'writes' ? 'out' : kind;
    const result = useScenarioStore.getState().connect({ source: nodeId, target, sourceHandle });
    if (result.ok) useUiStore.getState().clearToast();
    else useUiStore.getState().showToast(`Link refused: ${result.reason}`, 'error');
  };

  return (
    <fieldset className="lp-fieldset">
      <legend>Links</legend>
      <ul className="lp-links">
        {mine.length === 0 && <li className="lp-field-help">No links yet.</li>}
        {mine.map((e) => (
          <li key={e.id}>
            <button type="button" className="lp-link-button" onClick={() => useScenarioStore.getState().select({ edges: [e.id] })}>
              {e.source === nodeId ? `→ ${name(e.target)}` : `← ${name(e.source)}`} ({EDGE_KIND_LABELS[e.data?.kind ?? 'trigger']})
            </button>
          </li>
        ))}
      </ul>
      <div className="lp-field-row">
        <label htmlFor="f-link-target">Link to</label>
        <select id="f-link-target" value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value="">choose a node</option>
          {nodes
            .filter((n) => n.id !== nodeId)
            .map((n) => (
              <option key={n.id} value={n.id}>
                {n.data.label || n.id}
              </option>
            ))}
        </select>
      </div>
      <div className="lp-field-row">
        <label htmlFor="f-link-kind">as</label>
        <select id="f-link-kind" value={kind} onChange={(e) => setKind(e.target.value as EdgeKind)}>
          <EdgeKindOptions />
        </select>
      </div>
      <button type="button" onClick={add} disabled={!target} aria-label="Add link">
        Add link
      </button>
    </fieldset>
  );
}
