import { describe, expect, it } from 'vitest';
import { runToEnd } from '../engine';
import { callerToFunction } from '../engine/testing/scenarioBuilder';
import { asyncRequestUnits } from './callerConfig';
import { parseScenario } from './validate';

/**
 * Every limit against the number lambda-model.md §11 (Lambda quotas) gives, with the
 * message a person sees: the value, the AWS limit and where it comes from.
 */
function fnIssues(config: Record<string, unknown>): string[] {
  const r = parseScenario({ schemaVersion: 2, nodes: [{ id: 'fn', kind: 'function', config }], edges: [] });
  return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
}
function callerIssues(kind: string, config: Record<string, unknown>): string[] {
  const r = parseScenario({
    schemaVersion: 2,
    nodes: [
      { id: 'c', kind, config },
      { id: 'fn', kind: 'function', config: {} },
    ],
    edges: [{ id: 'e', source: 'c', target: 'fn', kind: 'trigger' }],
  });
  return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
}

describe('function limits (§11, §3, §2.5)', () => {
  it.each([
    ['memoryMB', 128, 127, 'memoryMB 127 is below the 128 MB a Lambda function must have at least (Lambda quotas: 128–10,240 MB)'],
    ['memoryMB', 10_240, 10_241, 'memoryMB 10,241 is above the 10,240 MB (10 GB) limit of a Lambda function (Lambda quotas: 128–10,240 MB)'],
    ['timeoutSeconds', 900, 901, 'timeoutSeconds 901 is above the 900 s (15 minute) limit of one invocation (Lambda quotas)'],
    ['ephemeralStorageMB', 512, 511, 'ephemeralStorageMB 511 is below the 512 MB of /tmp every function has (Lambda quotas: 512–10,240 MB)'],
    ['ephemeralStorageMB', 10_240, 10_241, 'ephemeralStorageMB 10,241 is above the 10,240 MB (10 GB) limit of /tmp (Lambda quotas: 512–10,240 MB)'],
    ['environmentBytes', 4096, 4097, "environmentBytes 4,097 is above the 4 KB (4,096 bytes) limit of all of a function's environment variables together (Lambda quotas)"],
    ['packageZippedMB', 50, 51, 'packageZippedMB 51 is above the 50 MB limit of a .zip package uploaded directly (Lambda quotas; larger zips go through S3, but the 250 MB unzipped limit still holds)'],
    ['packageUnzippedMB', 250, 251, "packageUnzippedMB 251 is above the 250 MB limit of a function's unzipped code, layers and custom runtime together (Lambda quotas); a container image allows 10 GB"],
    ['layers', 5, 6, 'layers 6 is above the 5 layers a function may use (Lambda quotas)'],
    ['imageSizeGB', 10, 10.5, 'imageSizeGB 10.5 is above the 10 GB limit of a container image, uncompressed, all its layers included (Lambda quotas)'],
  ])('%s: %s is allowed, %s is refused with the AWS limit and the reason', (field, ok, bad, message) => {
    expect(fnIssues({ [field]: ok })).toEqual([]);
    expect(fnIssues({ [field]: bad })).toEqual([`nodes[0] (fn).config.${field}: ${message}`]);
  });

  it('package sizes, layers and environment variables are optional and change no number of a run (lambda-model.md gives no INIT figure for them)', () => {
    const base = { durationMs: { distribution: 'exponential', mean: 80 } };
    const run = (fn: Record<string, unknown>) =>
      runToEnd(callerToFunction({ seconds: 120, seed: 3, callerConfig: { traffic: { ratePerSecond: 20 } }, fn: { ...base, ...fn } }));
    const plain = run({});
    const big = run({ packageZippedMB: 50, packageUnzippedMB: 250, layers: 5, environmentBytes: 4096 });
    expect({ ...big, wallMs: 0 }).toEqual({ ...plain, wallMs: 0 });
  });
});

/** 100 requests of one SDK client at once. */
const runClient = (invocationType: string, payloadKB: number) =>
  runToEnd(
    callerToFunction({
      seconds: 60,
      caller: 'client',
      callerConfig: { invocationType, payloadKB, traffic: { pattern: 'constant', ratePerSecond: 0, bursts: [{ atSeconds: 1, count: 100 }] } },
      fn: { durationMs: { distribution: 'fixed', value: 10 } },
    }),
  ).functions.fn;

describe('payload limits (§4, §5, §11)', () => {
  it('a synchronous request may carry 6 MB (6,144 KB), not more: API Gateway, Function URL, SDK client', () => {
    for (const kind of ['apiGateway', 'functionUrl', 'client']) {
      expect(callerIssues(kind, { payloadKB: 6144 })).toEqual([]);
      expect(callerIssues(kind, { payloadKB: 7000 })).toEqual([
        `nodes[0] (c).config.payloadKB: payloadKB 7,000 is above the 6 MB (6,144 KB) limit of a synchronous invocation (Lambda quotas); Lambda answers 413 RequestEntityTooLargeException`,
      ]);
    }
  });

  it('an asynchronous invocation may carry 1 MB (1,024 KB)', () => {
    expect(callerIssues('client', { invocationType: 'async', payloadKB: 1024 })).toEqual([]);
    expect(callerIssues('client', { invocationType: 'async', payloadKB: 1025 })).toEqual([
      'nodes[0] (c).config.payloadKB: payloadKB 1,025 is above the 1 MB (1,024 KB) limit of an asynchronous invocation (Lambda quotas; 256 KB before October 2025); Lambda answers 413 RequestEntityTooLargeException',
    ]);
  });

  it('an ALB passes at most 1 MB of request body', () => {
    expect(callerIssues('alb', { payloadKB: 1024 })).toEqual([]);
    expect(callerIssues('alb', { payloadKB: 2000 })[0]).toMatch(/payloadKB 2,000 is above the 1 MB \(1,024 KB\) of request body an ALB passes to Lambda/);
  });

  it('§10.1: an async event is 1 request up to 256 KB, plus 1 per 64 KB above, so 1 MB is 13', () => {
    expect(asyncRequestUnits(1)).toBe(1);
    expect(asyncRequestUnits(256)).toBe(1);
    expect(asyncRequestUnits(257)).toBe(2);
    expect(asyncRequestUnits(320)).toBe(2);
    expect(asyncRequestUnits(321)).toBe(3);
    expect(asyncRequestUnits(1024)).toBe(13);
  });

  it('the engine bills the extra requests of large async events once per event; synchronous requests pay no surcharge', () => {
    const small = runClient('async', 100);
    const large = runClient('async', 1024);
    expect(large.invocations).toBe(100);
    expect(small.cost.requestsUSD).toBeCloseTo(100 * 0.0000002, 12);
    expect(large.cost.requestsUSD).toBeCloseTo(100 * 13 * 0.0000002, 12);
    expect(large.cost.computeUSD).toBe(small.cost.computeUSD);
    expect(runClient('sync', 6144).cost.requestsUSD).toBeCloseTo(100 * 0.0000002, 12);
  });

  it('§10.2 example 3: ephemeral storage of 2,048 MB for 1,680,000 s costs (2048 − 512) MB × s × $0.0000000309 per GB-s ≈ $0.08', () => {
    // 6,000 requests of 280 ms at 4,096 MB with 2,048 MB of /tmp: one thousandth of the example's 6 M.
    const f = runToEnd(
      callerToFunction({
        seconds: 600,
        callerConfig: { traffic: { pattern: 'constant', ratePerSecond: 10 } },
        fn: { memoryMB: 4096, ephemeralStorageMB: 2048, durationMs: { distribution: 'fixed', value: 280 }, initDurationMs: { distribution: 'fixed', value: 0 } },
      }),
    ).functions.fn;
    expect(f.invocations).toBe(6000);
    expect(f.cost.ephemeralUSD).toBeCloseTo((6000 * 0.28 * 1.5 * 0.0000000309), 9);
    expect(f.cost.ephemeralUSD * 1000).toBeCloseTo(0.08, 2);
  });
});
