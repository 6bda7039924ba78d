import { describe, expect, it } from 'vitest';
import { runToEnd } from '..';
import { SimulationRun } from '../simulation';
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

  it('an on-failure destination that is the function itself is an ordinary async invoke: time passes and §9 stops the chain', () => {
    // Each failed attempt (no retries) sends its record to the function again, one hop further down the chain.
    const s = runToEnd(
      scenario({
        durationSeconds: 60,
        nodes: [
          { id: 'cli', kind: 'client', config: oneEventAtZero },
          { id: 'self', kind: 'function', config: { ...quick, errorRate: 1, async: { maximumRetryAttempts: 0, maximumEventAgeSeconds: 21_600 } } },
        ],
        edges: [
          { id: 't', source: 'cli', target: 'self', kind: 'trigger' },
          { id: 'f', source: 'self', target: 'self', kind: 'onFailure' },
        ],
      }),
    );
    // Invocations 1 … 16 of the chain run (100 ms each); the 17th is stopped and not sent on to the function again.
    expect(s.functions.self.invocations).toBe(16);
    expect(s.functions.self.errors).toBe(16);
    expect(s.functions.self.recursiveInvocationsDropped).toBe(1);
    expect(s.functions.self.asyncEventsReceived).toBe(17);
    expect(s.functions.self.asyncEventsDropped).toBe(17);
  });

  for (const kind of ['onFailure', 'onSuccess'] as const) {
    it(`a function with reserved concurrency 0 whose ${kind} target is itself ends, one hop a millisecond`, () => {
      const run = new SimulationRun(
        scenario({
          durationSeconds: 10,
          nodes: [
            { id: 'cli', kind: 'client', config: oneEventAtZero },
            { id: 'self', kind: 'function', config: { ...quick, reservedConcurrency: 0 } },
          ],
          edges: [
            { id: 't', source: 'cli', target: 'self', kind: 'trigger' },
            { id: 'f', source: 'self', target: 'self', kind },
          ],
        }),
      );
      run.advanceTo(run.endMs);
      expect(run.done).toBe(true);
      const s = run.summary().functions.self;
      expect(s.invocations).toBe(0);
      if (kind === 'onSuccess') {
        // Nothing succeeds, so nothing comes back: the one event goes nowhere (no failure target).
        expect(s.asyncEventsReceived).toBe(1);
      } else {
        // §1.2: straight to the destination without retries; depth 16 is the 17th of the chain and §9 stops it.
        expect(s.asyncEventsReceived).toBe(17);
        expect(s.recursiveInvocationsDropped).toBe(1);
      }
    });
  }

  it('stops a run that spins at one instant, with an error naming the node', () => {
    const run = new SimulationRun(
      scenario({ durationSeconds: 10, nodes: [{ id: 'fn', kind: 'function', config: quick }], edges: [] }),
      { maxEventsAtOneInstant: 1000 },
    );
    // A loop that takes no time: every event schedules the next at the same instant.
    const spinner = { ownerId: 'spinning-queue', fire: () => run.kernel.schedule(run.kernel.now, spinner, 0) };
    run.kernel.schedule(2500, spinner, 0);
    expect(() => run.advanceTo(run.endMs)).toThrow(/stopped at 2\.500 s: more than 1,000 events .* Nodes involved: "spinning-queue"/);
    expect(run.done).toBe(true);
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
