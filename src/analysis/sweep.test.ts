import { describe, expect, it } from 'vitest';
import { parseScenario } from '../model';
import { runToEnd } from '../engine';
import { atMemory, atPoint, chooseFromSweep, parseArchitectures, parseSweep, pointLabel, sweepPoints, sweepRow } from './sweep';

const cpuBound = (() => {
  const p = parseScenario({
    schemaVersion: 2,
    name: 'cpu',
    durationSeconds: 10,
    nodes: [
      { id: 'lb', kind: 'alb', config: { traffic: { pattern: 'constant', ratePerSecond: 2 } } },
      { id: 'fn', kind: 'function', config: { memoryMB: 128, timeoutSeconds: 60, cpuBoundFraction: 1, durationMs: { distribution: 'fixed', value: 4000 } } },
    ],
    edges: [{ id: 'e', source: 'lb', target: 'fn', kind: 'trigger' }],
  });
  if (!p.ok) throw new Error('bad scenario');
  return p.scenario;
})();

const p50At = (mb: number) => runToEnd(atMemory(cpuBound, mb)).functions.fn.durationMs.p50;
const row = (memoryMB: number, costUSD: number, p95Ms: number) => ({ memoryMB, architecture: null, costUSD, p50Ms: p95Ms / 2, p95Ms, p99Ms: p95Ms });

describe('a memory sweep', () => {
  it('of a fully CPU-bound function halves duration from 128 to 256 MB and stops gaining above 1,769 MB', () => {
    expect(p50At(128)).toBeCloseTo(4000, 6);
    expect(p50At(256)).toBeCloseTo(2000, 6);
    // One vCPU at 1,769 MB: 4000 · 128 / 1769.
    expect(p50At(1769)).toBeCloseTo((4000 * 128) / 1769, 6);
    expect(p50At(3008)).toBeCloseTo(p50At(1769), 9);
  });
  it('reads its list of sizes and refuses a bad one by name', () => {
    expect(parseSweep('memoryMB=128,512, 1769')).toEqual({ ok: true, memoryMB: [128, 512, 1769] });
    const bad = parseSweep('memoryMB=128,64');
    expect(bad.ok).toBe(false);
    expect(parseSweep('timeout=3').ok).toBe(false);
  });
});

describe('a sweep over memory and architecture', () => {
  it('runs every size on each architecture: arm64 is cheaper at the same duration (§10.1: $0.0000133334 against $0.0000166667 per GB-s)', () => {
    const points = sweepPoints([128, 1769], ['x86_64', 'arm64']);
    expect(points.map(pointLabel)).toEqual(['128 MB x86_64', '1,769 MB x86_64', '128 MB arm64', '1,769 MB arm64']);
    const rows = points.map((p) => sweepRow(p, runToEnd(atPoint(cpuBound, p))));
    for (const mb of [128, 1769]) {
      const x86 = rows.find((r) => r.memoryMB === mb && r.architecture === 'x86_64')!;
      const arm = rows.find((r) => r.memoryMB === mb && r.architecture === 'arm64')!;
      expect(arm.p50Ms).toBe(x86.p50Ms);
      expect(arm.costUSD).toBeLessThan(x86.costUSD);
      // Compute dominates here (20 requests of seconds each): the ratio is close to the price ratio 0.8.
      expect(arm.costUSD / x86.costUSD).toBeCloseTo(0.8, 2);
    }
  });

  it('chooses the cheapest, the fastest and a balanced point by the weight on cost (hand-computed)', () => {
    // Scores with weight ½: 128 → ½·(4/10) + ½·1 = 0.7; 512 → ½·0.5 + ½·0.25 = 0.375; 1769 → ½·1 + ½·0.1 = 0.55.
    const rows = [row(128, 4, 1000), row(512, 5, 250), row(1769, 10, 100)];
    const equal = chooseFromSweep(rows);
    expect([equal.cheapest.memoryMB, equal.fastest.memoryMB, equal.balanced.memoryMB]).toEqual([128, 1769, 512]);
    expect(equal.sentence).toBe('cheapest at 128 MB, fastest (p95) at 1,769 MB, balanced (equal weight on cost and p95) at 512 MB');
    // All weight on cost: the cheapest; none: the fastest.
    expect(chooseFromSweep(rows, 1).balanced.memoryMB).toBe(128);
    expect(chooseFromSweep(rows, 0).balanced.memoryMB).toBe(1769);
    expect(() => chooseFromSweep(rows, 2)).toThrow(/between 0 and 1/);
  });

  it('reads its architectures and refuses an unknown one by name', () => {
    expect(parseArchitectures('arm64, x86_64')).toEqual({ ok: true, architectures: ['arm64', 'x86_64'] });
    expect(parseArchitectures('graviton')).toEqual({ ok: false, message: '--architectures takes x86_64, arm64 or both, comma-separated (got "graviton")' });
  });
});
