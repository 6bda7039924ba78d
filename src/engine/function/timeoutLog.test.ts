import { describe, expect, it } from 'vitest';
import { SimulationRun } from '../simulation';
import { scenario } from '../testing/scenarioBuilder';

describe('a Lambda timeout in the log', () => {
  it('is stamped when it happens: the start plus INIT plus the timeout, not when the invocation starts', () => {
    // One request at 5 s to a function that needs 20 s but may run 3 s; a cold start with a 250 ms INIT.
    const run = new SimulationRun(
      scenario({
        durationSeconds: 30,
        nodes: [
          { id: 'cli', kind: 'client', config: { traffic: { pattern: 'constant', ratePerSecond: 0, bursts: [{ atSeconds: 5, count: 1 }] } } },
          {
            id: 'fn',
            kind: 'function',
            config: { timeoutSeconds: 3, durationMs: { distribution: 'fixed', value: 20_000 }, initDurationMs: { distribution: 'fixed', value: 250 } },
          },
        ],
        edges: [{ id: 't', source: 'cli', target: 'fn', kind: 'trigger' }],
      }),
    );
    run.advanceTo(run.endMs);
    const timeouts = run.takeLog().filter((e) => e.category === 'timeout');
    expect(timeouts).toHaveLength(1);
    expect(timeouts[0].tMs).toBe(5000 + 250 + 3000);
    expect(timeouts[0].message).toBe('Task timed out after 3.00 seconds');
  });
});
