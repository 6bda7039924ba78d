import { describe, expect, it } from 'vitest';
import { parseScenario } from '../model';
import { runToEnd } from '../engine';
import { atMemory, parseSweep } from './sweep';

const cpuBound = (() => {
  const p = parseScenario({
    schemaVersion: 1,
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
