import { describe, expect, it } from 'vitest';
import { runToEnd } from '../engine';
import { callerToFunction } from '../engine/testing/scenarioBuilder';
import { runFitsScenario } from './runFits';

describe('a run fits a diagram', () => {
  const scenario = callerToFunction({ seconds: 5, callerConfig: { traffic: { pattern: 'constant', ratePerSecond: 1 } }, fn: {} });
  const run = runToEnd(scenario);

  it('when it ran this diagram', () => {
    expect(runFitsScenario(scenario, run)).toBe(true);
  });

  it('not when there is no run, the seed changed, or a node was added or renamed', () => {
    expect(runFitsScenario(scenario, null)).toBe(false);
    expect(runFitsScenario({ ...scenario, seed: scenario.seed + 1 }, run)).toBe(false);
    const extra = { ...scenario.nodes[1], id: 'second' };
    expect(runFitsScenario({ ...scenario, nodes: [...scenario.nodes, extra] }, run)).toBe(false);
    expect(runFitsScenario({ ...scenario, nodes: scenario.nodes.map((n) => (n.id === 'fn' ? { ...n, id: 'renamed' } : n)) }, run)).toBe(false);
  });
});
