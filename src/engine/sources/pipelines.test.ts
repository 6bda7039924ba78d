/**
 * The source nodes inside the whole engine (createSimulation / runToEnd):
 * real functions, the account pool, the async queue and the edges between.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario, type ScenarioInput } from '../../model';
import { createSimulation, runToEnd } from '../index';

type NodeInput = ScenarioInput['nodes'][number];
type EdgeInput = ScenarioInput['edges'][number];

function run(nodes: NodeInput[], edges: EdgeInput[], extra: Partial<ScenarioInput> = {}) {
  const parsed = parseScenario({ schemaVersion: 2, durationSeconds: 600, ...extra, nodes, edges });
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return runToEnd(parsed.scenario);
}

/** A function that takes exactly `ms` and never fails on its own. */
const fn = (id: string, ms: number, extra: Record<string, unknown> = {}): NodeInput => ({
  id,
  kind: 'function',
  config: { durationMs: { distribution: 'fixed', value: ms }, initDurationMs: { distribution: 'fixed', value: 0 }, timeoutSeconds: 60, ...extra },
});
const trigger = (source: string, target: string, config: EdgeInput['config'] = {}): EdgeInput => ({ id: `${source}->${target}`, source, target, kind: 'trigger', config });
const edge = (source: string, target: string, kind: EdgeInput['kind']): EdgeInput => ({ id: `${source}-${kind}-${target}`, source, target, kind });

/** One upload to a bucket whose function writes one object back into it. */
const selfWriting = (writesMatchFilter: boolean) =>
  run(
    [
      {
        id: 'bucket',
        kind: 's3',
        config: { writesMatchFilter, deliveryDelayMs: { distribution: 'fixed', value: 1000 }, traffic: { pattern: 'constant', ratePerSecond: 0, bursts: [{ atSeconds: 0, count: 1 }] } },
      },
      fn('resize', 100),
    ],
    [trigger('bucket', 'resize'), edge('resize', 'bucket', 'writes')],
  );

/** A queue with a DLQ, a stream and a bucket, with chance everywhere: errors, arrivals, delays. */
const mixedScenario = (seed: number) => {
  const parsed = parseScenario({
    schemaVersion: 2,
    seed,
    durationSeconds: 300,
    nodes: [
      { id: 'q', kind: 'sqs', config: { traffic: { pattern: 'poisson', ratePerSecond: 20 }, maxReceiveCount: 2 } },
      fn('f', 300, { errorRate: 0.2, reservedConcurrency: 4 }),
      { id: 'dlq', kind: 'sqs', config: {} },
      { id: 'k', kind: 'kinesis', config: { shards: 2, traffic: { pattern: 'poisson', ratePerSecond: 50 } } },
      fn('g', 200, { errorRate: 0.05 }),
      { id: 'bucket', kind: 's3', config: { traffic: { pattern: 'poisson', ratePerSecond: 5 } } },
    ],
    edges: [trigger('q', 'f'), edge('q', 'dlq', 'deadLetter'), trigger('k', 'g', { maximumRetryAttempts: 1, bisectBatchOnFunctionError: true }), trigger('bucket', 'g')],
  });
  if (!parsed.ok) throw new Error('invalid scenario');
  return parsed.scenario;
};

describe('event sources in the whole engine', () => {
  it('Kinesis: 4 shards x parallelization factor 2 run at most 8 invocations at once, and reach 8', () => {
    const summary = run(
      [{ id: 'k', kind: 'kinesis', config: { shards: 4, traffic: { pattern: 'poisson', ratePerSecond: 500 } } }, fn('f', 2000)],
      [trigger('k', 'f', { parallelizationFactor: 2 })],
      { durationSeconds: 60 },
    );
    expect(summary.functions.f.maxConcurrency).toBe(8);
  });

  for (const [scalingModel, expected] of [
    ['current', [5, 305, 605, 905, 1205]],
    ['legacy', [5, 65, 125, 185, 245]],
  ] as const) {
    it(`SQS pollers under a large backlog (${scalingModel}: ${expected.join(', ')}), read from the ConcurrentExecutions of the function`, () => {
      const parsed = parseScenario({
        schemaVersion: 2,
        durationSeconds: 299,
        account: { concurrencyLimit: 2000, scalingModel },
        nodes: [{ id: 'q', kind: 'sqs', config: { initialBacklog: 1_000_000 } }, fn('f', 20_000)],
        edges: [trigger('q', 'f')],
      });
      if (!parsed.ok) throw new Error('invalid scenario');
      const sim = createSimulation(parsed.scenario);
      const peakPerMinute: number[] = [];
      while (!sim.done) {
        sim.advanceTo(sim.endMs, 100_000);
        const ticks = sim.takeTicks();
        const column = ticks?.series['f/ConcurrentExecutions'];
        if (!ticks || !column) continue;
        column.forEach((value, i) => {
          const minute = Math.floor(((ticks.firstTick + i) * ticks.tickMs) / 60_000);
          peakPerMinute[minute] = Math.max(peakPerMinute[minute] ?? 0, value);
        });
      }
      expect(peakPerMinute).toEqual(expected);
    });
  }

  it('SQS pollers never run more than the account concurrency: beyond 1,000 the receives are throttled', () => {
    const summary = run([{ id: 'q', kind: 'sqs', config: { initialBacklog: 1_000_000 } }, fn('f', 20_000)], [trigger('q', 'f')], { durationSeconds: 299 });
    // 5 + 3 × 300 = 905 in the fourth minute, then 1,205 wanted in the fifth against 1,000 available.
    expect(summary.functions.f.maxConcurrency).toBe(1000);
    expect(summary.functions.f.throttles).toBeGreaterThan(0);
    expect(summary.resources.q.metrics.throttledReceives).toBe(summary.functions.f.throttles);
  });

  it('SQS: an always-failing consumer sends every message to the DLQ after maxReceiveCount receives', () => {
    const summary = run(
      [{ id: 'q', kind: 'sqs', config: { initialBacklog: 200, maxReceiveCount: 3 } }, fn('f', 100, { errorRate: 1 }), { id: 'dlq', kind: 'sqs', config: {} }],
      [trigger('q', 'f'), edge('q', 'dlq', 'deadLetter')],
    );
    // 200 messages in batches of 10, each batch received 3 times.
    expect(summary.functions.f.invocations).toBe(60);
    expect(summary.resources.q).toMatchObject({ arrived: 200, delivered: 0, deadLettered: 200 });
    expect(summary.resources.dlq.arrived).toBe(200);
  });

  it('SQS: the reserved-concurrency pitfall sends messages of a healthy function to the DLQ; maximumConcurrency avoids it', () => {
    const nodes: NodeInput[] = [
      { id: 'q', kind: 'sqs', config: { initialBacklog: 3000, maxReceiveCount: 2 } },
      fn('f', 1000, { reservedConcurrency: 2 }),
      { id: 'dlq', kind: 'sqs', config: {} },
    ];
    const pitfall = run(nodes, [trigger('q', 'f'), edge('q', 'dlq', 'deadLetter')]);
    expect(pitfall.functions.f.errors).toBe(0);
    expect(pitfall.functions.f.throttles).toBeGreaterThan(0);
    expect(pitfall.resources.q.deadLettered).toBeGreaterThan(0);
    expect(pitfall.resources.dlq.arrived).toBe(pitfall.resources.q.deadLettered);
    expect(pitfall.resources.q.delivered + pitfall.resources.q.deadLettered).toBe(3000);

    const fixed = run(nodes, [trigger('q', 'f', { maximumConcurrency: 2 }), edge('q', 'dlq', 'deadLetter')]);
    expect(fixed.functions.f.throttles).toBe(0);
    expect(fixed.resources.q).toMatchObject({ delivered: 3000, deadLettered: 0 });
  });

  it('a function that triggers itself through SQS stops after 16 invocations; the message goes to the DLQ', () => {
    const summary = run(
      [{ id: 'q', kind: 'sqs', config: { initialBacklog: 1, maxReceiveCount: 1 } }, fn('f', 50), { id: 'dlq', kind: 'sqs', config: {} }],
      [trigger('q', 'f', { batchSize: 1 }), edge('f', 'q', 'writes'), edge('q', 'dlq', 'deadLetter')],
    );
    expect(summary.functions.f.invocations).toBe(16);
    expect(summary.functions.f.recursiveInvocationsDropped).toBe(1);
    expect(summary.resources.q).toMatchObject({ arrived: 17, delivered: 16, deadLettered: 1 });
    expect(summary.resources.dlq.arrived).toBe(1);
  });

  it('a loop through SNS and S3 also stops after 16 invocations', () => {
    const summary = run(
      [
        { id: 'topic', kind: 'sns', config: { traffic: { pattern: 'constant', ratePerSecond: 0, bursts: [{ atSeconds: 0, count: 1 }] } } },
        fn('a', 50),
        { id: 'bucket', kind: 's3', config: { deliveryDelayMs: { distribution: 'fixed', value: 500 } } },
        fn('b', 50),
      ],
      [trigger('topic', 'a'), edge('a', 'bucket', 'writes'), trigger('bucket', 'b'), edge('b', 'topic', 'writes')],
    );
    expect(summary.functions.a.invocations + summary.functions.b.invocations).toBe(16);
    expect(summary.functions.a.recursiveInvocationsDropped + summary.functions.b.recursiveInvocationsDropped).toBe(1);
  });

  it('S3: a function writing back to its own bucket loops until the 16th invocation, unless its writes miss the filter', () => {
    const loop = selfWriting(true);
    expect(loop.functions.resize.invocations).toBe(16);
    expect(loop.functions.resize.recursiveInvocationsDropped).toBe(1);
    expect(loop.resources.bucket.arrived).toBe(17);
    const prefixed = selfWriting(false);
    expect(prefixed.functions.resize.invocations).toBe(1);
    expect(prefixed.resources.bucket.arrived).toBe(2);
  });

  it('a loop through EventBridge is not stopped: Lambda detects loops through SQS, SNS, S3 and Lambda only (§9)', () => {
    const summary = run(
      [
        { id: 'bus', kind: 'eventbridgeRule', config: { traffic: { pattern: 'constant', ratePerSecond: 0, bursts: [{ atSeconds: 0, count: 1 }] } } },
        fn('handler', 100),
      ],
      [trigger('bus', 'handler'), edge('handler', 'bus', 'writes')],
      { durationSeconds: 120 },
    );
    expect(summary.functions.handler.invocations).toBeGreaterThan(16);
    expect(summary.functions.handler.recursiveInvocationsDropped).toBe(0);
  });

  it('destinations as receivers: failure records land in S3 and notify; success records fan out through SNS', () => {
    const summary = run(
      [
        { id: 'rule', kind: 'eventbridgeRule', config: { traffic: { pattern: 'constant', ratePerSecond: 1, steps: [{ atSeconds: 60, ratePerSecond: 0 }] } } },
        fn('always-fails', 100, { errorRate: 1, async: { maximumRetryAttempts: 0, maximumEventAgeSeconds: 21_600 } }),
        { id: 'failures', kind: 's3', config: { deliveryDelayMs: { distribution: 'fixed', value: 1000 } } },
        fn('inspect', 100),
        { id: 'clock', kind: 'eventbridgeSchedule', config: { expression: 'rate(1 minute)' } },
        fn('succeeds', 100),
        { id: 'topic', kind: 'sns', config: {} },
        fn('audit', 100),
        fn('notify', 100),
      ],
      [
        trigger('rule', 'always-fails'),
        edge('always-fails', 'failures', 'onFailure'),
        trigger('failures', 'inspect'),
        trigger('clock', 'succeeds'),
        edge('succeeds', 'topic', 'onSuccess'),
        trigger('topic', 'audit'),
        trigger('topic', 'notify'),
      ],
      { durationSeconds: 600 },
    );
    // 60 events, no retries: 60 invocation records reach the bucket, each notifies 'inspect'.
    expect(summary.resources.failures.arrived).toBe(60);
    expect(summary.functions.inspect.invocations).toBe(60);
    // 10 scheduled runs in 10 minutes, each success record published to both subscribers.
    expect(summary.resources.topic).toMatchObject({ arrived: 10, delivered: 20 });
    expect(summary.functions.audit.invocations).toBe(10);
    expect(summary.functions.notify.invocations).toBe(10);
  });

  it('SNS fan-out to SQS: every queue subscribed to the topic gets every message, and its consumer processes it', () => {
    const summary = run(
      [
        { id: 'orders', kind: 'sns', config: { traffic: { pattern: 'constant', ratePerSecond: 10, steps: [{ atSeconds: 30, ratePerSecond: 0 }] } } },
        { id: 'billing', kind: 'sqs', config: {} },
        { id: 'shipping', kind: 'sqs', config: {} },
        fn('bill', 50),
        fn('ship', 50),
      ],
      [trigger('orders', 'billing'), trigger('orders', 'shipping'), trigger('billing', 'bill'), trigger('shipping', 'ship')],
      { durationSeconds: 120 },
    );
    expect(summary.resources.orders).toMatchObject({ arrived: 300, delivered: 600 });
    expect(summary.resources.billing).toMatchObject({ arrived: 300, delivered: 300 });
    expect(summary.resources.shipping).toMatchObject({ arrived: 300, delivered: 300 });
  });

  it('rate(1 minute) invokes its target 60 times in an hour', () => {
    const summary = run(
      [{ id: 'every-minute', kind: 'eventbridgeSchedule', config: { expression: 'rate(1 minute)' } }, fn('job', 500)],
      [trigger('every-minute', 'job')],
      { durationSeconds: 3600 },
    );
    expect(summary.functions.job.invocations).toBe(60);
    expect(summary.resources['every-minute'].arrived).toBe(60);
  });

  it('a Kinesis poison record: retried 1 + maximumRetryAttempts times, then one invocation record on the on-failure queue', () => {
    const summary = run(
      [
        {
          id: 'k',
          kind: 'kinesis',
          config: { shards: 2, traffic: { pattern: 'constant', ratePerSecond: 20, steps: [{ atSeconds: 30, ratePerSecond: 0 }] }, poisonRecords: [{ atSeconds: 10, shard: 1 }] },
        },
        fn('f', 100),
        { id: 'failed', kind: 'sqs', config: {} },
      ],
      [trigger('k', 'f', { maximumRetryAttempts: 2, bisectBatchOnFunctionError: true }), edge('k', 'failed', 'onFailure')],
      { durationSeconds: 120 },
    );
    expect(summary.resources.k.deadLettered).toBe(1);
    expect(summary.resources.k.delivered).toBe(summary.resources.k.arrived - 1);
    expect(summary.resources.failed.arrived).toBe(1);
  });

  it('raising maximumConcurrency on the mapping during a run (a patch) stops the throttled receives from then on', () => {
    const parsed = parseScenario({
      schemaVersion: 2,
      durationSeconds: 600,
      nodes: [
        { id: 'q', kind: 'sqs', config: { traffic: { pattern: 'poisson', ratePerSecond: 30 } } },
        fn('f', 1000, { reservedConcurrency: 3 }),
      ],
      edges: [trigger('q', 'f')],
    });
    if (!parsed.ok) throw new Error('invalid scenario');
    const sim = createSimulation(parsed.scenario);
    sim.advanceTo(120_000);
    const before = sim.summary().functions.f.throttles;
    expect(before).toBeGreaterThan(0);
    expect(sim.applyPatch({ type: 'edgeConfig', edgeId: 'q->f', config: { maximumConcurrency: 3 } })).toEqual({ ok: true });
    // Pollers already backing off may still try once, within their 1 s back-off.
    sim.advanceTo(125_000);
    const afterPatch = sim.summary().functions.f.throttles;
    sim.advanceTo(600_000);
    expect(sim.summary().functions.f.throttles).toBe(afterPatch);
  });

  it('the same seed gives the same numbers; another seed different ones', () => {
    const a = runToEnd(mixedScenario(3));
    const b = runToEnd(mixedScenario(3));
    expect(b.resources).toEqual(a.resources);
    expect(b.functions).toEqual(a.functions);
    expect(runToEnd(mixedScenario(4)).resources).not.toEqual(a.resources);
  });
});
