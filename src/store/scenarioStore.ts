/**
 * The diagram being edited: React Flow nodes and edges with each node's
 * config, plus the scenario's own settings. Framework-free; React binds in
 * useScenarioStore.ts. Undo history (zundo) records diagram edits only:
 * selection and measuring never make a history entry, and a drag makes one.
 */
import { applyEdgeChanges, applyNodeChanges, type EdgeChange, type NodeChange, type XYPosition } from '@xyflow/react';
import { temporal } from 'zundo';
import { createStore } from 'zustand/vanilla';
import {
  CONFIG_SCHEMAS,
  checkConnection,
  type ConnectionCheck,
  type EdgeConfig,
  type EdgeKind,
  type NodeKind,
  type Scenario,
  type ScenarioNode,
} from '../model';
import {
  diagramToScenario,
  edgeFromScenario,
  freshId,
  nodeFromScenario,
  sourceHandleOf,
  type KindEdge,
  type ScenarioMeta,
  type ServiceNode,
} from './diagram';

/** What a new node starts with besides its kind's defaults. */
export interface NodeInit {
  label?: string;
  config?: Record<string, unknown>;
}

export interface ScenarioState {
  meta: ScenarioMeta;
  nodes: ServiceNode[];
  edges: KindEdge[];
  /** Bumped by replaceScenario, so views can refit. */
  revision: number;
  replaceScenario(scenario: Scenario): void;
  setMeta(meta: Partial<ScenarioMeta>): void;
  onNodesChange(changes: NodeChange<ServiceNode>[]): void;
  onEdgesChange(changes: EdgeChange<KindEdge>[]): void;
  /** Adds a node with the kind's defaults, or with `init` over them (a palette item such as the FIFO queue). */
  addNode(kind: NodeKind, position: XYPosition, init?: NodeInit): string;
  connect(link: { source: string; target: string; sourceHandle?: string | null }): ConnectionCheck;
  setNodeConfig(nodeId: string, config: ScenarioNode['config']): void;
  setNodeLabel(nodeId: string, label: string): void;
  setEdgeConfig(edgeId: string, config: EdgeConfig): void;
  setEdgeKind(edgeId: string, kind: EdgeKind): ConnectionCheck;
  select(ids: { nodes?: string[]; edges?: string[] }): void;
  deleteSelected(): void;
  copySelected(): number;
  paste(): number;
  beginDrag(): void;
  endDrag(): void;
}

/** What undo and redo restore. */
type Doc = Pick<ScenarioState, 'meta' | 'nodes' | 'edges'>;

export function toScenario(state: Pick<ScenarioState, 'meta' | 'nodes' | 'edges'>): Scenario {
  return diagramToScenario(state.meta, state.nodes, state.edges);
}

function metaOf(scenario: Scenario): ScenarioMeta {
  const { schemaVersion: _v, nodes: _n, edges: _e, ...meta } = scenario;
  return meta;
}

function docOf(state: ScenarioState): Doc {
  return {
    meta: state.meta,
    // Selection is kept (so undoing an edit leaves the edited node selected) but never compared (see sameDoc).
    nodes: state.nodes.map((n) => ({ id: n.id, type: n.type, position: n.position, data: n.data, selected: n.selected })),
    edges: state.edges.map((e) => ({
      id: e.id,
      type: e.type,
      source: e.source,
      target: e.target,
      sourceHandle: e.sourceHandle,
      data: e.data,
      selected: e.selected,
    })),
  };
}

function sameDoc(a: Doc, b: Doc): boolean {
  if (a.meta !== b.meta || a.nodes.length !== b.nodes.length || a.edges.length !== b.edges.length) return false;
  for (let i = 0; i < a.nodes.length; i++) {
    const p = a.nodes[i];
    const q = b.nodes[i];
    if (p.id !== q.id || p.data !== q.data || p.position.x !== q.position.x || p.position.y !== q.position.y) return false;
  }
  for (let i = 0; i < a.edges.length; i++) {
    const p = a.edges[i];
    const q = b.edges[i];
    if (p.id !== q.id || p.data !== q.data || p.source !== q.source || p.target !== q.target) return false;
  }
  return true;
}

function fifo(node: ServiceNode): boolean | undefined {
  return node.data.kind === 'sqs' ? (node.data.config as { fifo?: boolean }).fifo : undefined;
}

function endsOf(nodes: readonly ServiceNode[], source: string, target: string) {
  const s = nodes.find((n) => n.id === source);
  const t = nodes.find((n) => n.id === target);
  if (!s || !t) return null;
  return { sourceKind: s.data.kind, targetKind: t.data.kind, sourceFifo: fifo(s), targetFifo: fifo(t) };
}

/** Edge kinds a handle stands for: the main handle lets the kind be inferred. */
const HANDLE_KINDS: ReadonlySet<string> = new Set(['onSuccess', 'onFailure', 'deadLetter']);

/** New nodes are named after what they are: fn1, queue2, bucket1. */
const ID_PREFIX: Readonly<Record<NodeKind, string>> = {
  function: 'fn',
  alb: 'alb',
  apiGateway: 'api',
  functionUrl: 'url',
  client: 'client',
  s3: 'bucket',
  sns: 'topic',
  eventbridgeRule: 'rule',
  eventbridgeSchedule: 'schedule',
  sqs: 'queue',
  kinesis: 'stream',
  dynamodbStream: 'ddbstream',
};

let clipboard: { nodes: ServiceNode[]; edges: KindEdge[] } | null = null;
let dragSnapshot: ServiceNode[] | null = null;

export function createScenarioStore(initial: Scenario) {
  const store = createStore<ScenarioState>()(
    temporal(
      (set, get) => ({
        meta: metaOf(initial),
        nodes: initial.nodes.map(nodeFromScenario),
        edges: initial.edges.map(edgeFromScenario),
        revision: 0,

        replaceScenario(scenario) {
          set({
            meta: metaOf(scenario),
            nodes: scenario.nodes.map(nodeFromScenario),
            edges: scenario.edges.map(edgeFromScenario),
            revision: get().revision + 1,
          });
          store.temporal.getState().clear();
        },

        setMeta(meta) {
          set({ meta: { ...get().meta, ...meta } });
        },

        onNodesChange(changes) {
          set({ nodes: applyNodeChanges(changes, get().nodes) });
        },

        onEdgesChange(changes) {
          set({ edges: applyEdgeChanges(changes, get().edges) });
        },

        addNode(kind, position, init) {
          const { nodes } = get();
          const id = freshId(ID_PREFIX[kind], new Set(nodes.map((n) => n.id)));
          const config = CONFIG_SCHEMAS[kind].parse(init?.config ?? {}) as ScenarioNode['config'];
          const data: ServiceNode['data'] = init?.label ? { kind, config, label: init.label } : { kind, config };
          const node: ServiceNode = { id, type: 'service', position, selected: true, data };
          set({
            nodes: [...nodes.map((n) => (n.selected ? { ...n, selected: false } : n)), node],
            edges: get().edges.map((e) => (e.selected ? { ...e, selected: false } : e)),
          });
          return id;
        },

        connect({ source, target, sourceHandle }) {
          const { nodes, edges } = get();
          if (source === target) return { ok: false, reason: 'A node cannot be linked to itself here.' };
          const ends = endsOf(nodes, source, target);
          if (!ends) return { ok: false, reason: 'Both ends must be nodes on the canvas.' };
          // The main handle of a function is its SDK writes; of anything else, its trigger. Other kinds have their own handles.
          const kind: EdgeKind =
            sourceHandle && HANDLE_KINDS.has(sourceHandle) ? (sourceHandle as EdgeKind) : ends.sourceKind === 'function' ? 'writes' : 'trigger';
          const check = checkConnection(ends, kind);
          if (!check.ok) return check;
          if (edges.some((e) => e.source === source && e.target === target && e.data?.kind === kind))
            return { ok: false, reason: 'These two nodes are already linked this way.' };
          const id = freshId('e', new Set(edges.map((e) => e.id)));
          const edge: KindEdge = { id, type: 'kind', source, target, sourceHandle: sourceHandleOf(kind), data: { kind, config: {} } };
          set({ edges: [...edges, edge] });
          return { ok: true };
        },

        setNodeConfig(nodeId, config) {
          set({ nodes: get().nodes.map((n) => (n.id === nodeId ? { ...n, data: { ...n.data, config } } : n)) });
        },

        setNodeLabel(nodeId, label) {
          set({ nodes: get().nodes.map((n) => (n.id === nodeId ? { ...n, data: { ...n.data, label: label || undefined } } : n)) });
        },

        setEdgeConfig(edgeId, config) {
          set({ edges: get().edges.map((e) => (e.id === edgeId && e.data ? { ...e, data: { ...e.data, config } } : e)) });
        },

        setEdgeKind(edgeId, kind) {
          const edge = get().edges.find((e) => e.id === edgeId);
          const ends = edge && endsOf(get().nodes, edge.source, edge.target);
          if (!edge || !ends) return { ok: false, reason: 'No such link.' };
          const check = checkConnection(ends, kind);
          if (!check.ok) return check;
          const config = edge.data?.config ?? {};
          set({
            edges: get().edges.map((e) => (e.id === edgeId ? { ...e, sourceHandle: sourceHandleOf(kind), data: { kind, config } } : e)),
          });
          return check;
        },

        select({ nodes: nodeIds = [], edges: edgeIds = [] }) {
          const n = new Set(nodeIds);
          const e = new Set(edgeIds);
          set({
            nodes: get().nodes.map((node) => (Boolean(node.selected) === n.has(node.id) ? node : { ...node, selected: n.has(node.id) })),
            edges: get().edges.map((edge) => (Boolean(edge.selected) === e.has(edge.id) ? edge : { ...edge, selected: e.has(edge.id) })),
          });
        },

        deleteSelected() {
          const { nodes, edges } = get();
          const gone = new Set(nodes.filter((n) => n.selected).map((n) => n.id));
          const keptEdges = edges.filter((e) => !e.selected && !gone.has(e.source) && !gone.has(e.target));
          if (gone.size === 0 && keptEdges.length === edges.length) return;
          set({ nodes: nodes.filter((n) => !gone.has(n.id)), edges: keptEdges });
        },

        copySelected() {
          const nodes = get().nodes.filter((n) => n.selected);
          const ids = new Set(nodes.map((n) => n.id));
          clipboard = { nodes, edges: get().edges.filter((e) => ids.has(e.source) && ids.has(e.target)) };
          return nodes.length;
        },

        paste() {
          if (!clipboard || clipboard.nodes.length === 0) return 0;
          const { nodes, edges } = get();
          const taken = new Set(nodes.map((n) => n.id));
          const rename = new Map<string, string>();
          const pasted = clipboard.nodes.map((n) => {
            const base = n.id.replace(/\d+$/, '') || 'node';
            const id = freshId(base, taken);
            taken.add(id);
            rename.set(n.id, id);
            return { ...n, id, selected: true, position: { x: n.position.x + 40, y: n.position.y + 40 } };
          });
          const edgeIds = new Set(edges.map((e) => e.id));
          const pastedEdges = clipboard.edges.map((e) => {
            const id = freshId('e', edgeIds);
            edgeIds.add(id);
            return { ...e, id, selected: false, source: rename.get(e.source) ?? e.source, target: rename.get(e.target) ?? e.target };
          });
          set({
            nodes: [...nodes.map((n) => (n.selected ? { ...n, selected: false } : n)), ...pasted],
            edges: [...edges.map((e) => (e.selected ? { ...e, selected: false } : e)), ...pastedEdges],
          });
          return pasted.length;
        },

        beginDrag() {
          dragSnapshot = get().nodes;
          store.temporal.getState().pause();
        },

        endDrag() {
          const before = dragSnapshot;
          dragSnapshot = null;
          const moved = get().nodes;
          if (before) {
            const start = new Map(before.map((n) => [n.id, n.position]));
            set({ nodes: moved.map((n) => ({ ...n, position: start.get(n.id) ?? n.position })) });
          }
          store.temporal.getState().resume();
          set({ nodes: moved });
        },
      }),
      {
        limit: 200,
        partialize: (state): Doc => docOf(state),
        equality: (past, current) => sameDoc(past, current),
      },
    ),
  );
  return store;
}

export type ScenarioStore = ReturnType<typeof createScenarioStore>;
