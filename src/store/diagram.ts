/** The diagram as React Flow holds it, and its conversion to and from a scenario file. */
import type { Edge, Node } from '@xyflow/react';
import { CURRENT_SCHEMA_VERSION, type EdgeConfig, type EdgeKind, type NodeKind, type Scenario, type ScenarioEdge, type ScenarioNode, type Variant } from '../model';

export interface ServiceNodeData extends Record<string, unknown> {
  kind: NodeKind;
  label?: string;
  /** Always a valid config of `kind`: edits are validated before they reach the store. */
  config: ScenarioNode['config'];
}
export type ServiceNode = Node<ServiceNodeData, 'service'>;

export interface KindEdgeData extends Record<string, unknown> {
  kind: EdgeKind;
  config: EdgeConfig;
}
export type KindEdge = Edge<KindEdgeData, 'kind'>;

/** Everything of a scenario except its nodes and edges. */
export type ScenarioMeta = Omit<Scenario, 'nodes' | 'edges' | 'schemaVersion'>;

export function nodeFromScenario(node: ScenarioNode): ServiceNode {
  return {
    id: node.id,
    type: 'service',
    position: { ...node.position },
    data: { kind: node.kind, label: node.label, config: node.config },
  };
}

export function edgeFromScenario(edge: ScenarioEdge): KindEdge {
  return {
    id: edge.id,
    type: 'kind',
    source: edge.source,
    target: edge.target,
    sourceHandle: sourceHandleOf(edge.kind),
    data: { kind: edge.kind, config: edge.config },
  };
}

/** Functions and queues have one source handle per outgoing link kind besides the main one. */
export function sourceHandleOf(kind: EdgeKind): string {
  return kind === 'onSuccess' || kind === 'onFailure' || kind === 'deadLetter' ? kind : 'out';
}

export function nodeToScenario(node: ServiceNode): ScenarioNode {
  const out = { id: node.id, kind: node.data.kind, position: { x: node.position.x, y: node.position.y }, config: node.data.config };
  // A node's data always pairs a kind with a config of that kind (see ServiceNodeData).
  return (node.data.label ? { ...out, label: node.data.label } : out) as ScenarioNode;
}

export function edgeToScenario(edge: KindEdge): ScenarioEdge {
  const data = edge.data ?? { kind: 'trigger', config: {} };
  return { id: edge.id, source: edge.source, target: edge.target, kind: data.kind, config: data.config };
}

export function diagramToScenario(meta: ScenarioMeta, nodes: readonly ServiceNode[], edges: readonly KindEdge[]): Scenario {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    ...meta,
    ...(meta.variants ? { variants: variantsOnDiagram(meta.variants, nodes) } : {}),
    nodes: nodes.map(nodeToScenario),
    edges: edges.map(edgeToScenario),
  };
}

/** A variant's changes to nodes since deleted from the diagram change nothing, and would make the scenario invalid: they go. */
function variantsOnDiagram(variants: readonly Variant[], nodes: readonly ServiceNode[]): Variant[] {
  const ids = new Set(nodes.map((n) => n.id));
  return variants.map((v) => (v.changes.every((c) => ids.has(c.nodeId)) ? v : { ...v, changes: v.changes.filter((c) => ids.has(c.nodeId)) }));
}

/** The first `${prefix}${n}` not already taken, n from 1. */
export function freshId(prefix: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const id = `${prefix}${n}`;
    if (!taken.has(id)) return id;
  }
}
