import { describe, expect, it } from 'vitest';
import type { EdgeConfig, ScenarioInput } from '../../model';
import { FakeEngine } from './fakeEngine';

type NodeInput = ScenarioInput['nodes'][number];

/** 10 records a second for 30 s, then none: every record is settled by the end of a 90 s run. */
const tenPerSecondFor30s = { pattern: 'constant' as const, ratePerSecond: 10, steps: [{ atSeconds: 30, ratePerSecond: 0 }] };

function streamScenario(stream: NodeInput, mapping: EdgeConfig, durationSeconds = 90): ScenarioInput {
  return {
    schemaVersion: 2,
    durationSeconds,
    nodes: [stream, { id: 'f', kind: 'function', config: {} }, { id: 'failures', kind: 'sqs', config: {} }],
    edges: [
      { id: 't', source: stream.id, target: 'f', kind: 'trigger', config: mapping },
      { id: 'of', source: stream.id, target: 'failures', kind: 'onFailure' },
    ],
  };
}

/** The largest IteratorAge of a one-shard stream with one record every 10 s on average. */
const maxIteratorAgeOf = (kind: 'kinesis' | 'dynamodbStream') =>
  new FakeEngine(
    streamScenario({ id: 's', kind, config: { shards: 1, traffic: { pattern: 'poisson', ratePerSecond: 0.1 } } }, {}, 600),
    { f: { durationMs: 10 } },
  )
    .run()
    .summary('s').metrics.maxIteratorAgeMs;

/** The sizes of the batches a one-shard stream at 10 records a second hands to the function. */
const batchSizes = (mapping: EdgeConfig) =>
  new FakeEngine(streamScenario({ id: 'k', kind: 'kinesis', config: { shards: 1, traffic: tenPerSecondFor30s } }, mapping))
    .run()
    .fn('f')
    .invocations.map((c) => c.batchSize);

/** A one-shard stream holding 3,600 records written over the hour before the run (one a second). */
const withStart = (startingPosition: 'TRIM_HORIZON' | 'LATEST') =>
  new FakeEngine(streamScenario({ id: 'k', kind: 'kinesis', config: { shards: 1, initialRecords: 3600 } }, { startingPosition }, 120)).run().summary('k');

/** A Kinesis stream written 1,600 times a second for 10 s. */
const sixteenHundredPerSecond = (shards: number) =>
  new FakeEngine(streamScenario({ id: 'k', kind: 'kinesis', config: { shards, traffic: { pattern: 'constant', ratePerSecond: 1600 } } }, {}, 10))
    .run()
    .summary('k');

describe('Kinesis and DynamoDB stream mappings (§6.3, §6.4)', () => {
  it('4 shards with parallelization factor 2 never run more than 8 batches at once, and reach 8', () => {
    const engine = new FakeEngine(
      streamScenario({ id: 'k', kind: 'kinesis', config: { shards: 4, traffic: { pattern: 'poisson', ratePerSecond: 500 } } }, { parallelizationFactor: 2 }, 60),
      { f: { durationMs: 2000 } },
    ).run();
    expect(engine.fn('f').maxConcurrent).toBe(8);
  });

  it('a poison record blocks its shard until its retries run out, then the whole batch goes to the on-failure destination', () => {
    const engine = new FakeEngine(
      streamScenario(
        { id: 'k', kind: 'kinesis', config: { shards: 1, traffic: tenPerSecondFor30s, poisonRecords: [{ atSeconds: 5, shard: 0 }] } },
        { maximumRetryAttempts: 2 },
      ),
    ).run();
    const calls = engine.fn('f').invocations;
    const failed = calls.filter((c) => c.status === 'error');
    // One attempt plus maximumRetryAttempts = 2 retries, back to back: nothing else ran from the shard meanwhile.
    expect(failed).toHaveLength(3);
    const first = calls.indexOf(failed[0]);
    expect(calls.slice(first, first + 3).every((c) => c.status === 'error')).toBe(true);
    // The failed batch is skipped as a whole; one invocation record (metadata only) reaches the destination.
    const k = engine.summary('k');
    expect(k.deadLettered).toBe(failed[0].batchSize);
    expect(engine.summary('failures').arrived).toBe(1);
    expect(k.delivered + k.deadLettered).toBe(k.arrived);
    // Retries wait for the next poll, and polls are 1 s apart, so the third attempt starts at least
    // 1 s + 100 ms after the second began: the shard was blocked for at least 1.2 s, and the 12 or
    // more records written at 10/s meanwhile are read together once it is free.
    expect(calls[first + 3].batchSize).toBeGreaterThanOrEqual(12);
    expect(k.metrics.maxIteratorAgeMs).toBeGreaterThanOrEqual(1200);
  });

  it('with bisectBatchOnFunctionError only the poison record is skipped; splitting does not use up retries', () => {
    const engine = new FakeEngine(
      streamScenario(
        { id: 'k', kind: 'kinesis', config: { shards: 1, traffic: tenPerSecondFor30s, poisonRecords: [{ atSeconds: 5, shard: 0 }] } },
        { maximumRetryAttempts: 2, bisectBatchOnFunctionError: true },
      ),
    ).run();
    const failed = engine.fn('f').invocations.filter((c) => c.status === 'error');
    const k = engine.summary('k');
    expect(k.deadLettered).toBe(1);
    expect(k.delivered).toBe(k.arrived - 1);
    expect(engine.summary('failures').arrived).toBe(1);
    // The single poison record alone still gets its 1 + 2 attempts, after the halvings that led to it.
    expect(failed.filter((c) => c.batchSize === 1)).toHaveLength(3);
    expect(failed.length).toBeGreaterThan(3);
  });

  it('maximumRecordAgeSeconds ends the retries of a batch that retries forever (RecordAgeExceeded)', () => {
    const engine = new FakeEngine(
      streamScenario(
        { id: 'k', kind: 'kinesis', config: { shards: 1, traffic: tenPerSecondFor30s, poisonRecords: [{ atSeconds: 5, shard: 0 }] } },
        { maximumRecordAgeSeconds: 60 },
        150,
      ),
    ).run();
    const failed = engine.fn('f').invocations.filter((c) => c.status === 'error');
    // Retried once a second until its oldest record (at most 1 s older than the first try) is over 60 s old.
    expect(failed.length).toBeGreaterThanOrEqual(60);
    expect(failed.length).toBeLessThanOrEqual(61);
    const k = engine.summary('k');
    // The blocked batch, and any record behind it that is over 60 s old by then, are skipped;
    // no batch the function sees holds a record older than 60 s (plus its 100 ms run).
    expect(k.metrics.recordAgeExceeded).toBeGreaterThanOrEqual(failed[0].batchSize);
    expect(k.metrics.maxIteratorAgeMs).toBeLessThanOrEqual(60_100);
    expect(k.delivered + k.deadLettered).toBe(k.arrived);
    expect(engine.summary('failures').arrived).toBeGreaterThanOrEqual(1);
  });

  it('polls once a second (Kinesis) or four times a second (DynamoDB): the wait before a record is read', () => {
    // IteratorAge = wait for the next poll + 10 ms of processing; about 60 records, so the largest wait
    // comes close to the polling interval (all 60 below half of it has probability 2^-60).
    const kinesis = maxIteratorAgeOf('kinesis');
    expect(kinesis).toBeGreaterThan(510);
    expect(kinesis).toBeLessThanOrEqual(1010);
    const dynamo = maxIteratorAgeOf('dynamodbStream');
    expect(dynamo).toBeGreaterThan(135);
    expect(dynamo).toBeLessThanOrEqual(260);
  });

  it('batching window: a batch leaves when the window after its oldest record passes, or as soon as it is full', () => {
    // 10 records a second and a 5 s window: the window from the oldest record (plus at most one
    // polling interval) holds 50 to 60 records; the last batch takes what is left.
    const windowed = batchSizes({ batchSize: 100, maximumBatchingWindowSeconds: 5 });
    expect(windowed.reduce((a, b) => a + b, 0)).toBe(300);
    for (const size of windowed.slice(0, -1)) {
      expect(size).toBeGreaterThanOrEqual(50);
      expect(size).toBeLessThanOrEqual(61);
    }
    // Full before the window ends: exactly batchSize records.
    expect(new Set(batchSizes({ batchSize: 20, maximumBatchingWindowSeconds: 5 }))).toEqual(new Set([20]));
  });

  it('startingPosition: TRIM_HORIZON reads the records already in the stream, LATEST skips them', () => {
    const horizon = withStart('TRIM_HORIZON');
    expect(horizon.delivered).toBe(3600);
    // The first batch of 100 ends with the record written 3,501 s before the start.
    expect(horizon.metrics.maxIteratorAgeMs).toBeGreaterThan(3_500_000);
    const latest = withStart('LATEST');
    expect(latest.delivered).toBe(0);
    expect(latest.metrics.skippedByStartingPosition).toBe(3600);
  });

  it('a Kinesis shard takes 1,000 records a second: 1,600 a second overflow one shard, two shards take them all', () => {
    // 1,600 a second (a gap of 0.625 ms, exact in binary) for 10 s: 16,000 writes.
    const one = sixteenHundredPerSecond(1);
    expect(one.arrived + one.rejected).toBe(16_000);
    // A full bucket of 1,000 at the start, then 1,000 a second for 10 s.
    expect(one.arrived).toBeGreaterThanOrEqual(10_990);
    expect(one.arrived).toBeLessThanOrEqual(11_000);
    // About 800 a second each, against 1,000 per shard.
    expect(sixteenHundredPerSecond(2)).toMatchObject({ arrived: 16_000, rejected: 0 });
  });

  it('with the default settings a poison record blocks its shard until its records expire (24 h retention)', () => {
    const engine = new FakeEngine(
      streamScenario(
        { id: 'k', kind: 'kinesis', config: { shards: 1, traffic: { pattern: 'constant', ratePerSecond: 0.01 }, poisonRecords: [{ atSeconds: 10, shard: 0 }] } },
        {},
        25 * 3600,
      ),
    ).run();
    const k = engine.summary('k');
    const failed = engine.fn('f').invocations.filter((c) => c.status === 'error');
    // Retried at every 1 s poll for a day: about 86,400 failed invocations, then the batch expires.
    expect(failed.length).toBeGreaterThan(86_000);
    expect(failed.length).toBeLessThanOrEqual(86_400);
    expect(k.metrics.expiredRecords).toBe(failed[0].batchSize);
    expect(k.deadLettered).toBe(0);
    // The records written behind it during the day are processed once the shard is free.
    expect(k.delivered + k.dropped).toBe(k.arrived);
    expect(k.metrics.maxIteratorAgeMs).toBeGreaterThan(86_000_000);
  });
});
