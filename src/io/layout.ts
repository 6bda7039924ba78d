/** Lays a diagram out left to right (sources, functions, destinations) with dagre, for imported templates. */
import { Graph, layout } from '@dagrejs/dagre';

/** About the size of a node card on the canvas. */
const NODE_WIDTH = 200;
const NODE_HEIGHT = 80;

export interface LayoutEdge {
  source: string;
  target: string;
}

export function layoutLeftToRight(nodeIds: readonly string[], edges: readonly LayoutEdge[]): Map<string, { x: number; y: number }> {
  const graph = new Graph();
  graph.setGraph({ rankdir: 'LR', nodesep: 60, ranksep: 120, marginx: 20, marginy: 20 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const id of nodeIds) graph.setNode(id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const edge of edges) if (edge.source !== edge.target) graph.setEdge(edge.source, edge.target);
  layout(graph);
  const positions = new Map<string, { x: number; y: number }>();
  for (const id of nodeIds) {
    const node = graph.node(id);
    // dagre gives centres; the canvas places nodes by their top-left corner.
    positions.set(id, { x: Math.round(node.x - NODE_WIDTH / 2), y: Math.round(node.y - NODE_HEIGHT / 2) });
  }
  return positions;
}
