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

/**
 * One per-tick column. A series nobody touches during a tick needs no work:
 * its value for that tick is known (0 for a sum, the level it holds for the
 * others), so it is written only when the series is next touched or the
 * ticks are taken. Closing a tick costs the series that changed, not all.
 */
class Series implements MetricHandle {
  /** Latest value set (gauges keep it across ticks). */
  private value = 0;
  private tickSum = 0;
  private tickMax = 0;
  private integral = 0;
  private lastChangeMs: number;
  private readonly isMean: boolean;
  /** Touched in the open tick (and listed in the owner's dirty list). */
  private dirty = false;
  column = new Float64Array(64);
  length = 0;

  constructor(
    readonly key: string,
    private readonly aggregation: Aggregation,
    private readonly owner: Metrics,
    private readonly clock: Clock,
  ) {
    this.lastChangeMs = clock.now;
    this.isMean = aggregation === 'mean';
  }

  add(v: number): void {
    if (!this.dirty) this.touch();
    this.tickSum += v;
  }

  set(v: number): void {
    if (this.isMean) {
      if (!this.dirty) this.touch();
      const now = this.clock.now;
      this.integral += this.value * (now - this.lastChangeMs);
      this.lastChangeMs = now;
    } else if (v === this.value) {
      // Neither the level nor the tick's peak (never below the level) changes.
      return;
    } else if (!this.dirty) this.touch();
    this.value = v;
    if (v > this.tickMax) this.tickMax = v;
  }

  private touch(): void {
    this.dirty = true;
    // The ticks since the last touch held the level as it was: write them before it changes.
    this.fillTo(this.owner.ticksClosed, this.owner.firstUntakenTick, this.owner.tickMs);
    this.owner.markDirty(this);
    // A mean series untouched since an earlier tick: its integral starts at this tick's start, as if each tick between had closed.
    if (this.isMean) this.lastChangeMs = Math.max(this.lastChangeMs, this.owner.openTickStartMs);
  }

  /** What an untouched tick of this series holds (computed as `close` would compute it). */
  private idleOut(tickMs: number): number {
    switch (this.aggregation) {
      case 'sum':
        return 0;
      case 'mean':
        return (this.value * tickMs) / tickMs;
      default:
        return this.value;
    }
  }

  /** Writes the untouched ticks up to (not including) absolute tick `tick`; `firstTick` is the column's first. */
  fillTo(tick: number, firstTick: number, tickMs: number): void {
    const target = tick - firstTick;
    if (this.length >= target) return;
    this.ensure(target);
    this.column.fill(this.idleOut(tickMs), this.length, target);
    this.length = target;
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
        const from = Math.max(this.lastChangeMs, tickEndMs - tickMs);
        out = (this.integral + this.value * (tickEndMs - from)) / tickMs;
        this.lastChangeMs = tickEndMs;
        break;
      }
    }
    this.tickSum = 0;
    this.integral = 0;
    this.tickMax = this.value;
    this.dirty = false;
    this.ensure(this.length + 1);
    this.column[this.length++] = out;
  }

  private ensure(capacity: number): void {
    if (capacity <= this.column.length) return;
    let size = this.column.length * 2;
    while (size < capacity) size *= 2;
    const bigger = new Float64Array(size);
    bigger.set(this.column.subarray(0, this.length));
    this.column = bigger;
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
  private dirty: Series[] = [];
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

  /** The first tick the next `take` hands over. */
  get firstUntakenTick(): number {
    return this.firstUntaken;
  }

  get openTickStartMs(): number {
    return this.closedTicks * this.tickMs;
  }

  /** A series touched in the open tick: it is closed with the tick. */
  markDirty(series: Series): void {
    this.dirty.push(series);
  }

  series(nodeId: string, metric: string, aggregation: Aggregation): MetricHandle {
    const key = `${nodeId}/${metric}`;
    let s = this.byKey.get(key);
    if (!s) {
      // A series created late still lines up with the others: the ticks before it hold 0 (written when taken).
      s = new Series(key, aggregation, this, this.clock);
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
    const dirty = this.dirty;
    this.dirty = [];
    for (const s of dirty) s.close(endMs, this.tickMs);
    this.closedTicks++;
  }

  take(): TickBatch | null {
    const count = this.closedTicks - this.firstUntaken;
    if (count <= 0) return null;
    const series: Record<string, Float64Array> = {};
    for (const s of this.all) {
      s.fillTo(this.closedTicks, this.firstUntaken, this.tickMs);
      series[s.key] = s.column.slice(0, s.length);
      s.length = 0;
    }
    const batch: TickBatch = { tickMs: this.tickMs, firstTick: this.firstUntaken, count, series };
    this.firstUntaken = this.closedTicks;
    return batch;
  }
}
