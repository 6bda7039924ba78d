import { describe, expect, it } from 'vitest';
import { parseScenario } from '../model';
import { runToEnd } from '../engine';

function scenario(otherMemoryMB: number) {
  const p = parseScenario({
    schemaVersion: 2,
    name: 'crn',
    durationSeconds: 30,
    nodes: [
      { id: 'lbA', kind: 'alb', config: { traffic: { pattern: 'constant', ratePerSecond: 30 } } },
      { id: 'a', kind: 'function', config: { durationMs: { distribution: 'lognormal', p50: 80, p99: 900 } } },
      { id: 'lbB', kind: 'alb', config: { traffic: { pattern: 'constant', ratePerSecond: 30 } } },
      { id: 'b', kind: 'function', config: { memoryMB: otherMemoryMB, referenceMemoryMB: 128, cpuBoundFraction: 1, durationMs: { distribution: 'exponential', mean: 100 } } },
    ],
    edges: [
      { id: 'e1', source: 'lbA', target: 'a', kind: 'trigger' },
      { id: 'e2', source: 'lbB', target: 'b', kind: 'trigger' },
    ],
  });
  if (!p.ok) throw new Error('bad scenario');
  return p.scenario;
}

describe('common random numbers', () => {
  it('give a function its very draws when a variant changes only another function', () => {
    const base = runToEnd(scenario(128));
    const variant = runToEnd(scenario(1769));
    expect(variant.functions.a).toEqual(base.functions.a);
    // b's handler times scale by the CPU share 128 / 1,769 (within 2 %: fewer environments at 1,769 MB
    // means fewer cold starts, which shifts b's later draws).
    const expected = (base.functions.b.durationMs.p50 * 128) / 1769;
    expect(Math.abs(variant.functions.b.durationMs.p50 - expected) / expected).toBeLessThan(0.02);
  });
});
