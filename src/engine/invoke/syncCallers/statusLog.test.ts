import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createSimulation } from '../../index';
import { parseScenario } from '../../../model';
import type { LogEntry } from '../../api';

function run(file: string) {
  const parsed = parseScenario(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.ok) throw new Error('preset');
  const sim = createSimulation(parsed.scenario);
  const log: LogEntry[] = [];
  const status504PerTick: number[] = [];
  while (!sim.done) {
    sim.advanceTo(sim.nowMs + 10_000);
    log.push(...sim.takeLog());
    const ticks = sim.takeTicks();
    const gw = ticks && Object.keys(ticks.series).find((k) => k.endsWith('/Status504'));
    if (ticks && gw) status504PerTick.push(...ticks.series[gw]);
  }
  const ticks = sim.takeTicks();
  const gw = ticks && Object.keys(ticks.series).find((k) => k.endsWith('/Status504'));
  if (ticks && gw) status504PerTick.push(...ticks.series[gw]);
  return { summary: sim.summary(), log, status504PerTick };
}

describe('caller status codes', () => {
  it('the 29 s preset logs its first 504 once, saying the integration timeout passed, and the per-second 504 series sums to the summary', () => {
    const { summary, log, status504PerTick } = run('src/scenarios/api-gateway-29s-timeout.json');
    const lines = log.filter((l) => l.message.startsWith('First 504'));
    expect(lines).toHaveLength(1);
    expect(lines[0].message).toContain('29 s integration timeout');
    // The command line prints this preset's pinned Status504; the per-second series sums to it exactly.
    const pinned = JSON.parse(readFileSync('src/scenarios/__pinned__/summaries.json', 'utf8')) as Record<string, { resources: Record<string, { kind: string; metrics: Record<string, number> }> }>;
    const pinned504 = Object.values(pinned['api-gateway-29s-timeout'].resources).find((r) => r.kind === 'apiGateway')!.metrics.Status504;
    expect(pinned504).toBeGreaterThan(0);
    const gateway = Object.values(summary.resources).find((r) => r.kind === 'apiGateway');
    expect(gateway?.metrics.Status504).toBe(pinned504);
    expect(status504PerTick.reduce((a, b) => a + b, 0)).toBe(pinned504);
    // No other failing status happens in this preset, so no other first-of-kind line.
    expect(log.filter((l) => /^First (429|500|502) /.test(l.message))).toEqual([]);
  });
});
