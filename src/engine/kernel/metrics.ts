import type { TickBatch } from '../api';
import type { Aggregation, MetricHandle, MetricsPort } from '../ports';

/** design.md: one simulated second per tick, coarser for long runs so that a run has at most about 20,000 ticks. */
export const MAX_TICKS_PER_RUN = 20_000;
const NICE_TICK_SECONDS = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 21_600, 43_200, 86_400];

export function defaultTickMs(durationMs: number): number {
  const needed = durationMs / MAX_TICKS_PER_RUN / 1000;
  const seconds = NICE_TICK_SECONDS.find((s) => s >= needed) ?? Math.ceil(needed);
  return seconds * 1000;
}

/** The clock a series reads to time-average a gauge. */
export interface Clock {
  readonly now: number;
}

class Series implements MetricHandle {
  /** Latest value set (gauges keep it across ticks). */
  private value = 0;
  private tickSum = 0;
  private tickMax = 0;
  private integral = 0;
  private lastChangeMs: number;
  private readonly isMean: boolean;
  column = new Float64Array(64);
  length = 0;

  constructor(
    readonly key: string,
    private readonly aggregation: Aggregation,
    private readonly clock: Clock,
    private readonly tickStartMs: () => number,
  ) {
    this.lastChangeMs = clock.now;
    this.isMean = aggregation === 'mean';
  }

  add(v: number): void {
    this.tickSum += v;
  }

  set(v: number): void {
    if (this.isMean) {
      const now = this.clock.now;
      this.integral += this.value * (now - this.lastChangeMs);
      this.lastChangeMs = now;
    }
    this.value = v;
    if (v > this.tickMax) this.tickMax = v;
  }

  close(tickEndMs: number, tickMs: number): void {
    let out: number;
    switch (this.aggregation) {
      case 'sum':
        out = this.tickSum;
        break;
      case 'max':
        out = this.tickMax;
        break;
      case 'last':
        out = this.value;
        break;
      case 'mean': {
        const from = Math.max(this.lastChangeMs, this.tickStartMs());
        out = (this.integral + this.value * (tickEndMs - from)) / tickMs;
        this.lastChangeMs = tickEndMs;
        break;
      }
    }
    this.tickSum = 0;
    this.integral = 0;
    this.tickMax = this.value;
    if (this.length === this.column.length) {
      const bigger = new Float64Array(this.column.length * 2);
      bigger.set(this.column);
      this.column = bigger;
    }
    this.column[this.length++] = out;
  }
}

/**
 * Per-tick metric columns. Nodes add and set through handles; the engine
 * closes each tick as simulated time passes it, and `take` hands the closed
 * ticks over as one `TickBatch` (only what was closed since the last take).
 */
export class Metrics implements MetricsPort {
  private readonly byKey = new Map<string, Series>();
  private readonly all: Series[] = [];
  private readonly beforeClose: (() => void)[] = [];
  private closedTicks = 0;
  private firstUntaken = 0;

  constructor(
    readonly tickMs: number,
    private readonly clock: Clock,
  ) {}

  get ticksClosed(): number {
    return this.closedTicks;
  }

  /** The end of the tick now open. */
  get openTickEndMs(): number {
    return (this.closedTicks + 1) * this.tickMs;
  }

  series(nodeId: string, metric: string, aggregation: Aggregation): MetricHandle {
    const key = `${nodeId}/${metric}`;
    let s = this.byKey.get(key);
    if (!s) {
      s = new Series(key, aggregation, this.clock, () => this.closedTicks * this.tickMs);
      // A series created late still lines up with the others: the ticks before it hold 0.
      for (let i = this.firstUntaken; i < this.closedTicks; i++) s.close((i + 1) * this.tickMs, this.tickMs);
      this.byKey.set(key, s);
      this.all.push(s);
    }
    return s;
  }

  /** Called just before each tick closes, to set figures computed per tick (percentiles, cost). */
  onBeforeClose(fn: () => void): void {
    this.beforeClose.push(fn);
  }

  /** Closes the open tick; the clock must read its end. */
  closeTick(): void {
    for (const fn of this.beforeClose) fn();
    const endMs = this.openTickEndMs;
    for (const s of this.all) s.close(endMs, this.tickMs);
    this.closedTicks++;
  }

  take(): TickBatch | null {
    const count = this.closedTicks - this.firstUntaken;
    if (count <= 0) return null;
    const series: Record<string, Float64Array> = {};
    for (const s of this.all) {
      series[s.key] = s.column.slice(0, s.length);
      s.length = 0;
    }
    const batch: TickBatch = { tickMs: this.tickMs, firstTick: this.firstUntaken, count, series };
    this.firstUntaken = this.closedTicks;
    return batch;
  }
}
