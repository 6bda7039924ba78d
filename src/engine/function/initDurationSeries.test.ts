import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../model';
import { createSimulation } from '..';

describe('InitDuration per tick', () => {
  it('shows each cold start INIT in its own tick, and 0 in ticks without one', () => {
    // One request at 0.5 s and one at 2.5 s, 2 s apart with a 100 ms handler: the second finds the first environment idle.
    const parsed = parseScenario({
      schemaVersion: 2,
      durationSeconds: 4,
      nodes: [
        { id: 'url', kind: 'functionUrl', config: { traffic: { ratePerSecond: 0, bursts: [{ atSeconds: 0.5, count: 1 }, { atSeconds: 2.5, count: 1 }] } } },
        { id: 'f', kind: 'function', config: { durationMs: { distribution: 'fixed', value: 100 }, initDurationMs: { distribution: 'fixed', value: 250 } } },
      ],
      edges: [{ id: 'e', source: 'url', target: 'f', kind: 'trigger' }],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const sim = createSimulation(parsed.scenario, { tickMs: 1000 });
    sim.advanceTo(sim.endMs);
    const ticks = sim.takeTicks();
    if (!ticks) throw new Error('no ticks');
    expect(Array.from(ticks.series['f/InitDuration'])).toEqual([250, 0, 0, 0]);
    expect(Array.from(ticks.series['f/ColdStarts'])).toEqual([1, 0, 0, 0]);
  });
});
