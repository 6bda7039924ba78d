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

/**
 * Series stored together, point by point: the values of one point for 256
 * series sit side by side. A flush writes one point of every series, so it
 * touches a few memory pages instead of one page per series (a 200-node
 * diagram has thousands of series, and each first touch of a page costs).
 */
const SERIES_PER_BLOCK = 256;

export type MergeRule = 'rate' | 'max' | 'total';

const LEVEL = /(Concurrent|Environments|Visible|Age|Duration|P50|P95|P99|Backlog|InFlight|Provisioned|Reserved|Limit|Latency)/;

/** The engine's own word on each name it documents: sums are counts, the rest are levels. */
const KNOWN = new Map<string, string>([...FUNCTION_METRICS, ...CALLER_METRICS, ...ACCOUNT_METRICS].map((m) => [m.name, m.aggregation]));

export function mergeRuleOf(key: string): MergeRule {
  const metric = key.slice(key.lastIndexOf('/') + 1);
  if (metric.endsWith('CostUSD')) return 'total';
  const aggregation = KNOWN.get(metric);
  if (aggregation) return aggregation === 'sum' ? 'rate' : 'max';
  return LEVEL.test(metric) ? 'max' : 'rate';
}

/** Ticks in one flat buffer: `data[k * count + i]` is `keys[k]` in tick `firstTick + i`. */
export interface FlatTicks {
  tickMs: number;
  firstTick: number;
  count: number;
  keys: readonly string[];
  data: Float64Array;
}

interface Series {
  rule: MergeRule;
  /** The block holding this series' points: point i is `block[i * SERIES_PER_BLOCK + slot]`. */
  block: Float64Array;
  slot: number;
  /** Sum of every raw tick value since the run began. */
  total: number;
  /** The latest tick's value (counts as a rate per second). */
  latest: number;
  /** The bucket being filled; NaN when the bucket has no value yet. */
  pending: number;
}

export class SeriesTable {
  readonly capacity: number;
  tickMs = 1000;
  /** Ticks per point. */
  stride = 1;
  length = 0;
  /** Simulated time at the end of each point. */
  readonly endMs: Float64Array;
  private readonly series = new Map<string, Series>();
  private pendingTicks = 0;
  /** The series of the last appended keys: frames of a run mostly send the same key array again. */
  private lastKeys: readonly string[] | null = null;
  private lastRows: Series[] = [];
  private readonly blocks: Float64Array[] = [];
  /** Series placed in the last block. */
  private blockUsed = SERIES_PER_BLOCK;

  constructor(capacity = 1024) {
    if (capacity < 2 || capacity % 2 !== 0) throw new Error('capacity must be an even number of at least 2');
    this.capacity = capacity;
    this.endMs = new Float64Array(capacity);
  }

  clear(): void {
    this.length = 0;
    this.stride = 1;
    this.pendingTicks = 0;
    this.series.clear();
    this.lastKeys = null;
    this.lastRows = [];
    this.blocks.length = 0;
    this.blockUsed = SERIES_PER_BLOCK;
  }

  /** The points of a series, oldest first (`length` of them); NaN where the series had no value. */
  column(key: string): Float64Array | undefined {
    const s = this.series.get(key);
    if (!s) return undefined;
    const points = new Float64Array(this.length);
    for (let i = 0; i < this.length; i++) points[i] = s.block[i * SERIES_PER_BLOCK + s.slot];
    return points;
  }

  /** Sum of every raw tick value of a series since the run began. */
  total(key: string): number | undefined {
    return this.series.get(key)?.total;
  }

  /** The latest tick's value of a series (counts as a rate per second). */
  latest(key: string): number | undefined {
    const latest = this.series.get(key)?.latest;
    return latest === undefined || Number.isNaN(latest) ? undefined : latest;
  }

  append(batch: TickBatch): void {
    const keys = Object.keys(batch.series);
    const data = new Float64Array(keys.length * batch.count);
    keys.forEach((key, k) => data.set(batch.series[key].subarray(0, batch.count), k * batch.count));
    this.appendFlat({ tickMs: batch.tickMs, firstTick: batch.firstTick, count: batch.count, keys, data });
  }

  appendFlat(ticks: FlatTicks): void {
    this.tickMs = ticks.tickMs;
    const perSecond = 1000 / ticks.tickMs;
    const { count, data } = ticks;
    if (ticks.keys !== this.lastKeys) {
      this.lastRows = ticks.keys.map((key) => this.seriesOf(key));
      this.lastKeys = ticks.keys;
    }
    const rows = this.lastRows;
    for (let i = 0; i < count; i++) {
      for (let k = 0; k < rows.length; k++) {
        const raw = data[k * count + i];
        if (!Number.isFinite(raw)) continue;
        const s = rows[k];
        s.total += raw;
        if (s.rule === 'rate') {
          s.latest = raw * perSecond;
          s.pending = Number.isNaN(s.pending) ? s.latest : s.pending + s.latest;
        } else if (s.rule === 'max') {
          s.latest = raw;
          s.pending = Number.isNaN(s.pending) ? raw : Math.max(s.pending, raw);
        } else {
          s.latest = s.total;
          s.pending = s.total;
        }
      }
      this.pendingTicks++;
      if (this.pendingTicks === this.stride) this.flush((ticks.firstTick + i + 1) * ticks.tickMs);
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

  private seriesOf(key: string): Series {
    let s = this.series.get(key);
    if (!s) {
      if (this.blockUsed === SERIES_PER_BLOCK) {
        this.blocks.push(new Float64Array(SERIES_PER_BLOCK * this.capacity));
        this.blockUsed = 0;
      }
      s = { rule: mergeRuleOf(key), block: this.blocks[this.blocks.length - 1], slot: this.blockUsed++, total: 0, latest: Number.NaN, pending: Number.NaN };
      // Points at and after `length` are written by flush before anyone reads them: only those a late series missed need NaN.
      for (let i = 0; i < this.length; i++) s.block[i * SERIES_PER_BLOCK + s.slot] = Number.NaN;
      this.series.set(key, s);
    }
    return s;
  }

  private flush(endMs: number): void {
    const at = this.length;
    this.endMs[at] = endMs;
    const row = at * SERIES_PER_BLOCK;
    for (const s of this.series.values()) {
      s.block[row + s.slot] = s.rule === 'rate' && !Number.isNaN(s.pending) ? s.pending / this.pendingTicks : s.pending;
      s.pending = Number.NaN;
    }
    this.length++;
    this.pendingTicks = 0;
    if (this.length === this.capacity) this.halve();
  }

  /** Points from `half` on are written again by flush before they are read. */
  private halve(): void {
    const half = this.capacity / 2;
    for (let i = 0; i < half; i++) this.endMs[i] = this.endMs[2 * i + 1];
    // Row by row within each block (the order the points lie in memory); each slot merges by its series' rule.
    const rulesByBlock = new Map<Float64Array, MergeRule[]>(this.blocks.map((block) => [block, []]));
    for (const s of this.series.values()) rulesByBlock.get(s.block)![s.slot] = s.rule;
    this.blocks.forEach((block) => {
      const rules = rulesByBlock.get(block)!;
      for (let i = 0; i < half; i++) {
        const to = i * SERIES_PER_BLOCK;
        const first = 2 * i * SERIES_PER_BLOCK;
        const second = first + SERIES_PER_BLOCK;
        for (let slot = 0; slot < rules.length; slot++) {
          const a = block[first + slot];
          const b = block[second + slot];
          const rule = rules[slot];
          block[to + slot] = rule === 'rate' ? mean(a, b) : rule === 'max' ? maxOf(a, b) : Number.isNaN(b) ? a : b;
        }
      }
    });
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
