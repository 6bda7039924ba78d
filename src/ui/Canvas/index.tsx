/** The diagram: React Flow over the scenario store, with typed links refused with their reason. */
import {
  Background,
  Controls,
  MarkerType,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Connection,
  type DefaultEdgeOptions,
} from '@xyflow/react';
import { useEffect, useState, type DragEvent } from 'react';
import { scenarioStore, useScenarioStore } from '../../store/useScenarioStore';
import { decodePaletteDrag, DRAG_MIME } from '../Palette/kinds';
import { useUiStore } from '../uiStore';
import { KindEdge } from './KindEdge';
import { ServiceNode } from './ServiceNode';
// Styles load with the component; Vite bundles the file.
// oxlint-disable-next-line import/no-unassigned-import
import '@xyflow/react/dist/style.css';
// Styles load with the component; Vite bundles the file.
// oxlint-disable-next-line import/no-unassigned-import
import './canvas.css';

const nodeTypes = { service: ServiceNode };
/** Above this many nodes only the ones in view are rendered. */
const LARGE_DIAGRAM_NODES = 60;
/** A minimap helps once a diagram no longer reads at a glance; below this many nodes it would only cover part of it. */
const MINIMAP_FROM_NODES = 10;
const edgeTypes = { kind: KindEdge };
const defaultEdgeOptions: DefaultEdgeOptions = { markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 } };

function onDragOver(event: DragEvent) {
  event.preventDefault();
  event.dataTransfer.dropEffect = 'move';
}

export function Canvas() {
  const nodes = useScenarioStore((s) => s.nodes);
  const edges = useScenarioStore((s) => s.edges);
  const { onNodesChange, onEdgesChange, connect, addNode, beginDrag, endDrag } = scenarioStore.getState();
  const theme = useUiStore((s) => s.theme);
  const toast = useUiStore((s) => s.toast);
  const flow = useReactFlow();
  // React Flow fits an empty canvas when its first node appears, which would move the node just dropped: fit only a diagram that opens with nodes.
  const [fitOnOpen] = useState(() => nodes.length > 0);

  useEffect(
    () =>
      scenarioStore.subscribe((state, previous) => {
        // A newly opened scenario is shown whole.
        if (state.revision !== previous.revision) requestAnimationFrame(() => void flow.fitView({ padding: 0.2, maxZoom: 1.2 }));
      }),
    [flow],
  );

  const onConnect = (link: Connection) => {
    const result = connect(link);
    if (result.ok) useUiStore.getState().clearToast();
    else useUiStore.getState().showToast(`Link refused: ${result.reason}`, 'error');
  };

  const onDrop = (event: DragEvent) => {
    const dropped = decodePaletteDrag(event.dataTransfer.getData(DRAG_MIME));
    if (!dropped) return;
    event.preventDefault();
    addNode(dropped.kind, flow.screenToFlowPosition({ x: event.clientX - 80, y: event.clientY - 24 }), dropped.init);
  };

  return (
    <div className={`lp-canvas${nodes.length > LARGE_DIAGRAM_NODES ? ' lp-canvas-large' : ''}`} aria-label="Diagram canvas" role="region">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        defaultEdgeOptions={defaultEdgeOptions}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onNodeDragStart={beginDrag}
        onNodeDragStop={endDrag}
        onSelectionDragStart={beginDrag}
        onSelectionDragStop={endDrag}
        onDragOver={onDragOver}
        onDrop={onDrop}
        deleteKeyCode={null}
        colorMode={theme}
        minZoom={0.2}
        maxZoom={2}
        fitView={fitOnOpen}
        onlyRenderVisibleElements={nodes.length > LARGE_DIAGRAM_NODES}
        fitViewOptions={{ padding: 0.2, maxZoom: 1.2 }}
        proOptions={{ hideAttribution: true }}
        ariaLabelConfig={{ 'controls.fitView.ariaLabel': 'Fit view' }}
      >
        <Background gap={20} />
        {nodes.length >= MINIMAP_FROM_NODES && <MiniMap pannable zoomable ariaLabel="Minimap of the diagram" style={{ width: 150, height: 96 }} />}
        <Controls showInteractive={false} />
      </ReactFlow>
      {toast && (
        <div className={`lp-toast lp-toast-${toast.tone}`} role="alert">
          <span>{toast.message}</span>
          <button type="button" aria-label="Dismiss message" onClick={() => useUiStore.getState().clearToast()}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
