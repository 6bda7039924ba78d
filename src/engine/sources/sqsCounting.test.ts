import { describe, expect, it } from 'vitest';
import { parseScenario, type Scenario } from '../../model';
import { runToEnd } from '..';

function scenario(): Scenario {
  const result = parseScenario({
    schemaVersion: 2,
    durationSeconds: 600,
    nodes: [
      { id: 'q', kind: 'sqs', config: { initialBacklog: 100, visibilityTimeoutSeconds: 5 } },
      { id: 'f', kind: 'function', config: { reservedConcurrency: 1, durationMs: { distribution: 'fixed', value: 500 } } },
    ],
    edges: [{ id: 't', source: 'q', target: 'f', kind: 'trigger', config: { batchSize: 1 } }],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.scenario;
}

describe('SQS counts each message once', () => {
  it('throttled receives put messages back in the queue; they are delivered later, never rejected', () => {
    const summary = runToEnd(scenario());
    const q = summary.resources.q;
    // Pollers start at 5 concurrent batches against reserved concurrency 1 (§6.1), so some receives are throttled.
    expect(summary.functions.f.throttles).toBeGreaterThan(0);
    // 100 messages at 0.5 s each on one environment finish well inside 600 s.
    expect(q.arrived).toBe(100);
    expect(q.delivered).toBe(100);
    expect(q.rejected).toBe(0);
    expect(summary.functions.f.invocations).toBe(100);
  });
});
