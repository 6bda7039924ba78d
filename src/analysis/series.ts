/**
 * A finished run reduced to a fixed number of intervals, for charts that lay
 * several runs over each other (compare) or draw a band over replications:
 * a few hundred numbers a run, small enough for a worker to post back with
 * its summary. The intervals depend only on the run's length and tick, so
 * every design of a compare and every replication shares them.
 */
import { createSimulation } from '../engine';
import type { SimulationSummary, TickBatch } from '../engine/api';
import type { Scenario } from '../model';

/** Intervals a run is reduced to (as many as the dashboard draws points: src/ui/Dashboard/chartData.ts). */
export const SERIES_BUCKETS = 120;

/** The per-interval figures the Decide charts draw. */
export const SERIES_FIGURES = ['concurrency', 'throttlesPerSecond', 'p99Ms', 'costUSD'] as const;
export type SeriesFigure = (typeof SERIES_FIGURES)[number];

export interface RunSeries {
  /** Length of the run's metrics tick, of which each interval holds a whole number. */
  tickMs: number;
  /** End of each interval, in simulated seconds. */
  endS: number[];
  /** Busy environments across the account: the peak in the interval (account/ConcurrentExecutions). */
  concurrency: number[];
  /** Throttled invocation requests of all functions in the interval. */
  throttles: number[];
  /** The same, per second of the interval. */
  throttlesPerSecond: number[];
  /** The highest per-tick p99 Duration of any function in the interval (0 where no invocation ended). */
  p99Ms: number[];
  /** What the run has cost up to the interval's end (per-tick CostUSD of the account, summed). */
  costUSD: number[];
}

/** A run's figures tick by tick, already combined over its functions. */
export interface TickFigures {
  tickMs: number;
  /** Simulated end of the run: the last tick may reach past it. */
  endMs: number;
  concurrency: readonly number[];
  throttles: readonly number[];
  p99Ms: readonly number[];
  costUSD: readonly number[];
}

/**
 * Groups ticks into `buckets` intervals (fewer when the run has fewer ticks):
 * interval i holds ticks ⌊i·T/B⌋ up to ⌊(i+1)·T/B⌋, so each holds the same
 * number of ticks, give or take one. Peaks take the largest tick, counts sum,
 * cost accumulates.
 */
export function bucketTicks(ticks: TickFigures, buckets = SERIES_BUCKETS): RunSeries {
  const total = ticks.concurrency.length;
  const count = Math.min(buckets, total);
  const out: RunSeries = { tickMs: ticks.tickMs, endS: [], concurrency: [], throttles: [], throttlesPerSecond: [], p99Ms: [], costUSD: [] };
  let cost = 0;
  for (let b = 0; b < count; b++) {
    const from = Math.floor((b * total) / count);
    const to = Math.floor(((b + 1) * total) / count);
    let peak = 0;
    let throttled = 0;
    let p99 = 0;
    for (let t = from; t < to; t++) {
      peak = Math.max(peak, ticks.concurrency[t]);
      throttled += ticks.throttles[t];
      p99 = Math.max(p99, ticks.p99Ms[t]);
      cost += ticks.costUSD[t];
    }
    const startMs = from * ticks.tickMs;
    const endMs = Math.min(ticks.endMs, to * ticks.tickMs);
    // A tick that reaches past the run's end counts the time of the run it covers.
    const seconds = (endMs > startMs ? endMs - startMs : ticks.tickMs) / 1000;
    out.endS.push(endMs / 1000);
    out.concurrency.push(peak);
    out.throttles.push(throttled);
    out.throttlesPerSecond.push(throttled / seconds);
    out.p99Ms.push(p99);
    out.costUSD.push(cost);
  }
  return out;
}

/** Gathers the tick batches of a run as it goes, combining its functions' columns tick by tick. */
export class TickFigureCollector {
  private tickMs = 0;
  private readonly concurrency: number[] = [];
  private readonly throttles: number[] = [];
  private readonly p99Ms: number[] = [];
  private readonly costUSD: number[] = [];

  constructor(
    private readonly functionIds: readonly string[],
    private readonly endMs: number,
  ) {}

  add(batch: TickBatch | null): void {
    if (!batch) return;
    this.tickMs = batch.tickMs;
    const column = (key: string) => batch.series[key];
    const concurrency = column('account/ConcurrentExecutions');
    const throttles = this.functionIds.map((id) => column(`${id}/Throttles`)).filter(Boolean);
    const p99 = this.functionIds.map((id) => column(`${id}/DurationP99`)).filter(Boolean);
    const cost = column('account/CostUSD');
    for (let i = 0; i < batch.count; i++) {
      let throttled = 0;
      for (const c of throttles) throttled += c[i];
      let slowest = 0;
      for (const c of p99) if (c[i] > slowest) slowest = c[i];
      this.concurrency.push(concurrency ? concurrency[i] : 0);
      this.throttles.push(throttled);
      this.p99Ms.push(slowest);
      this.costUSD.push(cost ? cost[i] : 0);
    }
  }

  figures(): TickFigures {
    const { tickMs, endMs, concurrency, throttles, p99Ms, costUSD } = this;
    return { tickMs, endMs, concurrency, throttles, p99Ms, costUSD };
  }
}

/** Runs a scenario to its end (as runToEnd does) and returns its summary with its series in `buckets` intervals. */
export function runWithSeries(scenario: Scenario, buckets = SERIES_BUCKETS): { summary: SimulationSummary; series: RunSeries } {
  const sim = createSimulation(scenario);
  const functionIds = scenario.nodes.filter((n) => n.kind === 'function').map((n) => n.id);
  const collector = new TickFigureCollector(functionIds, sim.endMs);
  while (!sim.done) {
    sim.advanceTo(sim.endMs, 1_000_000);
    collector.add(sim.takeTicks());
    // Log entries are not wanted here: drop them so memory stays flat.
    sim.takeLog();
  }
  const summary = sim.summary();
  collector.add(sim.takeTicks());
  return { summary, series: bucketTicks(collector.figures(), buckets) };
}
