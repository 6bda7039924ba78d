import { describe, expect, it } from 'vitest';
import { runToEnd } from '..';
import { scenario } from '../testing/scenarioBuilder';

const oneEventAtZero = { traffic: { pattern: 'constant', ratePerSecond: 0, bursts: [{ atSeconds: 0, count: 1 }] }, invocationType: 'async' };
const quick = { durationMs: { distribution: 'fixed', value: 100 }, initDurationMs: { distribution: 'fixed', value: 0 } };

describe('async invocations end to end', () => {
  it('a failing event runs 3 times, then its record goes to the on-failure destination', () => {
    const s = runToEnd(
      scenario({
        durationSeconds: 600,
        nodes: [
          { id: 'cli', kind: 'client', config: oneEventAtZero },
          { id: 'fn', kind: 'function', config: { ...quick, errorRate: 1 } },
          { id: 'failures', kind: 'function', config: quick },
        ],
        edges: [
          { id: 't', source: 'cli', target: 'fn', kind: 'trigger' },
          { id: 'f', source: 'fn', target: 'failures', kind: 'onFailure' },
        ],
      }),
    );
    expect(s.functions.fn.invocations).toBe(3);
    expect(s.functions.fn.errors).toBe(3);
    expect(s.functions.fn.asyncEventsDropped).toBe(1);
    expect(s.functions.fn.asyncEventsDeadLettered).toBe(1);
    expect(s.functions.failures.invocations).toBe(1);
    expect(s.resources.cli.metrics.Status202).toBe(1);
  });

  it('a function writing to itself is stopped at the 17th invocation of the chain (§9)', () => {
    const s = runToEnd(
      scenario({
        durationSeconds: 60,
        nodes: [
          { id: 'cli', kind: 'client', config: oneEventAtZero },
          { id: 'loop', kind: 'function', config: quick },
        ],
        edges: [
          { id: 't', source: 'cli', target: 'loop', kind: 'trigger' },
          { id: 'w', source: 'loop', target: 'loop', kind: 'writes', config: { perInvocation: 1 } },
        ],
      }),
    );
    expect(s.functions.loop.invocations).toBe(16);
    expect(s.functions.loop.recursiveInvocationsDropped).toBe(1);
    expect(s.functions.loop.asyncEventsReceived).toBe(17);
    expect(s.functions.loop.asyncEventsDropped).toBe(1);
  });

  it('on-success destinations receive one record per successful async invocation', () => {
    const s = runToEnd(
      scenario({
        durationSeconds: 100,
        nodes: [
          { id: 'cli', kind: 'client', config: { traffic: { pattern: 'constant', ratePerSecond: 2 }, invocationType: 'async' } },
          { id: 'fn', kind: 'function', config: quick },
          { id: 'ok', kind: 'function', config: quick },
        ],
        edges: [
          { id: 't', source: 'cli', target: 'fn', kind: 'trigger' },
          { id: 's', source: 'fn', target: 'ok', kind: 'onSuccess' },
        ],
      }),
    );
    expect(s.functions.fn.invocations).toBe(200);
    // The last event's record may still be on its way at the end.
    expect(s.functions.ok.asyncEventsReceived).toBe(200);
  });
});

describe('writes edges', () => {
  it('emit perInvocation messages per successful invocation, a fraction being an expected value', () => {
    const s = runToEnd(
      scenario({
        durationSeconds: 200,
        nodes: [
          { id: 'alb', kind: 'alb', config: { traffic: { pattern: 'constant', ratePerSecond: 50 } } },
          { id: 'producer', kind: 'function', config: quick },
          { id: 'consumer', kind: 'function', config: quick },
        ],
        edges: [
          { id: 't', source: 'alb', target: 'producer', kind: 'trigger' },
          { id: 'w', source: 'producer', target: 'consumer', kind: 'writes', config: { perInvocation: 2.25 } },
        ],
      }),
    );
    const produced = s.functions.producer.invocations;
    const received = s.functions.consumer.asyncEventsReceived;
    // 2 each, plus one more with probability 1/4: mean 2.25, standard deviation of the total sqrt(n·0.1875).
    expect(Math.abs(received - 2.25 * produced)).toBeLessThan(4 * Math.sqrt(produced * 0.1875));
    expect(received).toBeGreaterThanOrEqual(2 * produced - 2);
  });
});

describe('an environment reused by the invocation its own result caused', () => {
  it('answers the synchronous caller even when a write starts a new invocation on the freed environment', () => {
    const s = runToEnd(
      scenario({
        durationSeconds: 60,
        nodes: [
          { id: 'alb', kind: 'alb', config: { traffic: { pattern: 'constant', ratePerSecond: 0, bursts: [{ atSeconds: 0, count: 1 }] } } },
          { id: 'fn', kind: 'function', config: { ...quick, reservedConcurrency: 1 } },
        ],
        edges: [
          { id: 't', source: 'alb', target: 'fn', kind: 'trigger' },
          { id: 'w', source: 'fn', target: 'fn', kind: 'writes', config: { perInvocation: 1 } },
        ],
      }),
    );
    expect(s.resources.alb.metrics.Status200).toBe(1);
    expect(s.resources.alb.metrics.InFlight).toBe(0);
    // The sync request is invocation 1 of the chain; 15 async ones follow, the 17th is stopped.
    expect(s.functions.fn.invocations).toBe(16);
    expect(s.functions.fn.asyncEventsSucceeded + s.functions.fn.asyncEventsDropped).toBe(s.functions.fn.asyncEventsReceived);
  });
});
