import { describe, expect, it } from 'vitest';
import { sweepRow, sweepPoints, atPoint } from '../../analysis/sweep';
import { runToEnd } from '../../engine';
import type { SimulationSummary } from '../../engine/api';
import { parseScenario } from '../../model';
import { compareView, defaultSweepSizes, sweepPointLabels, designsOf, formatDifference, replicationView, sweepView } from './decideModel';

function scenario() {
  const p = parseScenario({
    schemaVersion: 2,
    name: 'ab',
    seed: 3,
    durationSeconds: 30,
    nodes: [
      { id: 'lb', kind: 'alb', config: { traffic: { pattern: 'constant', ratePerSecond: 50 } } },
      { id: 'api', kind: 'function', config: { memoryMB: 512, reservedConcurrency: 5, durationMs: { distribution: 'exponential', mean: 200 } } },
    ],
    edges: [{ id: 'e', source: 'lb', target: 'api', kind: 'trigger' }],
    variants: [{ name: 'No cap', changes: [{ nodeId: 'api', config: { reservedConcurrency: null } }] }],
  });
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  return p.scenario;
}

/** A summary whose only varying figure is the throttles. */
const fake = (throttles: number) =>
  ({ account: { totalCostUSD: 0, maxConcurrency: 1 }, functions: { f: { invocations: 1, throttles, coldStarts: 0, errors: 0, durationMs: { p50: 1, p95: 1, p99: 1 } } } }) as unknown as SimulationSummary;

/** A sweep row of this size and cost. */
const row = (memoryMB: number, costUSD: number) => ({ memoryMB, architecture: null, costUSD, p50Ms: 1, p95Ms: 1, p99Ms: 1 });

describe('the Decide view-model', () => {
  it('designs are A (the diagram, no variants) then each variant, all under the same seed', () => {
    const designs = designsOf(scenario());
    expect(designs.map((d) => `${d.letter} ${d.name}`)).toEqual(['A The diagram', 'B No cap']);
    expect(designs.map((d) => d.scenario.seed)).toEqual([3, 3]);
    expect(designs.every((d) => d.scenario.variants === undefined)).toBe(true);
  });

  it('the compare table: lifting a cap of 5 (50/s × 0.2 s needs about 10 at once) throttles fewer, marked better with a minus sign', () => {
    const designs = designsOf(scenario());
    const view = compareView(designs, designs.map((d) => runToEnd(d.scenario)));
    const throttles = view.rows.find((r) => r.figure === 'throttles')!;
    expect(throttles.cells[0].difference).toBeNull();
    expect(throttles.cells[1].verdict).toBe('better');
    expect(throttles.cells[1].difference).toMatch(/^−\d/);
    expect(throttles.cells[1].value).toBe('0');
    expect(view.sentences).toHaveLength(1);
    expect(view.sentences[0]).toMatch(/^B: .*fewer throttles/);
  });

  it('identical designs differ by exactly nothing', () => {
    const s = runToEnd(designsOf(scenario())[0].scenario);
    const view = compareView([{ letter: 'A', name: 'a' }, { letter: 'B', name: 'b' }], [s, s]);
    expect(view.rows.every((r) => r.cells[1].difference === '0' && r.cells[1].verdict === 'same')).toBe(true);
    expect(view.sentences).toEqual(['B: no difference']);
  });

  it('differences carry their sign in the figure unit', () => {
    expect(formatDifference(410, 'ms')).toBe('+410 ms');
    expect(formatDifference(-1204, 'count')).toBe('−1,204');
    expect(formatDifference(-0.0123, 'usd')).toBe('−$0.0123');
    expect(formatDifference(0, 'usd')).toBe('0');
  });

  it('replication intervals: the Student-t interval of values 10, 12, 14 is 12 ± 4.303 × 2/√3', () => {
    const rows = replicationView([fake(10), fake(12), fake(14)]);
    const t = rows.find((r) => r.figure === 'throttles')!;
    const half = (4.303 * 2) / Math.sqrt(3);
    expect(t.interval.mean).toBe(12);
    expect(t.interval.low).toBeCloseTo(12 - half, 10);
    expect(t.interval.high).toBeCloseTo(12 + half, 10);
    expect(t.mean).toBe('12');
    // 12 ± 4.969: [7.03, 16.97], shown to one decimal without trailing zeros.
    expect(t.range).toBe('[7, 17]');
    expect(t.halfWidth).toBe('± 5');
    // Mean and bounds in one form, even across 10,000.
    const big = replicationView([fake(9_900), fake(10_100)]).find((r) => r.figure === 'throttles')!;
    expect(big.mean).toBe('10,000');
    expect(big.range).toMatch(/^\[\d[\d,.]*, [\d,.]+\]$/);
    const one = replicationView([fake(7)]).find((r) => r.figure === 'throttles')!;
    expect([one.interval.low, one.interval.high]).toEqual([7, 7]);
  });

  it('the sweep marks the cheapest, the fastest and the balanced size, and moving the weight to cost moves balanced to the cheapest', () => {
    const base = scenario();
    const rows = sweepPoints([128, 512, 3008]).map((p) => sweepRow(p, runToEnd(atPoint({ ...base, variants: undefined }, p))));
    const all = sweepView(rows, 1);
    const cheapest = all.rows.find((r) => r.marks.includes('cheapest'))!;
    expect(all.choice.balanced).toBe(all.choice.cheapest);
    expect(cheapest.costUSD).toBe(Math.min(...rows.map((r) => r.costUSD)));
    const fast = sweepView(rows, 0);
    expect(fast.choice.balanced.p95Ms).toBe(Math.min(...rows.map((r) => r.p95Ms)));
    expect(all.sentence).toMatch(/^Cheapest at /);
  });

  it('sweep point labels leave out a size whose cost crowds a labelled one (within 7 % of the range)', () => {
    expect(sweepPointLabels([row(128, 0.03), row(256, 0.05), row(1024, 0.18), row(3008, 0.5)])).toEqual(['128', '', '1,024', '3,008']);
    expect(sweepPointLabels([row(512, 0.1), { ...row(512, 0.5), architecture: 'arm64' as const }])).toEqual(['512', '512 arm']);
  });

  it('default sweep sizes add the function’s own size in order', () => {
    expect(defaultSweepSizes(700)).toEqual([128, 256, 512, 700, 1024, 1769, 3008]);
    expect(defaultSweepSizes(512)).toEqual([128, 256, 512, 1024, 1769, 3008]);
  });
});
