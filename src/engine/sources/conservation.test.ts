/**
 * design.md, property tests: nothing is lost. Every message or record that
 * enters a queue or a stream is, at every instant, counted exactly once:
 * delivered, dead-lettered (or sent on as an on-failure record), dropped, or
 * still there (waiting or in flight); and limits hold.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../../model';
import { FakeEngine } from './fakeEngine';

/** A deterministic failure pattern with about `rate` of invocations failing. */
const failsAtRate = (rate: number) => (_: unknown, n: number) => ((Math.imul(n + 1, 2654435761) >>> 0) / 2 ** 32) < rate;

const queueCase = fc.record({
  fifo: fc.boolean(),
  messageGroups: fc.integer({ min: 1, max: 4 }),
  maxReceiveCount: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
  visibilityTimeoutSeconds: fc.integer({ min: 1, max: 40 }),
  batchSize: fc.integer({ min: 1, max: 10 }),
  reportBatchItemFailures: fc.boolean(),
  maximumConcurrency: fc.option(fc.integer({ min: 2, max: 20 }), { nil: null }),
  concurrency: fc.integer({ min: 1, max: 30 }),
  failRate: fc.double({ min: 0, max: 1, noNaN: true }),
  initialBacklog: fc.integer({ min: 0, max: 400 }),
  ratePerSecond: fc.integer({ min: 0, max: 30 }),
  poison: fc.integer({ min: 0, max: 3 }),
  durationMs: fc.integer({ min: 10, max: 3000 }),
  seed: fc.nat(1000),
});

const streamCase = fc.record({
  kind: fc.constantFrom('kinesis' as const, 'dynamodbStream' as const),
  shards: fc.integer({ min: 1, max: 3 }),
  parallelizationFactor: fc.integer({ min: 1, max: 3 }),
  batchSize: fc.integer({ min: 1, max: 50 }),
  maximumRetryAttempts: fc.integer({ min: -1, max: 3 }),
  bisect: fc.boolean(),
  reportBatchItemFailures: fc.boolean(),
  onFailure: fc.boolean(),
  concurrency: fc.integer({ min: 1, max: 10 }),
  failRate: fc.double({ min: 0, max: 0.5, noNaN: true }),
  ratePerSecond: fc.integer({ min: 0, max: 40 }),
  poisonAtSeconds: fc.integer({ min: 0, max: 100 }),
  durationMs: fc.integer({ min: 10, max: 2000 }),
  seed: fc.nat(1000),
});

describe('conservation of messages and records (property)', () => {
  it('SQS, standard and FIFO: arrived = delivered + dead-lettered + dropped + waiting + in flight, at every event', () => {
    fc.assert(
      fc.property(queueCase, (c) => {
        const input: ScenarioInput = {
          schemaVersion: 2,
          seed: c.seed,
          durationSeconds: 120,
          nodes: [
            {
              id: 'q',
              kind: 'sqs',
              config: {
                fifo: c.fifo,
                messageGroups: c.fifo ? c.messageGroups : 1,
                maxReceiveCount: c.maxReceiveCount,
                visibilityTimeoutSeconds: c.visibilityTimeoutSeconds,
                initialBacklog: c.initialBacklog,
                traffic: { pattern: 'poisson', ratePerSecond: c.ratePerSecond },
                poisonRecords: c.poison > 0 ? [{ atSeconds: 3, count: c.poison }] : [],
              },
            },
            { id: 'f', kind: 'function', config: {} },
            { id: 'dlq', kind: 'sqs', config: { fifo: c.fifo } },
          ],
          edges: [
            { id: 't', source: 'q', target: 'f', kind: 'trigger', config: { batchSize: c.batchSize, reportBatchItemFailures: c.reportBatchItemFailures, maximumConcurrency: c.maximumConcurrency } },
            { id: 'r', source: 'q', target: 'dlq', kind: 'deadLetter' },
          ],
        };
        const engine = new FakeEngine(input, { f: { concurrency: c.concurrency, durationMs: c.durationMs, fails: failsAtRate(c.failRate) } });
        const q = engine.nodes.get('q')!;
        const check = () => {
          const s = q.summary();
          const live = q.live();
          expect(s.delivered + s.deadLettered + s.dropped + live.backlog + live.inFlight).toBe(s.arrived);
        };
        engine.run(check);
        check();
        expect(engine.summary('dlq').arrived).toBe(engine.summary('q').deadLettered);
        // A batch that outlives its visibility timeout gives its group back early (§6.1), so only then may a group run twice.
        if (c.fifo && c.durationMs < c.visibilityTimeoutSeconds * 1000) expect(engine.fn('f').maxConcurrent).toBeLessThanOrEqual(c.messageGroups);
        if (c.maximumConcurrency !== null) expect(engine.fn('f').maxConcurrent).toBeLessThanOrEqual(c.maximumConcurrency);
      }),
      { numRuns: 60 },
    );
  });

  it('Kinesis and DynamoDB streams: arrived = delivered + skipped + expired + outstanding; at most shards x factor at once', () => {
    fc.assert(
      fc.property(streamCase, (c) => {
        const input: ScenarioInput = {
          schemaVersion: 2,
          seed: c.seed,
          durationSeconds: 120,
          nodes: [
            {
              id: 's',
              kind: c.kind,
              config: { shards: c.shards, traffic: { pattern: 'poisson', ratePerSecond: c.ratePerSecond }, poisonRecords: [{ atSeconds: c.poisonAtSeconds, shard: 0 }] },
            },
            { id: 'f', kind: 'function', config: {} },
            { id: 'failures', kind: 'sqs', config: {} },
          ],
          edges: [
            {
              id: 't',
              source: 's',
              target: 'f',
              kind: 'trigger',
              config: {
                batchSize: c.batchSize,
                parallelizationFactor: c.parallelizationFactor,
                maximumRetryAttempts: c.maximumRetryAttempts,
                bisectBatchOnFunctionError: c.bisect,
                reportBatchItemFailures: c.reportBatchItemFailures,
              },
            },
            ...(c.onFailure ? [{ id: 'of', source: 's', target: 'failures', kind: 'onFailure' as const }] : []),
          ],
        };
        const engine = new FakeEngine(input, { f: { concurrency: c.concurrency, durationMs: c.durationMs, fails: failsAtRate(c.failRate) } });
        const s = engine.nodes.get('s')!;
        engine.run();
        const summary = s.summary();
        expect(summary.delivered + summary.deadLettered + summary.dropped + s.live().backlog).toBe(summary.arrived);
        expect(engine.fn('f').maxConcurrent).toBeLessThanOrEqual(c.shards * c.parallelizationFactor);
        if (!c.onFailure) expect(summary.deadLettered).toBe(0);
      }),
      { numRuns: 60 },
    );
  });
});
