/** Every preset runs through the engine and shows what it teaches, checked against lambda-model.md's numbers. */
import { describe, expect, it } from 'vitest';
import { runToEnd, type SimulationSummary } from '../engine';
import { applyVariant } from '../model';
import { PRESETS, findPreset, loadPreset } from '.';

function run(id: string): SimulationSummary {
  const preset = findPreset(id);
  if (!preset) throw new Error(`no preset ${id}`);
  const parsed = loadPreset(preset);
  if (!parsed.ok) throw new Error(`${id} does not parse`);
  return runToEnd(parsed.scenario);
}

const summaries = new Map(PRESETS.map((p) => [p.id, run(p.id)]));
const summary = (id: string) => summaries.get(id)!;

describe('presets run', () => {
  it.each(PRESETS.map((p) => p.id))('%s invokes its functions', (id) => {
    const invocations = Object.values(summary(id).functions).reduce((sum, f) => sum + f.invocations, 0);
    expect(invocations).toBeGreaterThan(0);
  });

  it('ALB spike: concurrency never passes the reserved 20, and the rest is throttled', () => {
    const api = summary('alb-reserved-concurrency').functions.api;
    expect(api.maxConcurrency).toBeLessThanOrEqual(20);
    expect(api.throttles).toBeGreaterThan(0);
  });

  it('account pool: the importer holds at most the account limit of 200, and checkout is throttled', () => {
    const s = summary('account-pool-exhaustion');
    expect(s.functions.importer.maxConcurrency).toBeLessThanOrEqual(200);
    expect(s.functions.checkout.throttles).toBeGreaterThan(0);
  });

  it('provisioned concurrency: no cold start on the provisioned copy, and 50 GB-scale environments cost $0.375 for 30 minutes', () => {
    const s = summary('provisioned-concurrency-cold-starts');
    expect(s.functions['on-demand'].coldStarts).toBeGreaterThan(0);
    expect(s.functions.provisioned.coldStarts).toBe(0);
    // §10.1: $0.0000041667 per GB-s configured; 50 environments × 1 GB × 1,800 s.
    expect(s.functions.provisioned.cost.provisionedUSD).toBeCloseTo(50 * 1 * 1800 * 0.0000041667, 3);
  });

  it('legacy scaling (Operator Guide): 10,000 at once gives 3,000 served and 7,000 throttled', () => {
    const handler = summary('scaling-legacy-operator-guide').functions.handler;
    expect([handler.invocations, handler.throttles]).toEqual([3000, 7000]);
  });

  it('current scaling: 10,000 at once gives 1,000 served (one 10-second budget) and 9,000 throttled', () => {
    const handler = summary('scaling-current-operator-guide').functions.handler;
    expect([handler.invocations, handler.throttles]).toEqual([1000, 9000]);
  });

  it('API Gateway: requests past 29 s answer 504', () => {
    expect(summary('api-gateway-29s-timeout').resources['reports-api'].metrics.Status504).toBeGreaterThan(0);
  });

  it('out of memory: each OOM resets an environment (§2.1), so cold starts track OOMs; at 1,024 MB (variant B) both stop', () => {
    const a = summary('out-of-memory-cold-starts').functions.resize;
    expect(a.outOfMemory).toBeGreaterThan(500);
    expect(a.coldStarts).toBeGreaterThan(a.outOfMemory);
    const parsed = loadPreset(findPreset('out-of-memory-cold-starts')!);
    if (!parsed.ok) throw new Error('does not parse');
    const b = runToEnd(applyVariant(parsed.scenario, parsed.scenario.variants![0])).functions.resize;
    expect(b.outOfMemory).toBe(0);
    expect(b.errors).toBe(0);
    expect(b.coldStarts).toBeLessThan(a.coldStarts / 20);
  });

  it('S3 pipeline: one thumbnail per successful resize, and some events reach the on-failure queue', () => {
    const s = summary('s3-thumbnail-pipeline');
    const successes = s.functions.resize.invocations - s.functions.resize.errors;
    expect(Math.abs(s.resources.thumbnails.arrived - successes)).toBeLessThanOrEqual(successes * 0.01);
    expect(s.resources['failed-resizes'].arrived).toBeGreaterThan(0);
  });

  it('DLQ versus destination: both receive failed events, about 1/27 of them (three failures at 1/3)', () => {
    const s = summary('async-dlq-vs-destination');
    for (const [rule, queue] of [
      ['orders-dlq-rule', 'dlq'],
      ['orders-dest-rule', 'failure-destination'],
    ]) {
      // Events of the last 3 minutes have not finished their retries when the run ends.
      const eligible = s.resources[rule].arrived * (600 / 900);
      expect(s.resources[queue].arrived).toBeGreaterThan(eligible / 27 / 2);
      expect(s.resources[queue].arrived).toBeLessThan((eligible / 27) * 2);
    }
  });

  it('SQS standard: pollers scale well past the initial 5 batches but never above 1,250', () => {
    const fulfil = summary('sqs-standard-scaling').functions.fulfil;
    expect(fulfil.maxConcurrency).toBeGreaterThan(300);
    expect(fulfil.maxConcurrency).toBeLessThanOrEqual(1250);
  });

  it('reserved concurrency + SQS: concurrency stays at 5 and messages reach the DLQ although few invocations failed', () => {
    const s = summary('reserved-concurrency-sqs-pitfall');
    expect(s.functions.worker.maxConcurrency).toBeLessThanOrEqual(5);
    // The handler never fails (500–1,500 ms against a 5 s timeout): every message in the DLQ got there unprocessed.
    expect(s.functions.worker.errors).toBe(0);
    expect(s.resources['jobs-dlq'].arrived).toBeGreaterThan(0);
  });

  it('SQS FIFO: concurrency at most the 3 groups, so at most 3 × 2 messages a second are processed', () => {
    const ledger = summary('sqs-fifo-message-groups').functions.ledger;
    expect(ledger.maxConcurrency).toBeLessThanOrEqual(3);
    expect(ledger.invocations).toBeLessThanOrEqual(3 * 2 * 600);
  });

  it('Kinesis: the retry-forever shard falls minutes behind; bisect isolates the record and moves on', () => {
    const s = summary('kinesis-poison-record');
    expect(s.resources['clicks-blocking'].metrics.maxIteratorAgeMs).toBeGreaterThan(5 * 60_000);
    expect(s.resources['clicks-bisect'].metrics.maxIteratorAgeMs).toBeLessThan(60_000);
    expect(s.resources['failed-batches'].arrived).toBeGreaterThan(0);
  });

  it('cron every 15 minutes for 2 hours: 8 runs, each a cold start (gap longer than the 10-minute keep-alive)', () => {
    const report = summary('eventbridge-cron-job').functions.report;
    expect([report.invocations, report.coldStarts]).toEqual([8, 8]);
  });

  it('recursive loop: 10 messages × 16 invocations, then the loop is stopped', () => {
    const relay = summary('recursive-loop').functions.relay;
    expect(relay.invocations).toBe(160);
    expect(relay.recursiveInvocationsDropped).toBeGreaterThan(0);
  });
});
