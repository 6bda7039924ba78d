import { describe, expect, it } from 'vitest';
import { parseScenario, type Scenario } from '../model';
import { createScenarioStore, toScenario } from './scenarioStore';

function scenarioOf(raw: unknown): Scenario {
  const parsed = parseScenario(raw);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.scenario;
}

const EMPTY = scenarioOf({ schemaVersion: 2, name: 'empty', nodes: [], edges: [] });

describe('scenario store', () => {
  it('turns the diagram back into the scenario it was given', () => {
    const raw = {
      schemaVersion: 2,
      name: 'two',
      seed: 3,
      nodes: [
        { id: 'alb', kind: 'alb', position: { x: 1, y: 2 }, config: {} },
        { id: 'api', kind: 'function', position: { x: 300, y: 2 }, label: 'API', config: { memoryMB: 512 } },
      ],
      edges: [{ id: 'e1', source: 'alb', target: 'api', kind: 'trigger' }],
    };
    const scenario = scenarioOf(raw);
    expect(toScenario(createScenarioStore(scenario).getState())).toEqual(scenario);
  });

  it('links by handle: the main handle triggers, a function’s on-failure handle makes an on-failure link', () => {
    const store = createScenarioStore(EMPTY);
    const bucket = store.getState().addNode('s3', { x: 0, y: 0 });
    const fn = store.getState().addNode('function', { x: 200, y: 0 });
    const queue = store.getState().addNode('sqs', { x: 400, y: 0 });
    expect([bucket, fn, queue]).toEqual(['bucket1', 'fn1', 'queue1']);
    expect(store.getState().connect({ source: bucket, target: fn, sourceHandle: 'out' })).toEqual({ ok: true });
    expect(store.getState().connect({ source: fn, target: queue, sourceHandle: 'onFailure' })).toEqual({ ok: true });
    expect(toScenario(store.getState()).edges.map((e) => [e.source, e.target, e.kind])).toEqual([
      ['bucket1', 'fn1', 'trigger'],
      ['fn1', 'queue1', 'onFailure'],
    ]);
    expect(parseScenario(toScenario(store.getState())).ok).toBe(true);
  });

  it('refuses what AWS refuses, with the reason', () => {
    const store = createScenarioStore(EMPTY);
    const a = store.getState().addNode('sqs', { x: 0, y: 0 });
    const b = store.getState().addNode('sqs', { x: 200, y: 0 });
    const result = store.getState().connect({ source: a, target: b, sourceHandle: 'out' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain('A queue cannot trigger a queue');
    expect(store.getState().edges).toHaveLength(0);
  });

  it('undo restores a deleted node with its links, redo deletes it again; selection makes no history', () => {
    const store = createScenarioStore(EMPTY);
    const alb = store.getState().addNode('alb', { x: 0, y: 0 });
    const fn = store.getState().addNode('function', { x: 200, y: 0 });
    store.getState().connect({ source: alb, target: fn, sourceHandle: 'out' });
    const history = store.temporal.getState();
    const before = store.temporal.getState().pastStates.length;
    store.getState().select({ nodes: [fn] });
    expect(store.temporal.getState().pastStates.length).toBe(before);
    store.getState().deleteSelected();
    expect(store.getState().nodes.map((n) => n.id)).toEqual([alb]);
    expect(store.getState().edges).toHaveLength(0);
    history.undo();
    expect(store.getState().nodes.map((n) => n.id)).toEqual([alb, fn]);
    expect(store.getState().edges.map((e) => e.id)).toEqual(['e1']);
    store.temporal.getState().redo();
    expect(store.getState().nodes.map((n) => n.id)).toEqual([alb]);
  });

  it('a drag is one history entry that returns the node to where the drag began', () => {
    const store = createScenarioStore(EMPTY);
    const fn = store.getState().addNode('function', { x: 0, y: 0 });
    const entries = store.temporal.getState().pastStates.length;
    store.getState().beginDrag();
    for (const x of [10, 20, 30]) store.getState().onNodesChange([{ type: 'position', id: fn, position: { x, y: 0 }, dragging: true }]);
    store.getState().endDrag();
    expect(store.temporal.getState().pastStates.length).toBe(entries + 1);
    expect(store.getState().nodes[0].position).toEqual({ x: 30, y: 0 });
    store.temporal.getState().undo();
    expect(store.getState().nodes[0].position).toEqual({ x: 0, y: 0 });
  });

  it('copy and paste gives new ids, shifted, with the links between the copied nodes', () => {
    const store = createScenarioStore(EMPTY);
    const alb = store.getState().addNode('alb', { x: 0, y: 0 });
    const fn = store.getState().addNode('function', { x: 200, y: 0 });
    store.getState().connect({ source: alb, target: fn, sourceHandle: 'out' });
    store.getState().select({ nodes: [alb, fn] });
    expect(store.getState().copySelected()).toBe(2);
    expect(store.getState().paste()).toBe(2);
    const scenario = toScenario(store.getState());
    expect(scenario.nodes.map((n) => [n.id, n.position.x])).toEqual([
      ['alb1', 0],
      ['fn1', 200],
      ['alb2', 40],
      ['fn2', 240],
    ]);
    expect(scenario.edges.map((e) => [e.source, e.target])).toEqual([
      ['alb1', 'fn1'],
      ['alb2', 'fn2'],
    ]);
  });

  it('replaceScenario swaps the diagram and clears the undo history', () => {
    const store = createScenarioStore(EMPTY);
    store.getState().addNode('alb', { x: 0, y: 0 });
    expect(store.temporal.getState().pastStates.length).toBeGreaterThan(0);
    store.getState().replaceScenario(EMPTY);
    expect(store.getState().nodes).toHaveLength(0);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });
});
