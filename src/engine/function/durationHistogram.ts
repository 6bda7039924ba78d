/**
 * Fixed-memory histogram of durations for percentiles: log-spaced buckets 2 %
 * wide from 0.1 ms to beyond 900 s (the longest timeout), so a percentile is
 * within 1 % of the true value however many invocations it holds.
 */
import { exp, log } from '../kernel/portableMath';

const MIN_MS = 0.1;
const GROWTH = 1.02;
const LOG_GROWTH = log(GROWTH);
const BUCKETS = Math.ceil(log(1_000_000 / MIN_MS) / LOG_GROWTH) + 2;
/** The geometric middle of each bucket, MIN_MS · GROWTH^(i − ½) (portableMath: the same bits in every engine). */
const MIDDLES = Float64Array.from({ length: BUCKETS }, (_, i) => (i === 0 ? MIN_MS : MIN_MS * exp((i - 0.5) * LOG_GROWTH)));

export function bucketOf(durationMs: number): number {
  return durationMs <= MIN_MS ? 0 : Math.min(BUCKETS - 1, 1 + Math.floor(log(durationMs / MIN_MS) / LOG_GROWTH));
}

export class DurationHistogram {
  private readonly counts = new Float64Array(BUCKETS);
  count = 0;
  maxMs = 0;
  minMs = Infinity;

  add(durationMs: number): void {
    this.addAt(bucketOf(durationMs), durationMs);
  }

  /** Adds a value whose bucket is already known (one logarithm for several histograms). */
  addAt(i: number, durationMs: number): void {
    this.counts[i]++;
    this.count++;
    if (durationMs > this.maxMs) this.maxMs = durationMs;
    if (durationMs < this.minMs) this.minMs = durationMs;
  }

  /** The q-quantile (0 < q ≤ 1): the geometric middle of its bucket, kept within the smallest and largest values seen. */
  quantile(q: number): number {
    if (this.count === 0) return 0;
    const rank = Math.max(1, Math.ceil(q * this.count));
    let seen = 0;
    for (let i = 0; i < BUCKETS; i++) {
      seen += this.counts[i];
      if (seen >= rank) {
        return Math.max(this.minMs, Math.min(this.maxMs, MIDDLES[i]));
      }
    }
    return this.maxMs;
  }

  /** p50, p95 and p99 in one pass over the buckets. */
  percentiles(): { p50: number; p95: number; p99: number } {
    if (this.count === 0) return { p50: 0, p95: 0, p99: 0 };
    const ranks = [0.5, 0.95, 0.99].map((q) => Math.max(1, Math.ceil(q * this.count)));
    const out = [this.maxMs, this.maxMs, this.maxMs];
    let k = 0;
    let seen = 0;
    for (let i = 0; i < BUCKETS && k < 3; i++) {
      seen += this.counts[i];
      while (k < 3 && seen >= ranks[k]) {
        out[k++] = Math.max(this.minMs, Math.min(this.maxMs, MIDDLES[i]));
      }
    }
    return { p50: out[0], p95: out[1], p99: out[2] };
  }

  reset(): void {
    if (this.count === 0) return;
    this.counts.fill(0);
    this.count = 0;
    this.maxMs = 0;
    this.minMs = Infinity;
  }
}
