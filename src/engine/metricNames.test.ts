import { describe, expect, it } from 'vitest';
import { createSimulation } from '.';
import { ACCOUNT_METRICS, ACCOUNT_NODE_ID, CALLER_METRICS, FUNCTION_METRICS } from './metricNames';
import { scenario } from './testing/scenarioBuilder';

const names = (list: readonly { name: string }[]) => list.map((m) => m.name).sort();

describe('metricNames lists exactly the series the engine emits', () => {
  it('for functions, every kind of synchronous caller and the account', () => {
    const callers = ['alb', 'apiGateway', 'functionUrl', 'client'];
    const sim = createSimulation(
      scenario({
        durationSeconds: 5,
        nodes: [...callers.map((kind) => ({ id: kind, kind, config: {} })), { id: 'fn', kind: 'function', config: {} }],
        edges: callers.map((kind) => ({ id: `e-${kind}`, source: kind, target: 'fn', kind: 'trigger' })),
      }),
    );
    sim.advanceTo(5000);
    const keys = Object.keys(sim.takeTicks()!.series);
    const emitted = (nodeId: string) => keys.filter((k) => k.startsWith(`${nodeId}/`)).map((k) => k.slice(nodeId.length + 1)).sort();
    expect(emitted('fn')).toEqual(names(FUNCTION_METRICS));
    for (const kind of callers) expect(emitted(kind)).toEqual(names(CALLER_METRICS));
    expect(emitted(ACCOUNT_NODE_ID)).toEqual(names(ACCOUNT_METRICS));
  });
});
