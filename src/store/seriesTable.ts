/**
 * Metric series of a run in fixed memory: at most `capacity` points per
 * series. When full, neighbouring points are merged pairwise and each point
 * then covers twice as many ticks, so a run of any length fits.
 *
 * How a metric merges depends on what it is:
 * - counts per tick (Invocations, Throttles, ...) become a rate per second, averaged;
 * - levels and percentiles (ConcurrentExecutions, DurationP99, ...) keep the bucket's maximum;
 * - CostUSD keeps the running total at the end of the bucket.
 */
import type { TickBatch } from '../engine/api';
import { ACCOUNT_METRICS, CALLER_METRICS, FUNCTION_METRICS } from '../engine/metricNames';

export type MergeRule = 'rate' | 'max' | 'total';

const LEVEL = /(Concurrent|Environments|Visible|Age|Duration|P50|P95|P99|Backlog|InFlight|Provisioned|Reserved|Limit)/;

/** The engine's own word on each name it documents: sums are counts, the rest are levels. */
const KNOWN = new Map<string, string>(
  [...FUNCTION_METRICS, ...CALLER_METRICS, ...ACCOUNT_METRICS].map((m) => [m.name, m.aggregation]),
);

export function mergeRuleOf(key: string): MergeRule {
  const metric = key.slice(key.lastIndexOf('/') + 1);
  if (metric.endsWith('CostUSD')) return 'total';
  const aggregation = KNOWN.get(metric);
  if (aggregation) return aggregation === 'sum' ? 'rate' : 'max';
  return LEVEL.test(metric) ? 'max' : 'rate';
}

export class SeriesTable {
  readonly capacity: number;
  tickMs = 1000;
  /** Ticks per point. */
  stride = 1;
  length = 0;
  /** Simulated time at the end of each point. */
  readonly endMs: Float64Array;
  readonly columns = new Map<string, Float64Array>();
  /** Sum of every raw tick value of each series since the run began. */
  readonly totals = new Map<string, number>();
  /** The raw value of the latest tick (counts as a rate per second). */
  readonly latest = new Map<string, number>();
  private pendingTicks = 0;
  private readonly pending = new Map<string, number>();

  constructor(capacity = 1024) {
    if (capacity < 2 || capacity % 2 !== 0) throw new Error('capacity must be an even number of at least 2');
    this.capacity = capacity;
    this.endMs = new Float64Array(capacity);
  }

  clear(): void {
    this.length = 0;
    this.stride = 1;
    this.pendingTicks = 0;
    this.pending.clear();
    this.columns.clear();
    this.totals.clear();
    this.latest.clear();
  }

  append(batch: TickBatch): void {
    this.tickMs = batch.tickMs;
    const perSecond = 1000 / batch.tickMs;
    const keys = Object.keys(batch.series);
    for (let i = 0; i < batch.count; i++) {
      for (const key of keys) {
        const raw = batch.series[key][i];
        if (!Number.isFinite(raw)) continue;
        const rule = mergeRuleOf(key);
        const total = (this.totals.get(key) ?? 0) + raw;
        this.totals.set(key, total);
        const value = rule === 'rate' ? raw * perSecond : rule === 'total' ? total : raw;
        this.latest.set(key, value);
        const before = this.pending.get(key);
        if (rule === 'rate') this.pending.set(key, (before ?? 0) + value);
        else if (rule === 'max') this.pending.set(key, before === undefined ? value : Math.max(before, value));
        else this.pending.set(key, value);
      }
      this.pendingTicks++;
      if (this.pendingTicks === this.stride) this.flush((batch.firstTick + i + 1) * batch.tickMs);
    }
  }

  /** Index range [from, length) of the points that end after `sinceMs`. */
  firstIndexAfter(sinceMs: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.endMs[mid] <= sinceMs) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private flush(endMs: number): void {
    const at = this.length;
    this.endMs[at] = endMs;
    for (const [key, value] of this.pending) {
      let column = this.columns.get(key);
      if (!column) {
        column = new Float64Array(this.capacity).fill(Number.NaN);
        this.columns.set(key, column);
      }
      column[at] = mergeRuleOf(key) === 'rate' ? value / this.pendingTicks : value;
    }
    for (const [key, column] of this.columns) if (!this.pending.has(key)) column[at] = Number.NaN;
    this.length++;
    this.pending.clear();
    this.pendingTicks = 0;
    if (this.length === this.capacity) this.halve();
  }

  private halve(): void {
    const half = this.capacity / 2;
    for (let i = 0; i < half; i++) this.endMs[i] = this.endMs[2 * i + 1];
    for (const [key, column] of this.columns) {
      const rule = mergeRuleOf(key);
      for (let i = 0; i < half; i++) {
        const a = column[2 * i];
        const b = column[2 * i + 1];
        column[i] = rule === 'rate' ? mean(a, b) : rule === 'max' ? maxOf(a, b) : Number.isNaN(b) ? a : b;
      }
      column.fill(Number.NaN, half);
    }
    this.length = half;
    this.stride *= 2;
  }
}

function mean(a: number, b: number): number {
  if (Number.isNaN(a)) return b;
  if (Number.isNaN(b)) return a;
  return (a + b) / 2;
}

function maxOf(a: number, b: number): number {
  if (Number.isNaN(a)) return b;
  if (Number.isNaN(b)) return a;
  return Math.max(a, b);
}
