import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../../model';
import { FakeEngine } from './fakeEngine';
import { SOURCE_METRICS } from './metricNames';

describe('source metric names', () => {
  it('every series a source node emits is listed in SOURCE_METRICS for its kind (for chart pickers and units)', () => {
    const nodes: ScenarioInput['nodes'] = [
      { id: 'q', kind: 'sqs', config: { initialBacklog: 5 } },
      { id: 'k', kind: 'kinesis', config: {} },
      { id: 'd', kind: 'dynamodbStream', config: {} },
      { id: 's3', kind: 's3', config: {} },
      { id: 'sns', kind: 'sns', config: {} },
      { id: 'rule', kind: 'eventbridgeRule', config: {} },
      { id: 'cron', kind: 'eventbridgeSchedule', config: {} },
      { id: 'f', kind: 'function', config: {} },
    ];
    const engine = new FakeEngine({
      schemaVersion: 2,
      durationSeconds: 10,
      nodes,
      edges: nodes.filter((n) => n.kind !== 'function').map((n) => ({ id: `t-${n.id}`, source: n.id, target: 'f', kind: 'trigger' as const })),
    }).run();
    const emitted = [...engine.metrics.keys];
    for (const node of nodes) {
      if (node.kind === 'function') continue;
      const names = emitted.filter((k) => k.startsWith(`${node.id}/`)).map((k) => k.slice(node.id.length + 1));
      expect(names.length).toBeGreaterThan(0);
      expect(names.filter((name) => !SOURCE_METRICS[node.kind]?.some((m) => m.name === name))).toEqual([]);
    }
  });
});
