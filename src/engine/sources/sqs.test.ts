import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../../model';
import { FakeEngine } from './fakeEngine';

type EdgeInput = ScenarioInput['edges'][number];
type NodeInput = ScenarioInput['nodes'][number];

function scenario(nodes: NodeInput[], edges: EdgeInput[], extra: Partial<ScenarioInput> = {}): ScenarioInput {
  return { schemaVersion: 2, durationSeconds: 600, ...extra, nodes, edges };
}
const fn = (id: string): NodeInput => ({ id, kind: 'function', config: {} });
const dlq = (id = 'dlq'): NodeInput => ({ id, kind: 'sqs', config: {} });

/** 99 messages and one poison message, read in one batch of 100; the queue's summary at the end. */
const poisonInOneBatch = (reportBatchItemFailures: boolean) =>
  new FakeEngine(
    scenario(
      [
        {
          id: 'q',
          kind: 'sqs',
          config: {
            maxReceiveCount: 3,
            traffic: { pattern: 'constant', ratePerSecond: 0, bursts: [{ atSeconds: 0, count: 99 }] },
            poisonRecords: [{ atSeconds: 0, count: 1 }],
          },
        },
        fn('f'),
        dlq(),
      ],
      [
        { id: 't', source: 'q', target: 'f', kind: 'trigger', config: { batchSize: 100, maximumBatchingWindowSeconds: 1, reportBatchItemFailures } },
        { id: 'r', source: 'q', target: 'dlq', kind: 'deadLetter' },
      ],
    ),
  )
    .run()
    .summary('q');

/** An always-failing 20 s consumer under a large backlog: the most batches at once in the fourth minute (180–239 s). */
const peakInMinute3 = (reportBatchItemFailures: boolean) => {
  const engine = new FakeEngine(
    scenario([{ id: 'q', kind: 'sqs', config: { initialBacklog: 1_000_000 } }, fn('f')], [{ id: 't', source: 'q', target: 'f', kind: 'trigger', config: { reportBatchItemFailures } }], {
      durationSeconds: 239,
      account: { concurrencyLimit: 2000 },
    }),
    { f: { durationMs: 20_000, fails: () => true } },
  );
  let peak = 0;
  engine.run(() => {
    if (engine.kernel.now >= 180_000) peak = Math.max(peak, engine.fn('f').concurrent);
  });
  return peak;
};

describe('SQS standard queue with a Lambda mapping (§6.1)', () => {
  it('an always-failing consumer moves every message to the DLQ after maxReceiveCount receives', () => {
    const engine = new FakeEngine(
      scenario(
        [{ id: 'q', kind: 'sqs', config: { initialBacklog: 100, maxReceiveCount: 3, visibilityTimeoutSeconds: 30 } }, fn('f'), dlq()],
        [
          { id: 't', source: 'q', target: 'f', kind: 'trigger' },
          { id: 'r', source: 'q', target: 'dlq', kind: 'deadLetter' },
        ],
      ),
      { f: { fails: () => true, durationMs: 200 } },
    ).run();
    // 100 messages, each received exactly maxReceiveCount = 3 times, in batches of 10.
    const records = engine.fn('f').invocations.reduce((n, i) => n + i.batchSize, 0);
    expect(records).toBe(300);
    expect(engine.fn('f').invocations).toHaveLength(30);
    expect(engine.summary('q')).toMatchObject({ arrived: 100, delivered: 0, deadLettered: 100 });
    expect(engine.summary('dlq').arrived).toBe(100);
  });

  it('the reserved-concurrency pitfall: a healthy function with reserved concurrency 2 still loses messages to the DLQ', () => {
    const nodes: NodeInput[] = [{ id: 'q', kind: 'sqs', config: { initialBacklog: 2000, maxReceiveCount: 2 } }, fn('f'), dlq()];
    const redrive: EdgeInput = { id: 'r', source: 'q', target: 'dlq', kind: 'deadLetter' };
    const pitfall = new FakeEngine(scenario(nodes, [{ id: 't', source: 'q', target: 'f', kind: 'trigger' }, redrive]), {
      f: { concurrency: 2, durationMs: 1000 },
    }).run();
    const q = pitfall.summary('q');
    // Five pollers against two environments: three receives fail at once, and keep failing.
    expect(pitfall.fn('f').throttles).toBeGreaterThan(0);
    expect(pitfall.fn('f').invocations.every((i) => i.status === 'success')).toBe(true);
    expect(q.deadLettered).toBeGreaterThan(0);
    expect(q.delivered + q.deadLettered).toBe(2000);
    expect(pitfall.summary('dlq').arrived).toBe(q.deadLettered);

    // The documented fix: maximumConcurrency on the mapping (2–1,000) caps pollers without throttling.
    const fixed = new FakeEngine(
      scenario(nodes, [{ id: 't', source: 'q', target: 'f', kind: 'trigger', config: { maximumConcurrency: 2 } }, redrive]),
      { f: { concurrency: 2, durationMs: 1000 } },
    ).run();
    expect(fixed.fn('f').throttles).toBe(0);
    expect(fixed.summary('q')).toMatchObject({ delivered: 2000, deadLettered: 0 });
  });

  for (const [model, expected] of [
    ['current', [5, 305, 605, 905, 1205, 1250, 1250]],
    ['legacy', [5, 65, 125, 185, 245, 305, 365]],
  ] as const) {
    it(`pollers grow per minute under a large backlog (${model}: ${expected.join(', ')})`, () => {
      const engine = new FakeEngine(
        scenario([{ id: 'q', kind: 'sqs', config: { initialBacklog: 1_000_000 } }, fn('f')], [{ id: 't', source: 'q', target: 'f', kind: 'trigger' }], {
          durationSeconds: 7 * 60 - 1,
          account: { scalingModel: model, concurrencyLimit: 2000 },
        }),
        { f: { durationMs: 20_000 } },
      );
      const f = engine.fn('f');
      const peakPerMinute: number[] = [];
      engine.run(() => {
        const minute = Math.floor(engine.kernel.now / 60_000);
        peakPerMinute[minute] = Math.max(peakPerMinute[minute] ?? 0, f.concurrent);
      });
      expect(peakPerMinute).toEqual(expected);
    });
  }

  it('function errors make the mapping back off, unless it reports batch item failures', () => {
    // Backing off: every failure gives back a batch, so each minute's +300 starts again from about 5.
    expect(peakInMinute3(false)).toBeLessThanOrEqual(310);
    // "Lambda doesn't scale down message polling when function invocations fail": 5 + 3 × 300.
    expect(peakInMinute3(true)).toBe(905);
  });

  it('reportBatchItemFailures: only the failed message reappears; without it the whole batch does', () => {
    expect(poisonInOneBatch(true)).toMatchObject({ arrived: 100, delivered: 99, deadLettered: 1 });
    expect(poisonInOneBatch(false)).toMatchObject({ arrived: 100, delivered: 0, deadLettered: 100 });
  });

  it('a function that triggers itself through its queue stops after 16 invocations; the message goes to the DLQ', () => {
    const engine = new FakeEngine(
      scenario(
        [{ id: 'q', kind: 'sqs', config: { initialBacklog: 1, maxReceiveCount: 1 } }, fn('f'), dlq()],
        [
          { id: 't', source: 'q', target: 'f', kind: 'trigger', config: { batchSize: 1 } },
          { id: 'w', source: 'f', target: 'q', kind: 'writes' },
          { id: 'r', source: 'q', target: 'dlq', kind: 'deadLetter' },
        ],
      ),
      { f: { writesTo: 'q' } },
    ).run();
    expect(engine.fn('f').invocations).toHaveLength(16);
    expect(engine.fn('f').recursionStopped).toBe(1);
    expect(engine.summary('q')).toMatchObject({ arrived: 17, delivered: 16, deadLettered: 1 });
    expect(engine.summary('dlq').arrived).toBe(1);
  });
});

/** One batch of 10 messages whose function runs 8 s, under a given visibility timeout. */
const eightSecondBatch = (visibilityTimeoutSeconds: number) =>
  new FakeEngine(
    scenario([{ id: 'q', kind: 'sqs', config: { initialBacklog: 10, visibilityTimeoutSeconds } }, fn('f')], [{ id: 't', source: 'q', target: 'f', kind: 'trigger' }], {
      durationSeconds: 60,
    }),
    { f: { durationMs: 8000 } },
  ).run();

describe('SQS visibility timeout shorter than the function (§6.1)', () => {
  it('with 60 s the one batch is processed once and deleted', () => {
    const engine = eightSecondBatch(60);
    expect(engine.fn('f').invocations).toHaveLength(1);
    expect(engine.summary('q').delivered).toBe(10);
  });

  it('with 5 s against an 8 s run the messages reappear every 5 s and are processed again and again', () => {
    const engine = eightSecondBatch(5);
    // Received at 0 s, then again each time 5 s pass (checked once a second): at least every 6 s in 60 s.
    expect(engine.fn('f').invocations.length).toBeGreaterThanOrEqual(10);
    const q = engine.summary('q');
    expect(q.delivered).toBe(0);
    expect(q.metrics.duplicateDeliveries).toBeGreaterThanOrEqual(80);
  });
});

describe('SQS FIFO queue (§6.2)', () => {
  it('with 3 message groups runs at most 3 batches at once, and reaches 3', () => {
    const engine = new FakeEngine(
      scenario(
        [{ id: 'q', kind: 'sqs', config: { fifo: true, messageGroups: 3, traffic: { pattern: 'poisson', ratePerSecond: 200 } } }, fn('f')],
        [{ id: 't', source: 'q', target: 'f', kind: 'trigger' }],
        { durationSeconds: 60 },
      ),
      { f: { durationMs: 500 } },
    ).run();
    expect(engine.fn('f').maxConcurrent).toBe(3);
  });

  it('scales straight to the number of message groups, with no 5-batch start (AWS: capped at the group count)', () => {
    const engine = new FakeEngine(
      scenario([{ id: 'q', kind: 'sqs', config: { fifo: true, messageGroups: 20, initialBacklog: 10_000 } }, fn('f')], [{ id: 't', source: 'q', target: 'f', kind: 'trigger' }], {
        durationSeconds: 30,
      }),
      { f: { durationMs: 5000 } },
    ).run();
    expect(engine.fn('f').maxConcurrent).toBe(20);
  });

  it('a failing message holds its group until redrive; the other groups go on', () => {
    const engine = new FakeEngine(
      scenario(
        [
          {
            id: 'q',
            kind: 'sqs',
            config: { fifo: true, messageGroups: 2, maxReceiveCount: 2, visibilityTimeoutSeconds: 30, initialBacklog: 40, poisonRecords: [{ atSeconds: 0 }] },
          },
          fn('f'),
          { id: 'dlq', kind: 'sqs', config: { fifo: true } },
        ],
        [
          { id: 't', source: 'q', target: 'f', kind: 'trigger' },
          { id: 'r', source: 'q', target: 'dlq', kind: 'deadLetter' },
        ],
      ),
      { f: { durationMs: 100 } },
    ).run();
    const q = engine.summary('q');
    // The poison message's batch fails twice (30 s apart) and then redrives; everything else is processed.
    expect(q.arrived).toBe(41);
    expect(q.delivered + q.deadLettered).toBe(41);
    expect(q.deadLettered).toBeGreaterThanOrEqual(1);
    expect(q.deadLettered).toBeLessThanOrEqual(10);
    expect(engine.fn('f').invocations.filter((i) => i.status === 'error')).toHaveLength(2);
  });
});

describe('SQS message retention', () => {
  it('messages nobody reads are deleted after messageRetentionSeconds', () => {
    // 1 message a second for 100 s, no consumer, retention 60 s: by 200 s every message has expired.
    const engine = new FakeEngine(
      scenario(
        [{ id: 'q', kind: 'sqs', config: { messageRetentionSeconds: 60, traffic: { pattern: 'constant', ratePerSecond: 1, steps: [{ atSeconds: 100, ratePerSecond: 0 }] } } }],
        [],
        { durationSeconds: 200 },
      ),
    ).run();
    expect(engine.summary('q')).toMatchObject({ arrived: 100, dropped: 100 });
    expect(engine.summary('q').metrics.expiredMessages).toBe(100);
  });

  it('without a dead-letter queue maxReceiveCount has no effect: failing messages retry until retention deletes them', () => {
    const engine = new FakeEngine(
      scenario([{ id: 'q', kind: 'sqs', config: { initialBacklog: 10, maxReceiveCount: 1, visibilityTimeoutSeconds: 30, messageRetentionSeconds: 120 } }, fn('f')], [{ id: 't', source: 'q', target: 'f', kind: 'trigger' }], {
        durationSeconds: 300,
      }),
      { f: { fails: () => true } },
    ).run();
    // Received at 0, 30, 60, 90 s (each retry after the 30 s visibility timeout); gone at 120 s.
    expect(engine.fn('f').invocations.map((i) => Math.round(i.startedMs / 1000))).toEqual([0, 30, 60, 90]);
    expect(engine.summary('q')).toMatchObject({ arrived: 10, deadLettered: 0, dropped: 10 });
  });
});
