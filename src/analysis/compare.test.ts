import { describe, expect, it } from 'vitest';
import { parseScenario } from '../model';
import { runToEnd } from '../engine';
import { compareSummaries, differenceSentence } from './compare';

function scenario(reserved: number | null) {
  const p = parseScenario({
    schemaVersion: 2,
    name: 'ab',
    durationSeconds: 30,
    nodes: [
      { id: 'lb', kind: 'alb', config: { traffic: { pattern: 'constant', ratePerSecond: 50 } } },
      { id: 'api', kind: 'function', config: { reservedConcurrency: reserved, durationMs: { distribution: 'exponential', mean: 200 } } },
    ],
    edges: [{ id: 'e', source: 'lb', target: 'api', kind: 'trigger' }],
  });
  if (!p.ok) throw new Error('bad scenario');
  return p.scenario;
}

describe('comparing two variants', () => {
  it('of identical variants gives exactly zero difference and says so', () => {
    const d = compareSummaries(runToEnd(scenario(null)), runToEnd(scenario(null)));
    for (const f of d) expect(f.difference).toBe(0);
    expect(differenceSentence('B', d)).toBe('B: no difference');
  });
  it('names the throttles a reservation of 5 adds (50/s × 0.2 s needs 10 at once)', () => {
    const d = compareSummaries(runToEnd(scenario(null)), runToEnd(scenario(5)));
    const throttles = d.find((f) => f.figure === 'throttles');
    expect(throttles?.a).toBe(0);
    expect(throttles?.difference).toBeGreaterThan(100);
    expect(differenceSentence('B', d)).toMatch(/more throttles/);
  });
});
